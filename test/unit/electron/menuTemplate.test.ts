// The native menu sends app commands to the page and shows the same shortcuts as the page's
// shortcuts dialog; developer tools exist only in development.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, menuAccelerator } from '../../../electron/modules/menuTemplate';
import { APP_COMMANDS, APP_SECTIONS } from '../../../shared/app/appCommands';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { COMMANDS } from '../../../renderer/src/app/commands';

// The renderer's command list is read for its ids and shortcuts only; what the commands do
// needs a window, so those modules are stand-ins here.
vi.mock('../../../renderer/src/app/workspaceCommands', () => ({
  runBackup: vi.fn(),
  runRestore: vi.fn(),
  runImport: vi.fn(),
  runShare: vi.fn(),
  runMerge: vi.fn(),
}));
vi.mock('../../../renderer/src/features/raci/openPresenter', () => ({ openPresenter: vi.fn() }));
vi.mock('../../../renderer/src/features/settings/openSettings', () => ({ openSettings: vi.fn() }));

function menu(isPackaged: boolean, platform: NodeJS.Platform = 'linux') {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ isPackaged, platform, send: (c) => sent.push(c) });
  const submenu = (label: string) =>
    (template.find((item) => item.label === label)?.submenu ?? []) as MenuItemConstructorOptions[];
  const click = (top: string, label: string) => {
    const item = submenu(top).find((entry) => entry.label === label);
    if (!item?.click) throw new Error(`no ${top} > ${label}`);
    (item.click as () => void)();
  };
  return { template, submenu, click, sent };
}

const labelsOrRoles = (items: MenuItemConstructorOptions[]) =>
  items.filter((item) => item.type !== 'separator').map((item) => item.label ?? item.role);

describe('native menu', () => {
  it('has File, Edit, View and Help with the product commands', () => {
    const { template, submenu } = menu(true);
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labelsOrRoles(submenu('File'))).toEqual([
      'Import accounts…',
      'Export…',
      'Back up workspace…',
      'Restore workspace…',
      'Share workspace…',
      'Merge a colleague’s workspace…',
      'Settings…',
      'Quit',
    ]);
    expect(labelsOrRoles(submenu('Edit'))).toEqual([
      'Undo',
      'Redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('sends each command to the page when chosen', () => {
    const { click, sent } = menu(true);
    click('File', 'Import accounts…');
    click('File', 'Back up workspace…');
    click('Edit', 'Undo');
    click('Edit', 'Redo');
    click('View', 'Conflicts');
    click('View', 'RACI');
    click('View', 'Presenter mode');
    click('Help', 'Keyboard shortcuts');
    expect(sent).toEqual([
      'import',
      'backup',
      'undo',
      'redo',
      'navigate:conflicts',
      'navigate:raci',
      'presenter',
      'shortcuts',
    ]);
  });

  it('lists the sections in the order and under the names of the navigation', () => {
    const sections = menu(true)
      .submenu('View')
      .filter((item) => item.accelerator?.startsWith('CmdOrCtrl+'))
      .map((item) => [item.label, item.accelerator]);
    expect(sections).toEqual(APP_SECTIONS.map((s, i) => [s.label, `CmdOrCtrl+${(i + 1) % 10}`]));
  });

  it('offers every command once, showing the first shortcut the shortcuts dialog lists', () => {
    const { template, sent } = menu(true);
    const shown = new Map<MenuCommand, string | undefined>();
    for (const top of template) {
      for (const item of (top.submenu ?? []) as MenuItemConstructorOptions[]) {
        if (!item.click) continue;
        (item.click as () => void)();
        const id = sent[sent.length - 1];
        if (!id) throw new Error(`${String(item.label)} sends nothing`);
        expect(shown.has(id), `${id} is in the menu twice`).toBe(false);
        shown.set(id, item.accelerator as string | undefined);
      }
    }
    // The dialog's list is the renderer's COMMANDS; the menu must agree with it entry by entry.
    expect([...shown.keys()].sort()).toEqual(COMMANDS.map((c) => c.id).sort());
    for (const command of COMMANDS) {
      const first = command.shortcuts[0];
      expect(shown.get(command.id)).toBe(first ? menuAccelerator(first) : undefined);
    }
    expect(COMMANDS.map(({ id, label, shortcuts }) => ({ id, label, shortcuts }))).toEqual(
      APP_COMMANDS,
    );
  });

  it('shows undo shortcuts without stealing the key press from the page', () => {
    const undo = menu(true)
      .submenu('Edit')
      .find((item) => item.label === 'Undo');
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
  });

  it('offers Reload and DevTools in development only', () => {
    const roles = (packaged: boolean) =>
      menu(packaged)
        .submenu('View')
        .map((item) => item.role);
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('toggleDevTools');
  });

  it('adds the application menu on macOS', () => {
    expect(menu(true, 'darwin').template[0]?.role).toBe('appMenu');
  });
});
