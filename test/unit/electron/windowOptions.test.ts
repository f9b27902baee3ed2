// The window runs web content only: no Node, isolated preload, sandboxed, same-origin rules on.
import { describe, expect, it } from 'vitest';
import { buildWindowOptions, SESSION_PARTITION } from '../../../electron/modules/windowOptions';

describe('main window options', () => {
  const options = buildWindowOptions({ preloadPath: '/app/dist-electron/preload.cjs' });
  const web = options.webPreferences ?? {};

  it('isolates and sandboxes the page, with no Node anywhere', () => {
    expect(web).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('turns off experimental web platform features and drag-and-drop navigation', () => {
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.safeDialogs).toBe(true);
  });

  it('keeps data in one persistent session', () => {
    expect(SESSION_PARTITION).toBe('persist:abm-workbench');
    expect(web.partition).toBe(SESSION_PARTITION);
  });

  it('loads our preload and waits to show until painted', () => {
    expect(web.preload).toBe('/app/dist-electron/preload.cjs');
    expect(options.show).toBe(false);
  });
});
