/**
 * What the contract's handlers do: native open/save dialogs and print-to-PDF, with every
 * write atomic and no file read whole when it is larger than MAX_OPEN_BYTES. The dialogs, the file system and the PDF printer come in as arguments, so
 * this runs (and is tested) without Electron; fileIpc.ts wires in the real ones.
 */
import type { FileFilter, OpenDialogOptions, PrintToPDFOptions, SaveDialogOptions } from 'electron';
import { MAX_OPEN_BYTES } from '../../shared/ipc/contract';
import type { ContractHandlers } from './guardedIpc';
import { printToPdfOptions } from './pdfOptions';
import type { IpcSenderInfo } from './trustedSender';

export interface FileHandlerDeps<Event> {
  showOpenDialog(
    event: Event,
    options: OpenDialogOptions,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    event: Event,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string }>;
  printToPdf(event: Event, options: PrintToPDFOptions): Promise<Uint8Array>;
  /** The file's size in bytes, asked before it is read (a chosen file may be huge). */
  fileSize(path: string): Promise<number>;
  readFile(path: string): Promise<Uint8Array>;
  /** Writes atomically: cli/atomicWrite in the app, anything that records in tests. */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

export function tooLargeMessage(name: string, size: number): string {
  const mb = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;
  return `${name} is ${mb(size)}; ABM Workbench opens files of up to ${mb(MAX_OPEN_BYTES)}. Split it into smaller files (a CRM export can be filtered by region or owner) and open those. Nothing was read.`;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

export function createFileHandlers<Event extends IpcSenderInfo>(
  deps: FileHandlerDeps<Event>,
): ContractHandlers<Event> {
  async function askSavePath(event: Event, suggestedName: string, filters: FileFilter[]) {
    const result = await deps.showSaveDialog(event, {
      defaultPath: suggestedName,
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  return {
    async openFiles(request, event) {
      const result = await deps.showOpenDialog(event, {
        title: request.title,
        filters: request.filters,
        properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      if (result.canceled) return [];
      // Every size first: one file too large refuses the whole choice before anything is read.
      for (const path of result.filePaths) {
        const size = await deps.fileSize(path);
        if (size > MAX_OPEN_BYTES) throw new Error(tooLargeMessage(baseName(path), size));
      }
      return Promise.all(
        result.filePaths.map(async (path) => ({
          name: baseName(path),
          bytes: await deps.readFile(path),
        })),
      );
    },

    async saveFile(request, event) {
      const path = await askSavePath(event, request.suggestedName, request.filters);
      if (path === null) return false;
      await deps.writeFile(path, request.bytes);
      return true;
    },

    async printToPdf(request, event) {
      const filters = [{ name: 'PDF', extensions: ['pdf'] }];
      const path = await askSavePath(event, request.suggestedName, filters);
      if (path === null) return false;
      const pdf = await deps.printToPdf(event, printToPdfOptions(request));
      await deps.writeFile(path, pdf);
      return true;
    },
  };
}
