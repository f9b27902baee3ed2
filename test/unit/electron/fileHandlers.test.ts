// Opening, saving and printing from the desktop app: a cancelled dialog changes nothing, a
// save lands atomically where the user chose, a PDF is written only after a path is chosen.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atomicWriteFile } from '../../../cli/atomicWrite';
import { createFileHandlers, type FileHandlerDeps } from '../../../electron/modules/fileHandlers';
import { MAX_OPEN_BYTES } from '../../../shared/ipc/contract';
import type { IpcSenderInfo } from '../../../electron/modules/trustedSender';

const frame = { url: 'app://abm/index.html' };
const event: IpcSenderInfo = { sender: { mainFrame: frame }, senderFrame: frame };
const csv = [{ name: 'CSV', extensions: ['csv'] }];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'abm-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function deps(overrides: Partial<FileHandlerDeps<IpcSenderInfo>> = {}) {
  const all: FileHandlerDeps<IpcSenderInfo> = {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    printToPdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7')),
    fileSize: async (path) => (await realFs.stat(path)).size,
    readFile: async (path) => new Uint8Array(await realFs.readFile(path)),
    writeFile: atomicWriteFile,
    ...overrides,
  };
  return all;
}

describe('opening files', () => {
  it('returns each chosen file with its name and bytes', async () => {
    await writeFile(join(dir, 'salesforce.csv'), 'Name\nAcme\n');
    await writeFile(join(dir, 'hubspot.csv'), 'Company\nGlobex\n');
    const showOpenDialog = vi.fn(async () => ({
      canceled: false,
      filePaths: [join(dir, 'salesforce.csv'), join(dir, 'hubspot.csv')],
    }));
    const handlers = createFileHandlers(deps({ showOpenDialog }));
    const files = await handlers.openFiles(
      { title: 'Import CRM exports', filters: csv, multiple: true },
      event,
    );
    expect(files.map((file) => [file.name, new TextDecoder().decode(file.bytes)])).toEqual([
      ['salesforce.csv', 'Name\nAcme\n'],
      ['hubspot.csv', 'Company\nGlobex\n'],
    ]);
    expect(showOpenDialog).toHaveBeenCalledWith(event, {
      title: 'Import CRM exports',
      filters: csv,
      properties: ['openFile', 'multiSelections'],
    });
  });

  it('refuses a file over 512 MB before reading it, naming the file', async () => {
    await writeFile(join(dir, 'small.csv'), 'Name\nAcme\n');
    const huge = join(dir, 'all-companies.csv');
    await writeFile(huge, '');
    await realFs.truncate(huge, MAX_OPEN_BYTES + 1); // sparse: no disk used
    const readFile = vi.fn(async () => new Uint8Array());
    const handlers = createFileHandlers(
      deps({
        readFile,
        showOpenDialog: async () => ({
          canceled: false,
          filePaths: [join(dir, 'small.csv'), huge],
        }),
      }),
    );
    await expect(
      handlers.openFiles({ title: 'Import', filters: csv, multiple: true }, event),
    ).rejects.toThrow(
      /^all-companies\.csv is 513 MB; ABM Workbench opens files of up to 512 MB\. .*Nothing was read\.$/,
    );
    expect(readFile).not.toHaveBeenCalled();
    expect(MAX_OPEN_BYTES).toBe(512 * 1024 * 1024);
  });

  it('opens a file of exactly the limit', async () => {
    const handlers = createFileHandlers(
      deps({
        fileSize: async () => MAX_OPEN_BYTES,
        readFile: async () => new Uint8Array([65]),
        showOpenDialog: async () => ({ canceled: false, filePaths: ['/x/big.csv'] }),
      }),
    );
    expect(await handlers.openFiles({ title: 'Import', filters: csv }, event)).toHaveLength(1);
  });

  it('returns nothing when the user cancels', async () => {
    const handlers = createFileHandlers(deps());
    expect(await handlers.openFiles({ title: 'Import', filters: csv }, event)).toEqual([]);
  });
});

describe('saving files', () => {
  it('writes the bytes where the user chose, replacing the old file', async () => {
    const target = join(dir, 'tal-q1.csv');
    await writeFile(target, 'old');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const handlers = createFileHandlers(deps({ showSaveDialog }));
    const saved = await handlers.saveFile(
      { suggestedName: 'tal-q1.csv', filters: csv, bytes: new TextEncoder().encode('new') },
      event,
    );
    expect(saved).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['tal-q1.csv']);
    expect(showSaveDialog).toHaveBeenCalledWith(
      event,
      expect.objectContaining({ defaultPath: 'tal-q1.csv', filters: csv }),
    );
  });

  it('writes nothing when the user cancels', async () => {
    const handlers = createFileHandlers(deps());
    const saved = await handlers.saveFile(
      { suggestedName: 'tal.csv', filters: csv, bytes: new Uint8Array([1]) },
      event,
    );
    expect(saved).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('printing the view to PDF', () => {
  it('prints in the chosen orientation and saves the PDF', async () => {
    const target = join(dir, 'raci.pdf');
    const printToPdf = vi.fn(async () => new TextEncoder().encode('%PDF-1.7 raci'));
    const handlers = createFileHandlers(
      deps({ printToPdf, showSaveDialog: async () => ({ canceled: false, filePath: target }) }),
    );
    expect(await handlers.printToPdf({ suggestedName: 'raci.pdf', landscape: true }, event)).toBe(
      true,
    );
    expect(printToPdf).toHaveBeenCalledWith(event, { landscape: true, printBackground: true });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 raci');
  });

  it('prints the QBR pack on 16:9 pages sized by its CSS, without margins', async () => {
    const target = join(dir, 'qbr.pdf');
    const printToPdf = vi.fn(async () => new TextEncoder().encode('%PDF-1.7 qbr'));
    const handlers = createFileHandlers(
      deps({ printToPdf, showSaveDialog: async () => ({ canceled: false, filePath: target }) }),
    );
    const request = { suggestedName: 'qbr.pdf', landscape: true, pageSize: 'slide' as const };
    expect(await handlers.printToPdf(request, event)).toBe(true);
    expect(printToPdf).toHaveBeenCalledWith(event, {
      printBackground: true,
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 qbr');
  });

  it('does not print at all when the user cancels', async () => {
    const printToPdf = vi.fn(async () => new Uint8Array());
    const handlers = createFileHandlers(deps({ printToPdf }));
    expect(await handlers.printToPdf({ suggestedName: 'raci.pdf', landscape: false }, event)).toBe(
      false,
    );
    expect(printToPdf).not.toHaveBeenCalled();
  });
});
