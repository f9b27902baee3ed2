/**
 * The main window's construction options. Every security-relevant web preference is spelled
 * out, not left to Electron's defaults, so a future Electron changing a default changes
 * nothing here and the test pins each one. No Electron at run time.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export const SESSION_PARTITION = 'persist:abm-workbench';

export interface WindowOptionsInput {
  preloadPath: string;
  iconPath?: string;
}

export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'ABM Workbench',
    // Shown on 'ready-to-show' so the user never sees a blank white frame.
    show: false,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      partition: SESSION_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}
