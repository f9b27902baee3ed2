/**
 * Composes the main process from its modules, in order, given where the preload and the built
 * renderer are (main.ts knows the paths; tests pass temporary ones).
 */
import { app, type BrowserWindow } from 'electron';
import type { AppContext, MainModule } from './context';
import { applicationMenu } from './modules/applicationMenu';
import { appProtocol, registerAppScheme } from './modules/appProtocol';
import { fileIpc } from './modules/fileIpc';
import { mainWindow } from './modules/mainWindow';
import { sessionSecurity } from './modules/sessionSecurity';
import { acquireSingleInstanceLock, singleInstance } from './modules/singleInstance';

export interface AppConfig {
  rendererRoot: string;
  preloadPath: string;
  iconPath?: string;
  /** A throwaway profile folder (tests); the single-instance lock is per profile. */
  userDataDir?: string;
}

const modules: MainModule[] = [
  singleInstance,
  sessionSecurity,
  appProtocol,
  fileIpc,
  applicationMenu,
  mainWindow,
];

/** Resolves once every module is enabled; false when another instance already runs. */
export async function startApp(config: AppConfig): Promise<boolean> {
  if (config.userDataDir) app.setPath('userData', config.userDataDir);
  if (!acquireSingleInstanceLock()) {
    app.quit();
    return false;
  }
  // Privileged schemes must be registered before the app is ready.
  registerAppScheme();

  let window: BrowserWindow | null = null;
  const context: AppContext = {
    rendererRoot: config.rendererRoot,
    preloadPath: config.preloadPath,
    ...(config.iconPath ? { iconPath: config.iconPath } : {}),
    isPackaged: app.isPackaged,
    getMainWindow: () => window,
    setMainWindow: (next) => {
      window = next;
    },
    log: (message) => console.warn(`[abm] ${message}`),
  };
  await app.whenReady();
  for (const module of modules) await module.enable(context);
  return true;
}
