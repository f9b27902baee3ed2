/**
 * The native menu as data. App commands (import, undo, navigate…) are not handled here:
 * they are sent to the renderer, which owns the workspace and its undo history, so the menu
 * and the in-page shortcuts run the same code. Their accelerators are shown but not
 * registered, so a key press reaches the page exactly once. No Electron at run time.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppSection, MenuCommand } from '../../shared/ipc/contract';

export interface MenuTemplateInput {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  send: (command: MenuCommand) => void;
}

const SECTION_LABELS: Record<AppSection, string> = {
  accounts: 'Accounts',
  calendar: 'Calendar',
  conflicts: 'Conflicts',
  raci: 'RACI',
  export: 'Export',
};

export function buildMenuTemplate(input: MenuTemplateInput): MenuItemConstructorOptions[] {
  const command = (
    label: string,
    sent: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    click: () => input.send(sent),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  const isMac = input.platform === 'darwin';

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Import…', 'import'),
      command('Export…', 'export'),
      { type: 'separator' },
      command('Back up workspace…', 'backup'),
      command('Restore workspace…', 'restore'),
      { type: 'separator' },
      command('Settings…', 'settings', 'CmdOrCtrl+,'),
      { type: 'separator' },
      { role: isMac ? 'close' : 'quit', ...(isMac ? {} : { label: 'Quit' }) },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const developerItems: MenuItemConstructorOptions[] = input.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }];
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(Object.keys(SECTION_LABELS) as AppSection[]).map((section) =>
        command(SECTION_LABELS[section], `navigate:${section}`),
      ),
      { type: 'separator' },
      command('Presenter mode', 'presenter'),
      ...developerItems,
    ],
  };
  return [...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []), file, edit, view];
}
