/**
 * The platform in a plain browser (npm run web, end-to-end tests): files come from a file
 * input and go out as downloads; PDFs come from the browser's print dialog.
 */
import { openFileRefusal } from '../../../shared/csv/limits';
import type { FileFilter, OpenedFile, Platform, RefusedFileReporter } from './platform';

function acceptOf(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => (e === '*' ? '*' : `.${e}`))).join(',');
}

function pickFiles(filters: FileFilter[], multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = acceptOf(filters);
    input.style.display = 'none';
    input.setAttribute('data-testid', 'platform-file-input');
    let settled = false;
    const done = (files: File[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => done([]));
    document.body.append(input);
    input.click();
  });
}

/** Reads picked or dropped files; one past the size limit is reported and left unread. */
export async function readFiles(
  files: readonly File[],
  onRefused: RefusedFileReporter,
): Promise<OpenedFile[]> {
  const readable = files.filter((f) => {
    const refused = openFileRefusal(f.name, f.size);
    if (refused !== null) onRefused(refused);
    return refused === null;
  });
  return Promise.all(
    readable.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}

export function createBrowserPlatform(onRefused: RefusedFileReporter): Platform {
  return {
    kind: 'browser',
    async openFiles({ filters, multiple }) {
      return readFiles(await pickFiles(filters, multiple ?? false), onRefused);
    },
    async saveFile({ suggestedName, bytes }) {
      const blob = new Blob([bytes as BlobPart], { type: 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = suggestedName;
      a.style.display = 'none';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    },
    async printToPdf() {
      window.print();
      return true;
    },
    onMenuCommand() {
      return () => {};
    },
  };
}
