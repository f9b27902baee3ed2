/**
 * The wire names of the IPC contract and the menu commands, free of zod so the preload (which
 * needs only names) stays a few kilobytes. shared/ipc/contract.ts adds the request schemas.
 */
import { isAppCommandId, type AppCommandId } from '../app/appCommands';

/** Method on `window.abm` → invoke channel. */
export const INVOKE_CHANNELS = {
  openFiles: 'abm:open-files',
  saveFile: 'abm:save-file',
  printToPdf: 'abm:print-to-pdf',
} as const;

export type InvokeMethod = keyof typeof INVOKE_CHANNELS;

/** Main → renderer: a native menu item was chosen. */
export const MENU_COMMAND_CHANNEL = 'abm:menu-command';

/** Any app command may come from the menu; the list of them is shared/app/appCommands.ts. */
export type MenuCommand = AppCommandId;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return isAppCommandId(value);
}
