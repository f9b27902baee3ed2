/** Picks the platform once at start-up: Electron when the preload object exists, else the browser. */
import type { OpenedFile, Platform } from './platform';
import { createBrowserPlatform, readFiles } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import { useUiStore } from '../store/uiStore';

export type { Platform, OpenedFile, FileFilter, MenuCommand } from './platform';

/** A file too large to open is an error toast; the files chosen with it still open. */
const reportRefused = (message: string) => useUiStore.getState().notify('error', message);

export const platform: Platform = window.abm
  ? createElectronPlatform(window.abm, { onOpenRefused: reportRefused })
  : createBrowserPlatform(reportRefused);

/** Files dropped on the window, read like picked ones (the size limit included). */
export function readDroppedFiles(files: readonly File[]): Promise<OpenedFile[]> {
  return readFiles(files, reportRefused);
}
