/**
 * What every main-process module receives from main.ts: the paths it was configured with and
 * access to the one window. Modules never compute paths themselves.
 */
import type { BrowserWindow } from 'electron';

export interface AppContext {
  /** Folder holding the built renderer (index.html, assets/). */
  rendererRoot: string;
  preloadPath: string;
  iconPath?: string;
  isPackaged: boolean;
  getMainWindow(): BrowserWindow | null;
  setMainWindow(window: BrowserWindow | null): void;
  log(message: string): void;
}

export interface MainModule {
  enable(context: AppContext): void | Promise<void>;
}
