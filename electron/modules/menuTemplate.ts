/**
 * The native menu as data. App commands (import, undo, navigate…) are not handled here:
 * they are sent to the renderer, which owns the workspace and its undo history, so the menu
 * and the in-page shortcuts run the same code. Labels and shortcuts come from the one list in
 * shared/app/appCommands.ts; this module only says where each command sits. Accelerators are
 * shown but not registered, so a key press reaches the page exactly once. No Electron at run time.
 */
import type { MenuItemConstructorOptions } from 'electron';
import {
  APP_SECTIONS,
  appCommand,
  sectionOfCommand,
  type AppCommandId,
} from '../../shared/app/appCommands';
import type { MenuCommand } from '../../shared/ipc/contract';

export interface MenuTemplateInput {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  send: (command: MenuCommand) => void;
}

/** 'Mod+Shift+Z' in Electron's accelerator syntax. */
export function menuAccelerator(shortcut: string): string {
  return shortcut.replace(/^Mod\+/, 'CmdOrCtrl+');
}

/** A section is listed under its own name in View; other commands under their label. */
function menuLabel(id: AppCommandId): string {
  const section = sectionOfCommand(id);
  return APP_SECTIONS.find((s) => s.id === section)?.label ?? appCommand(id).label;
}

export function buildMenuTemplate(input: MenuTemplateInput): MenuItemConstructorOptions[] {
  const command = (id: AppCommandId): MenuItemConstructorOptions => {
    const shown = appCommand(id).shortcuts[0];
    return {
      label: menuLabel(id),
      click: () => input.send(id),
      ...(shown ? { accelerator: menuAccelerator(shown), registerAccelerator: false } : {}),
    };
  };
  const isMac = input.platform === 'darwin';

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('import'),
      command('export'),
      { type: 'separator' },
      command('backup'),
      command('restore'),
      command('share'),
      command('merge'),
      { type: 'separator' },
      command('settings'),
      { type: 'separator' },
      { role: isMac ? 'close' : 'quit', ...(isMac ? {} : { label: 'Quit' }) },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('undo'),
      command('redo'),
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
      ...APP_SECTIONS.map((section) => command(`navigate:${section.id}`)),
      { type: 'separator' },
      command('presenter'),
      ...developerItems,
    ],
  };
  const help: MenuItemConstructorOptions = { label: 'Help', submenu: [command('shortcuts')] };
  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, help];
}
