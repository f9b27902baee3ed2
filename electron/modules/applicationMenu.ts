/**
 * Installs the native menu built by menuTemplate.ts; its app commands go to the renderer on
 * the contract's menu-command channel.
 */
import { Menu } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/ipc/contract';
import type { MainModule } from '../context';
import { buildMenuTemplate } from './menuTemplate';

export const applicationMenu: MainModule = {
  enable(context) {
    const send = (command: MenuCommand) => {
      context.getMainWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
    };
    const template = buildMenuTemplate({
      isPackaged: context.isPackaged,
      platform: process.platform,
      send,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  },
};
