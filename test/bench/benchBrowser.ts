// The bench build served on a free port and Chromium launched against it: the start and end of
// every browser benchmark (the app's own IndexedDB, hooks from test/bench/app), in one place.
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type * as PlaywrightTest from '@playwright/test';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { startWebServer } from '../../build/scripts/serve-web';
import type { BenchContext } from './types';
import { CHROMIUM_ARGS } from '../../build/scripts/chromiumArgs';

// The bench runner bundles this file into a temp dir, where ESM imports of packages do not
// resolve; load Playwright through a require rooted at the project instead.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));
const { chromium } = projectRequire('@playwright/test') as typeof PlaywrightTest;

export interface BenchBrowser {
  browser: Browser;
  /** The bench app's address, ending in "/". */
  base: string;
  /** Closes the browser and stops the server. */
  close(): Promise<void>;
}

export async function openBenchApp(ctx: BenchContext): Promise<BenchBrowser> {
  const server = await startWebServer(await ctx.benchApp(), 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: ctx.chromiumPath,
    args: CHROMIUM_ARGS,
  });
  return {
    browser,
    base,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/**
 * A new page of the bench app past the first-start screen, at `route` (e.g. '#/accounts'),
 * with a long default timeout: a full-size step can take minutes on a loaded machine.
 */
export async function openStartedPage(
  browser: Browser,
  base: string,
  route: string,
  options: { timeoutMs?: number; context?: BrowserContextOptions } = {},
): Promise<Page> {
  const context = await browser.newContext(options.context);
  await context.addInitScript(() => localStorage.setItem('abm:started', '1'));
  const page = await context.newPage();
  page.setDefaultTimeout(options.timeoutMs ?? 600_000);
  await page.goto(`${base}${route}`);
  return page;
}
