/**
 * Account import and list benchmark (issue 3). In headless Chromium against the bench build
 * (the app plus the window hook in test/bench/app/accountsHook.ts): a synthetic Salesforce report export (100,000 rows, about 20 MB) imported end to
 * end (Worker parse, normalize, dedupe, then one commit), compared in the same run with the
 * two baselines — raw Papa Parse of the same text and a plain Dexie bulkPut of the same rows
 * into a table with only a primary key. Also: Long Tasks during the import, opening the list
 * to its first grid rows, and a sort. Smoke mode: 200 rows.
 */
import type { Page } from '@playwright/test';
import { openBenchApp } from './benchBrowser';
import { onScreenRows } from './accountsOnScreen';
import type { BenchContext, BenchModule, BenchResult } from './types';

// The bench runner bundles this file into a temp dir where package imports do not resolve;
// load Playwright through a require rooted at the project.

async function openAccounts(page: Page, base: string): Promise<void> {
  await page.goto(`${base}#/accounts`);
  await page.waitForFunction(() => window.__abmAccountsBench?.ready() === true, null, {
    timeout: 120_000,
  });
}

const accountsBench: BenchModule = async (ctx: BenchContext) => {
  // ACCOUNTS_BENCH_ROWS sizes a quick local run; the recorded results use 100,000.
  const rows = ctx.smoke ? 200 : Number(process.env.ACCOUNTS_BENCH_ROWS ?? 100_000);
  const { browser, base, close } = await openBenchApp(ctx);
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('abm:started', '1'));
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await openAccounts(page, base);

    const chars = await page.evaluate((n) => window.__abmAccountsBench!.generate(n), rows);
    const megabytes = chars / 1e6;
    ctx.log(`generated ${rows.toLocaleString()} rows, ${megabytes.toFixed(1)} MB`);
    const parseMs = await page.evaluate(() => window.__abmAccountsBench!.rawParse());
    const imported = await page.evaluate(() => window.__abmAccountsBench!.importAll());
    const bulkPutMs = await page.evaluate(() => window.__abmAccountsBench!.plainBulkPut());
    // ACCOUNTS_BENCH_SKIP_BULK=1 skips the (slow) bulk edit in a quick local run.
    const bulk = process.env.ACCOUNTS_BENCH_SKIP_BULK
      ? { rows: 0, edit: 0, undo: 0, redo: 0, ok: true }
      : await page.evaluate(() => window.__abmAccountsBench!.bulkEditUndo());
    ctx.log(
      `bulk edit of ${bulk.rows} rows ${bulk.edit.toFixed(0)} ms, undo ${bulk.undo.toFixed(0)} ms, redo ${bulk.redo.toFixed(0)} ms, data right: ${bulk.ok}`,
    );
    if (!bulk.ok) throw new Error('bulk edit undo/redo did not restore the rows');
    const onScreen = process.env.ACCOUNTS_BENCH_SKIP_BULK
      ? null
      : await page.evaluate(() => window.__abmAccountsBench!.bulkOnScreen());
    ctx.log(`bulk edit / undo / redo on screen: ${JSON.stringify(onScreen)}`);
    const baseline = parseMs + bulkPutMs;
    const phases = Object.entries(imported.phases)
      .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
      .join(', ');
    ctx.log(`import phases: ${phases}`);
    const ratio = imported.ms / baseline;
    const longest = Math.max(0, ...imported.longTasks);
    const gridLongest = Math.max(0, ...imported.gridLongTasks);
    ctx.log(
      `grid shows the imported rows ${imported.gridMs.toFixed(0)} ms after the commit; longest task then ${gridLongest.toFixed(0)} ms`,
    );
    if (imported.slow.length > 0) ctx.log(`tasks over 100 ms: ${imported.slow.join('; ')}`);
    const overLimit = imported.longTasks.filter((d) => d > 50).length;
    ctx.log(
      `import ${imported.ms.toFixed(0)} ms (${imported.accounts} accounts); parse ${parseMs.toFixed(0)} ms + bulkPut ${bulkPutMs.toFixed(0)} ms; ratio ${ratio.toFixed(2)}; longest task ${longest.toFixed(0)} ms`,
    );

    // Open the list: a fresh load of the page to the grid's first rows.
    await page.goto('about:blank');
    await openAccounts(page, base);
    await page.waitForFunction(
      () => performance.getEntriesByName('abm:accounts-first-rows').length > 0,
    );
    const openMs = await page.evaluate(
      () => performance.getEntriesByName('abm:accounts-first-rows')[0]?.startTime ?? -1,
    );
    await page.waitForFunction(
      (n) => window.__abmAccountsBench!.displayedRows() >= n,
      imported.accounts,
      { timeout: 600_000 },
    );
    const sorts = await page.evaluate(() => window.__abmAccountsBench!.sort('annualRevenue'));
    if (sorts.length !== 2) throw new Error('the revenue header was not found');
    // The slower of the two clicks (ascending, then descending) is the result.
    const sort = sorts.reduce((a, b) => (b.frame > a.frame ? b : a));
    const sortMs = sort.frame;
    ctx.log(
      `open to first rows ${openMs.toFixed(0)} ms; sort by a header click: ${sorts
        .map((s) => `${s.frame.toFixed(0)} ms (${s.sync.toFixed(0)} ms in the grid)`)
        .join(', then ')}`,
    );

    // Opening the list from another section (the app already running): click to first rows.
    await page.evaluate(() => (window.location.hash = '#/raci'));
    await page.waitForTimeout(1000);
    const switchMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          performance.clearMarks('abm:accounts-first-rows');
          const t0 = performance.now();
          // A list that never paints must not hang the run: after 30 s it fails.
          const poll = () => {
            const mark = performance.getEntriesByName('abm:accounts-first-rows')[0];
            if (mark) resolve(mark.startTime - t0);
            else if (performance.now() - t0 > 30_000) resolve(Number.NaN);
            else setTimeout(poll, 5);
          };
          window.location.hash = '#/accounts';
          poll();
        }),
    );
    ctx.log(`switch to the list: first rows after ${switchMs.toFixed(0)} ms`);
    if (Number.isNaN(switchMs)) throw new Error('switching back to the list left it empty');

    // An inline edit of an industry at full size: Enter to the painted cell, and to durable.
    await page.waitForFunction(
      (n) => window.__abmAccountsBench!.displayedRows() >= n,
      imported.accounts,
      { timeout: 600_000 },
    );
    await page.waitForTimeout(500);
    const inline: { screen: number; durable: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const value = `Inline edit ${i + 1}`;
      await page.evaluate(() => window.__abmAccountsBench!.startInlineEdit());
      await page.locator('.ag-row[row-index="0"] [col-id="industry"]').dblclick();
      const editor = page.locator('.ag-row[row-index="0"] [col-id="industry"] input');
      await editor.fill(value);
      await page.evaluate((v) => window.__abmAccountsBench!.armInlineEdit(v), value);
      await editor.press('Enter');
      inline.push(await page.evaluate(() => window.__abmAccountsBench!.inlineEditTimes()));
      await page.waitForTimeout(300);
    }
    const inlineScreen = Math.max(...inline.map((t) => t.screen));
    const inlineDurable = Math.max(...inline.map((t) => t.durable));
    ctx.log(
      `inline edit: on screen ${inline.map((t) => t.screen.toFixed(0)).join(', ')} ms; durable ${inline.map((t) => t.durable.toFixed(0)).join(', ')} ms`,
    );

    // Memory: the renderer's JS heap with every account open, then with ten bulk edits of
    // every row in the undo history (after a garbage collection each time).
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
    };
    const openHeap = await heap();
    const tenMs = await page.evaluate(() => window.__abmAccountsBench!.tenBulkEdits());
    const historyHeap = (await heap()) - openHeap;
    await page.evaluate(() => window.__abmAccountsBench!.undoAll());
    ctx.log(
      `JS heap with ${imported.accounts} accounts open ${openHeap.toFixed(0)} MB; ten bulk edits (${tenMs.toFixed(0)} ms) add ${historyHeap.toFixed(0)} MB of undo history`,
    );

    const size = ctx.smoke ? 'smoke' : `${rows / 1000}k`;
    const results: BenchResult[] = [
      { name: `accounts export size (${size})`, value: megabytes, unit: 'MB' },
      { name: `accounts raw Papa Parse (${size})`, value: parseMs, unit: 'ms' },
      { name: `accounts plain Dexie bulkPut (${size})`, value: bulkPutMs, unit: 'ms' },
      {
        name: `accounts bulk edit of one field on every row, durable (${size})`,
        value: bulk.edit,
        unit: 'ms',
        baseline: { name: 'plain Dexie bulkPut', value: bulkPutMs, unit: 'ms' },
        target: '≤ 1000 and ≤ 0.15× bulkPut',
        pass: bulk.edit <= 1000 && bulk.edit <= 0.15 * bulkPutMs,
        note: `${(bulk.edit / bulkPutMs).toFixed(3)}× plain bulkPut; the tier and updatedAt, as the bulk edit bar writes them`,
      },
      {
        name: `accounts undo of that bulk edit (${size})`,
        value: bulk.undo,
        unit: 'ms',
        baseline: { name: 'plain Dexie bulkPut', value: bulkPutMs, unit: 'ms' },
        target: '≤ 1000',
        pass: bulk.undo <= 1000,
      },
      {
        name: `accounts redo of that bulk edit (${size})`,
        value: bulk.redo,
        unit: 'ms',
        baseline: { name: 'plain Dexie bulkPut', value: bulkPutMs, unit: 'ms' },
        target: '≤ 1000',
        pass: bulk.redo <= 1000,
      },
      {
        name: `accounts inline edit, Enter to the painted cell (${size})`,
        value: inlineScreen,
        unit: 'ms',
        target: '≤ 50',
        pass: inlineScreen <= 50,
        note: `the slowest of three: ${inline.map((t) => t.screen.toFixed(0)).join(', ')} ms`,
      },
      {
        name: `accounts inline edit, Enter to durable (${size})`,
        value: inlineDurable,
        unit: 'ms',
        target: '≤ 200',
        pass: inlineDurable <= 200,
        note: `the slowest of three: ${inline.map((t) => t.durable.toFixed(0)).join(', ')} ms`,
      },
      {
        name: `accounts renderer JS heap with the list open (${size})`,
        value: openHeap,
        unit: 'MB',
        note: 'after a garbage collection, the accounts section showing every row',
      },
      {
        name: `accounts undo history of ten bulk edits of every row (${size})`,
        value: historyHeap,
        unit: 'MB',
        target: '< 200',
        pass: historyHeap < 200,
        note: `JS heap growth after ten one-field bulk edits (${(tenMs / 10).toFixed(0)} ms each), after a garbage collection`,
      },
      {
        name: `accounts import: parse, normalize, dedupe, commit (${size})`,
        value: imported.ms,
        unit: 'ms',
        baseline: { name: 'Papa Parse + plain bulkPut', value: baseline, unit: 'ms' },
        note: phases,
      },
      {
        name: `accounts import ÷ (parse + bulkPut) (${size})`,
        value: ratio,
        unit: 'ratio',
        target: '≤ 0.6',
        pass: ratio <= 0.6,
      },
      {
        name: `accounts longest main-thread task during import (${size})`,
        value: longest,
        unit: 'ms',
        target: '≤ 50',
        pass: longest <= 50,
        note:
          imported.longTasks.length === 0
            ? 'no long task (50 ms or more) at all: the Worker parses, dedupes and writes'
            : `${overLimit} of ${imported.longTasks.length} long tasks over 50 ms`,
      },
      {
        // After the import, not during it: the list reads the 100,000 new rows back from the
        // store in short pages, but a garbage collection of the replaced list can land in
        // one of those tasks, so this varies from run to run (61–136 ms seen at 100k).
        name: `accounts longest main-thread task while the grid takes in the imported rows (${size})`,
        value: gridLongest,
        unit: 'ms',
        target: '≤ 50',
        pass: gridLongest <= 50,
        note: `the list showed every imported row ${imported.gridMs.toFixed(0)} ms after the commit`,
      },
      {
        name: `accounts open list to first grid rows (${size})`,
        value: switchMs,
        unit: 'ms',
        target: '≤ 300',
        pass: switchMs <= 300,
        note: 'from another section to the first rendered grid rows',
      },
      {
        name: `accounts page load to first grid rows (${size})`,
        value: openMs,
        unit: 'ms',
        target: '≤ 1000',
        pass: openMs <= 1000,
        note: 'a cold page load, including the app bundle',
      },
      {
        name: `accounts sort by revenue (${size})`,
        value: sortMs,
        unit: 'ms',
        target: '≤ 200',
        pass: sortMs <= 200,
        note: `a header click to the painted sorted rows, the slower of ascending (${sorts[0]?.frame.toFixed(0)} ms) and descending (${sorts[1]?.frame.toFixed(0)} ms); ${sort.sync.toFixed(0)} ms of it synchronous`,
      },
    ];
    if (onScreen) results.push(...onScreenRows(onScreen, bulk.rows, size));
    return results;
  } finally {
    await close();
  }
};

export default accountsBench;
