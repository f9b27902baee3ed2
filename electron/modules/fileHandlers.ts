/**
 * The contract's handlers: native open/save dialogs and print-to-PDF. Registered through
 * guardedIpc, so each one only ever sees a validated request from our own main frame.
 */
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import * as fs from 'node:fs/promises';
import { basename } from 'node:path';
import type { MainModule } from '../context';
import { atomicWriteFile } from './atomicWrite';
import { registerContractHandlers, type ContractHandlers } from './guardedIpc';

const ownerOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);

async function askSavePath(
  event: IpcMainInvokeEvent,
  suggestedName: string,
  filters: Electron.FileFilter[],
): Promise<string | null> {
  const owner = ownerOf(event);
  const options = {
    defaultPath: suggestedName,
    filters,
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const result = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

const handlers: ContractHandlers<IpcMainInvokeEvent> = {
  async openFiles(request, event) {
    const owner = ownerOf(event);
    const options: Electron.OpenDialogOptions = {
      title: request.title,
      filters: request.filters,
      properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    };
    const result = owner
      ? await dialog.showOpenDialog(owner, options)
      : await dialog.showOpenDialog(options);
    if (result.canceled) return [];
    return Promise.all(
      result.filePaths.map(async (filePath) => {
        const buffer = await fs.readFile(filePath);
        return {
          name: basename(filePath),
          bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
        };
      }),
    );
  },

  async saveFile(request, event) {
    const path = await askSavePath(event, request.suggestedName, request.filters);
    if (path === null) return false;
    await atomicWriteFile(fs, path, request.bytes);
    return true;
  },

  async printToPdf(request, event) {
    const path = await askSavePath(event, request.suggestedName, [
      { name: 'PDF', extensions: ['pdf'] },
    ]);
    if (path === null) return false;
    const pdf = await event.sender.printToPDF({
      landscape: request.landscape,
      printBackground: true,
    });
    await atomicWriteFile(fs, path, pdf);
    return true;
  },
};

export const fileHandlers: MainModule = {
  enable(context) {
    registerContractHandlers(ipcMain, handlers, (message) => context.log(message));
  },
};
