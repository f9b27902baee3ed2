/**
 * The Electron main process entry: works out where things are, then hands over to startApp,
 * which composes the small modules in electron/modules. The security-relevant logic they use
 * is plain TypeScript tested without Electron in test/unit/electron.
 */
import { app } from 'electron';
import { join } from 'node:path';
import { startApp } from './startApp';

// Built to dist-electron/main.cjs, next to preload.cjs; the renderer is in dist-renderer/.
const appRoot = join(__dirname, '..');
const userDataDir = process.env['ABM_USER_DATA_DIR'];

startApp({
  rendererRoot: join(appRoot, 'dist-renderer'),
  preloadPath: join(__dirname, 'preload.cjs'),
  ...(userDataDir ? { userDataDir } : {}),
}).catch((error: unknown) => {
  console.error('[abm] failed to start', error);
  app.exit(1);
});
