// The native menu sends app commands to the page; developer tools exist only in development.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/modules/menuTemplate';
import type { MenuCommand } from '../../../shared/ipc/contract';

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
  it('has File, Edit and View with the product commands', () => {
    const { template, submenu } = menu(true);
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View']);
    expect(labelsOrRoles(submenu('File'))).toEqual([
      'Import…',
      'Export…',
      'Back up workspace…',
      'Restore workspace…',
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
    click('File', 'Import…');
    click('File', 'Back up workspace…');
    click('Edit', 'Undo');
    click('Edit', 'Redo');
    click('View', 'Conflicts');
    click('View', 'RACI');
    click('View', 'Presenter mode');
    expect(sent).toEqual([
      'import',
      'backup',
      'undo',
      'redo',
      'navigate:conflicts',
      'navigate:raci',
      'presenter',
    ]);
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
