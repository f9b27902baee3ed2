/**
 * What the contract's handlers do: native open/save dialogs and print-to-PDF, with every
 * write atomic. The dialogs, the file system and the PDF printer come in as arguments, so
 * this runs (and is tested) without Electron; fileIpc.ts wires in the real ones.
 */
import type { FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { openFileRefusal } from '../../shared/csv/limits';
import { atomicWriteFile, type AtomicWriteFs } from './atomicWrite';
import type { ContractHandlers } from './guardedIpc';
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
  printToPdf(event: Event, options: { landscape: boolean }): Promise<Uint8Array>;
  readFile(path: string): Promise<Uint8Array>;
  /** The file's size on disk, looked at before it is read. */
  fileSize(path: string): Promise<number>;
  fs: AtomicWriteFs;
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
      // A file past the size limit is never read: reading it whole could exhaust memory.
      return Promise.all(
        result.filePaths.map(async (path) => {
          const name = baseName(path);
          const refused = openFileRefusal(name, await deps.fileSize(path));
          return refused === null ? { name, bytes: await deps.readFile(path) } : { name, refused };
        }),
      );
    },

    async saveFile(request, event) {
      const path = await askSavePath(event, request.suggestedName, request.filters);
      if (path === null) return false;
      await atomicWriteFile(deps.fs, path, request.bytes);
      return true;
    },

    async printToPdf(request, event) {
      const filters = [{ name: 'PDF', extensions: ['pdf'] }];
      const path = await askSavePath(event, request.suggestedName, filters);
      if (path === null) return false;
      const pdf = await deps.printToPdf(event, { landscape: request.landscape });
      await atomicWriteFile(deps.fs, path, pdf);
      return true;
    },
  };
}
