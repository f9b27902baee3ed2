/**
 * Registers the contract's file handlers on ipcMain with Electron's real dialogs, file system
 * and printer. Each goes through guardedIpc, so it only ever sees a validated request from
 * our own main frame.
 */
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import * as fs from 'node:fs/promises';
import { atomicWriteFile } from '../../cli/atomicWrite';
import type { MainModule } from '../context';
import { createFileHandlers } from './fileHandlers';
import { registerContractHandlers } from './guardedIpc';

const ownerOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);

const handlers = createFileHandlers<IpcMainInvokeEvent>({
  showOpenDialog: (event, options) => {
    const owner = ownerOf(event);
    return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
  },
  showSaveDialog: (event, options) => {
    const owner = ownerOf(event);
    return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
  },
  printToPdf: (event, options) => event.sender.printToPDF(options),
  fileSize: async (path) => (await fs.stat(path)).size,
  readFile: async (path) => {
    const buffer = await fs.readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  },
  writeFile: (path, bytes) => atomicWriteFile(path, bytes),
});

export const fileIpc: MainModule = {
  enable(context) {
    registerContractHandlers(ipcMain, handlers, (message) => context.log(message));
  },
};
