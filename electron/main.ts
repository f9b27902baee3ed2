/**
 * The Electron main process: configuration in, small modules composed in order. Each module
 * does one job (see electron/modules); the security-relevant logic they use is plain
 * TypeScript tested without Electron in test/unit/electron.
 */
import { app, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { AppContext, MainModule } from './context';
import { applicationMenu } from './modules/applicationMenu';
import { appProtocol, registerAppScheme } from './modules/appProtocol';
import { fileHandlers } from './modules/fileHandlers';
import { mainWindow } from './modules/mainWindow';
import { sessionSecurity } from './modules/sessionSecurity';
import { acquireSingleInstanceLock, singleInstance } from './modules/singleInstance';

// Tests launch with a throwaway profile; the single-instance lock is per profile, so this
// must happen before the lock is taken.
const userDataOverride = process.env['ABM_USER_DATA_DIR'];
if (userDataOverride) app.setPath('userData', userDataOverride);

// Built to dist-electron/main.cjs, next to preload.cjs; the renderer is in dist-renderer/.
const appRoot = join(__dirname, '..');
let window: BrowserWindow | null = null;
const context: AppContext = {
  rendererRoot: join(appRoot, 'dist-renderer'),
  preloadPath: join(__dirname, 'preload.cjs'),
  isPackaged: app.isPackaged,
  getMainWindow: () => window,
  setMainWindow: (next) => {
    window = next;
  },
  log: (message) => console.warn(`[abm] ${message}`),
};

const modules: MainModule[] = [
  singleInstance,
  sessionSecurity,
  appProtocol,
  fileHandlers,
  applicationMenu,
  mainWindow,
];

async function start(): Promise<void> {
  await app.whenReady();
  for (const module of modules) await module.enable(context);
}

if (!acquireSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  start().catch((error: unknown) => {
    console.error('[abm] failed to start', error);
    app.exit(1);
  });
}
