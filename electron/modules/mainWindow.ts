/**
 * Creates the one window, loads app://abm/index.html into it, and shows it once it has
 * painted. On macOS the window is recreated when the dock icon is clicked.
 */
import { app, BrowserWindow } from 'electron';
import type { AppContext, MainModule } from '../context';
import { APP_ENTRY_URL } from './appOrigin';
import { buildWindowOptions } from './windowOptions';

async function createWindow(context: AppContext): Promise<BrowserWindow> {
  const window = new BrowserWindow(
    buildWindowOptions({
      preloadPath: context.preloadPath,
      ...(context.iconPath ? { iconPath: context.iconPath } : {}),
    }),
  );
  context.setMainWindow(window);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (context.getMainWindow() === window) context.setMainWindow(null);
  });
  await window.loadURL(APP_ENTRY_URL);
  return window;
}

export const mainWindow: MainModule = {
  async enable(context) {
    await createWindow(context);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow(context);
    });
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit();
    });
  },
};
