/**
 * The preload: puts ONE object, `window.abm`, into the page, built from the IPC contract.
 * Nothing raw crosses the bridge: no ipcRenderer, no channel names, no Node. Main validates
 * every request; the preload only forwards, and filters menu commands it does not know.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  INVOKE_CHANNELS,
  isMenuCommand,
  MENU_COMMAND_CHANNEL,
  type MenuCommand,
} from '../shared/ipc/channels';
import type { AbmApi } from '../shared/ipc/contract';

const abm = {
  openFiles: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.openFiles, request),
  saveFile: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.saveFile, request),
  printToPdf: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.printToPdf, request),
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
} satisfies AbmApi;

contextBridge.exposeInMainWorld('abm', abm);
