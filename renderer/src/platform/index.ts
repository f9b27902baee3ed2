/** Picks the platform once at start-up: Electron when the preload object exists, else the browser. */
import type { Platform } from './platform';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import { useUiStore } from '../store/uiStore';

export type { Platform, OpenedFile, FileFilter, MenuCommand } from './platform';

export const platform: Platform = window.abm
  ? createElectronPlatform(window.abm, {
      onOpenRefused: (message) => useUiStore.getState().notify('error', message),
    })
  : createBrowserPlatform();
