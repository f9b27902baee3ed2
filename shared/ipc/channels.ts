/**
 * The wire names of the IPC contract and the menu commands, free of zod so the preload (which
 * needs only names) stays a few kilobytes. shared/ipc/contract.ts adds the request schemas.
 */

/** Method on `window.abm` → invoke channel. */
export const INVOKE_CHANNELS = {
  openFiles: 'abm:open-files',
  saveFile: 'abm:save-file',
  printToPdf: 'abm:print-to-pdf',
} as const;

export type InvokeMethod = keyof typeof INVOKE_CHANNELS;

/** Main → renderer: a native menu item was chosen. */
export const MENU_COMMAND_CHANNEL = 'abm:menu-command';

export const APP_SECTIONS = ['accounts', 'calendar', 'conflicts', 'raci', 'export'] as const;
export type AppSection = (typeof APP_SECTIONS)[number];

export const PLAIN_MENU_COMMANDS = [
  'import',
  'export',
  'backup',
  'restore',
  'undo',
  'redo',
  'presenter',
  'settings',
] as const;

export type MenuCommand = (typeof PLAIN_MENU_COMMANDS)[number] | `navigate:${AppSection}`;

export function isMenuCommand(value: unknown): value is MenuCommand {
  if (typeof value !== 'string') return false;
  if ((PLAIN_MENU_COMMANDS as readonly string[]).includes(value)) return true;
  return (
    value.startsWith('navigate:') &&
    (APP_SECTIONS as readonly string[]).includes(value.slice('navigate:'.length))
  );
}
