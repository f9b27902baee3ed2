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
  window.webContents.on('render-process-gone', (_event, details) => {
    context.log(`Renderer gone: ${details.reason} (exit code ${details.exitCode})`);
  });
  // A failed load (e.g. a missing dist-renderer) is logged, not fatal: the window still
  // shows, and Reload (development) can retry after a rebuild.
  await window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    context.log(`Could not load ${APP_ENTRY_URL}: ${String(error)}`);
    window.show();
  });
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
