// The composed main process, started against a stand-in Electron: the user gets one hardened
// window on app://abm, a page served with a fresh CSP nonce, and only the contract's channels.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import type { createFakeElectron } from './fakeElectron';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof createFakeElectron> | null }));
vi.mock('electron', async () => {
  const { createFakeElectron: create } = await import('./fakeElectron');
  fake.current = create();
  return fake.current.electron;
});

let rendererRoot: string;
const electron = () => {
  if (!fake.current) throw new Error('electron was not mocked');
  return fake.current;
};

beforeAll(async () => {
  // The main process logs what it blocks; the assertions below check the blocking itself.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  rendererRoot = await mkdtemp(join(tmpdir(), 'abm-renderer-'));
  await mkdir(join(rendererRoot, 'assets'));
  await writeFile(
    join(rendererRoot, 'index.html'),
    '<meta name="csp-nonce" content="__CSP_NONCE__"><script type="module" src="./assets/app.js"></script>',
  );
  await writeFile(join(rendererRoot, 'assets', 'app.js'), 'console.log("hi")');
  const { startApp } = await import('../../../electron/startApp');
  const started = await startApp({
    rendererRoot,
    preloadPath: '/app/preload.cjs',
    userDataDir: '/tmp/profile',
  });
  expect(started).toBe(true);
});
afterAll(async () => {
  await rm(rendererRoot, { recursive: true, force: true });
});

const serve = (url: string) => {
  const handler = electron().protocolHandlers.get('app');
  if (!handler) throw new Error('no app:// handler');
  return handler(new Request(url));
};

describe('starting the desktop app', () => {
  it('sets the profile and registers app:// before the app is ready', () => {
    const calls = electron().calls;
    const order = (prefix: string) => calls.findIndex((call) => call.startsWith(prefix));
    expect(order('app.setPath userData /tmp/profile')).toBeLessThan(
      order('app.requestSingleInstanceLock'),
    );
    expect(order('protocol.registerSchemesAsPrivileged')).toBeLessThan(order('app.whenReady'));
    expect(calls.find((c) => c.startsWith('protocol.registerSchemesAsPrivileged'))).toContain(
      '"standard":true,"secure":true,"supportFetchAPI":true',
    );
    expect(calls).toContain('protocol.handle app on persist:abm-workbench');
  });

  it('opens one window on app://abm/index.html and shows it when ready', () => {
    const [window, ...others] = electron().windows;
    expect(others).toHaveLength(0);
    expect(window?.loadedUrl).toBe('app://abm/index.html');
    expect(window?.visible).toBe(true);
    expect(window?.options['webPreferences']).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });

  it('serves index.html with a fresh nonce that matches its CSP header', async () => {
    const first = await serve('app://abm/index.html');
    const second = await serve('app://abm/index.html');
    const nonceOf = async (response: Response) => {
      const html = await response.text();
      const nonce = /content="([^"]+)"/.exec(html)?.[1] ?? '';
      return { nonce, csp: response.headers.get('content-security-policy') ?? '' };
    };
    const a = await nonceOf(first);
    const b = await nonceOf(second);
    expect(a.nonce).not.toBe('__CSP_NONCE__');
    expect(a.csp).toContain(`style-src 'self' 'nonce-${a.nonce}'`);
    expect(a.nonce).not.toBe(b.nonce);
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('serves assets and answers 404 for anything missing', async () => {
    const script = await serve('app://abm/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("hi")');
    expect((await serve('app://abm/assets/missing.js')).status).toBe(404);
    expect((await serve('app://elsewhere/index.html')).status).toBe(404);
  });

  it('registers exactly the contract channels, each guarded', async () => {
    const handlers = electron().ipcHandlers;
    expect([...handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    const save = handlers.get('abm:save-file');
    const foreign = {
      sender: { mainFrame: { url: 'https://evil.example/' } },
      senderFrame: { url: 'https://evil.example/' },
    };
    foreign.senderFrame = foreign.sender.mainFrame;
    await expect(
      save?.(foreign, { suggestedName: 'x.csv', filters: [], bytes: new Uint8Array() }),
    ).rejects.toThrow('not the app origin');
  });

  it('blocks navigation away, every new window and every <webview> on the web contents', () => {
    const contents = electron().windows[0]?.webContents;
    const navigate = contents?.listeners.get('will-navigate')?.[0];
    const event = {
      url: 'https://evil.example/',
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    navigate?.(event);
    expect(event.prevented).toBe(true);
    expect(contents?.listeners.get('will-redirect')).toHaveLength(1);
    const attach = contents?.listeners.get('will-attach-webview');
    expect(attach).toHaveLength(1);
    const webview = { prevented: false, preventDefault: () => (webview.prevented = true) };
    attach?.[0]?.(webview, { preload: '/evil.js' }, { src: 'https://evil.example/' });
    expect(webview.prevented).toBe(true);
    expect(contents?.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
  });

  it('denies every permission but full screen for our own page', () => {
    const answers: boolean[] = [];
    const app = { requestingUrl: 'app://abm/index.html' };
    electron().permissionRequest()?.({}, 'media', (granted: boolean) => answers.push(granted), app);
    electron().permissionRequest()?.(
      {},
      'fullscreen',
      (granted: boolean) => answers.push(granted),
      app,
    );
    electron().permissionRequest()?.(
      {},
      'fullscreen',
      (granted: boolean) => answers.push(granted),
      {
        requestingUrl: 'https://evil.example/',
      },
    );
    expect(answers).toEqual([false, true, false]);
    expect(electron().permissionCheck()?.({}, 'notifications', 'app://abm')).toBe(false);
  });

  it('installs the native menu, which sends commands to the window', () => {
    expect(electron().calls).toContain('Menu.setApplicationMenu');
    const view = electron()
      .menu()
      .find((item) => (item as { label?: string }).label === 'View') as
      { submenu: { label?: string; click?: () => void }[] } | undefined;
    view?.submenu.find((item) => item.label === 'Calendar')?.click?.();
    expect(electron().windows[0]?.webContents.sent).toEqual([
      ['abm:menu-command', 'navigate:calendar'],
    ]);
  });
});
