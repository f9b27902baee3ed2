import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './build/scripts/chromiumArgs';

// End-to-end tests drive the real UI in Debian's Chromium (or CHROMIUM_PATH) against the
// built renderer served like `npm run web`, with the app's strict CSP.
const port = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two workers on CI's two cores: a test spends much of its time waiting on one Chromium
  // renderer, so two can overlap (each has its own browser context and IndexedDB). Locally
  // one, so a developer's machine stays usable during a run.
  workers: process.env.CI ? 2 : 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node build/scripts/run-ts.mjs build/scripts/serve-web.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
