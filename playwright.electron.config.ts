import { defineConfig } from '@playwright/test';

// The Electron smoke spec: launches the built app (npm run build first) with a throwaway
// profile. Reported as skipped, with the reason, where the Electron binary is not installed.
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: 'list',
  globalSetup: './test/electron/announceSkip.ts',
});
