/**
 * The store upgrade at full size (issue 17: "the upgrade from today's schema keeps every row
 * of a 100,000-account store"; the unit tests check it at a smaller size): a version-6 store
 * of one record per account, opened by today's schema in headless Chromium on its own
 * IndexedDB (test/bench/app/upgradeHook.ts). Every account must come back equal; the time
 * is reported beside a plain bulkPut of the same rows in the same page.
 * Smoke mode: 1,000 accounts.
 */
import { openBenchApp, openStartedPage } from './benchBrowser';
import type { BenchContext, BenchResult } from './types';

export default async function upgradeBench(ctx: BenchContext): Promise<BenchResult[]> {
  const n = ctx.smoke ? 1_000 : 100_000;
  const { browser, base, close } = await openBenchApp(ctx);
  try {
    const page = await openStartedPage(browser, base, '#/accounts');
    await page.waitForFunction(() => window.__abmUpgradeBench !== undefined);
    const t = await page.evaluate((count) => window.__abmUpgradeBench!.run(count), n);
    ctx.log(
      `upgrade of ${n.toLocaleString()} accounts from version 6: ${t.ms.toFixed(0)} ms; read back ${t.read}, equal ${t.equal}; plain bulkPut ${t.plainPutMs.toFixed(0)} ms`,
    );
    const size = ctx.smoke ? 'smoke' : '100k';
    return [
      {
        name: `store upgrade from version 6 (one record per account) to today ${size}`,
        value: Math.round(t.ms),
        unit: 'ms',
        baseline: { name: 'plain Dexie bulkPut', value: Math.round(t.plainPutMs), unit: 'ms' },
      },
      {
        name: `store upgrade: accounts kept equal, of ${n} ${size}`,
        value: t.equal,
        unit: 'count',
        target: `= ${n}`,
        pass: t.equal === n && t.read === n,
      },
    ];
  } finally {
    await close();
  }
}
