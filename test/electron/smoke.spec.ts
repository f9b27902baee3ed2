// The desktop app starts, shows its window, and the page gets the preload object and nothing
// else: no Node, no require, no way out of app://abm. Skipped (with the reason) where the
// Electron binary is not installed.
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ABM_API_KEYS } from '../../shared/ipc/contract';
import type {} from '../../shared/ipc/windowApi';
import { findElectronBinary } from './electronBinary';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = findElectronBinary(root);

test.describe('Electron smoke', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
  test.skip(
    !existsSync(join(root, 'dist-electron', 'main.cjs')),
    'dist-electron/main.cjs is not built: run npm run build first',
  );

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    if (!('path' in binary)) return;
    userData = mkdtempSync(join(tmpdir(), 'abm-electron-smoke-'));
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE') env[name] = value;
    }
    env['ABM_USER_DATA_DIR'] = userData;
    app = await electron.launch({
      executablePath: binary.path,
      // Chromium refuses its sandbox as root (containers, CI).
      args: ['.', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: root,
      env,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('opens one visible window on app://abm', async () => {
    await expect
      .poll(() =>
        app.evaluate(({ BrowserWindow }) =>
          BrowserWindow.getAllWindows().map((window) => window.isVisible()),
        ),
      )
      .toEqual([true]);
    expect(page.url()).toMatch(/^app:\/\/abm\//);
  });

  test('gives the page exactly the contract object and no Node', async () => {
    const keys = await page.evaluate(() => Object.keys(window.abm ?? {}).sort());
    expect(keys).toEqual([...ABM_API_KEYS].sort());
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      'undefined',
    );
  });

  test('serves the page with a fresh CSP nonce', async () => {
    const nonce = await page.evaluate(
      () => document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? '',
    );
    expect(nonce).not.toBe('__CSP_NONCE__');
    expect(nonce.length).toBeGreaterThanOrEqual(16);
  });

  test('reloads with no console errors and no CSP violations', async () => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.reload();
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
  });

  test('does not navigate away or open windows', async () => {
    const before = page.url();
    // Waits for the main process to see the attempt (and the guard to cancel it), instead
    // of waiting a fixed time and hoping the navigation would have happened by then.
    type Probe = { navigationAttempt?: Promise<boolean> };
    await app.evaluate(({ BrowserWindow }) => {
      (globalThis as Probe).navigationAttempt = new Promise<boolean>((resolve) => {
        const contents = BrowserWindow.getAllWindows()[0]?.webContents;
        if (!contents) return resolve(false);
        contents.once('will-navigate', () => resolve(true));
      });
    });
    await page.evaluate(() => {
      window.location.href = 'https://evil.example/';
    });
    expect(await app.evaluate(() => (globalThis as Probe).navigationAttempt)).toBe(true);
    // Had it gone through, this page (and its context) would be gone.
    expect(await page.evaluate(() => window.location.href)).toBe(before);
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => window.open('https://evil.example/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });
});
