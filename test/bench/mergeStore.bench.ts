/**
 * The store's merge (issue 19), end to end as the app runs it, in headless Chromium on its own
 * IndexedDB, against the bench build (test/bench/app/mergeHook.ts): a 100,000-account,
 * 1,000-motion store that changed 10,000 accounts and 100 motions through commit(), and a
 * colleague's file (test/bench/data/mergeScenario.ts) that changed 10,000 other accounts
 * (1,000 of them also changed here, half in the same field: 500 conflicts) and 50 motions.
 *   - preview: from the picked file to the Merge dialog on screen, as the app does it (the
 *     platform reads the File, its bytes move to the merge Worker, which decodes, parses and
 *     checks them, reads the store and folds its change log, plans and summarizes; the dialog
 *     renders), each phase timed where it runs (previewPhases.ts); target ≤ 2 s;
 *   - merge: "theirs" for every conflict, written by the Worker as one transaction and
 *     recorded as the window's undo step; target ≤ 1.5 × a plain bulkPut of the colleague's
 *     changed rows into a plain table, in the same browser and run.
 * Smoke mode: 1,000 accounts, 200 motions.
 */
import { openBenchApp, openStartedPage } from './benchBrowser';
import type { BenchContext, BenchResult } from './types';
import type { PreviewTiming } from './app/mergeHook';

const phaseText = (p: PreviewTiming) =>
  p.phases.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(' + ');

const best = (values: number[]) => Math.min(...values);

/** The time a user spends in the file picker, for the "as a user picks" first preview. */
const PICK_MS = 1000;

export default async function mergeStoreBench(ctx: BenchContext): Promise<BenchResult[]> {
  const n = ctx.smoke ? 1_000 : 100_000;
  const motions = ctx.smoke ? 200 : 1_000;
  const runs = ctx.smoke ? 1 : 3;
  const { browser, base, close } = await openBenchApp(ctx);
  try {
    const page = await openStartedPage(browser, base, '#/accounts');
    await page.waitForFunction(() => window.__abmMergeBench !== undefined);
    const { megabytes } = await page.evaluate(
      ([a, m]) => window.__abmMergeBench!.seed(a!, m!),
      [n, motions],
    );
    ctx.log(`seeded ${n.toLocaleString()} accounts; their file is ${megabytes.toFixed(1)} MB`);

    // A new Worker's first preview, the file picked at once (the Worker starts as the merge
    // does); then another new Worker's, after PICK_MS in the file picker, as a user picks.
    const first = await page.evaluate(() => window.__abmMergeBench!.preview(0, true));
    ctx.log(`first preview, picked at once: ${first.ms.toFixed(0)} ms = ${phaseText(first)}`);
    const picked = await page.evaluate((ms) => window.__abmMergeBench!.preview(ms, true), PICK_MS);
    ctx.log(
      `first preview, ${PICK_MS} ms in the picker: ${picked.ms.toFixed(0)} ms = ${phaseText(picked)}`,
    );
    const warmUp = await page.evaluate(() => window.__abmMergeBench!.warmUp());
    ctx.log(`a new merge Worker starts and reads the store in ${warmUp.toFixed(0)} ms`);
    const previews: PreviewTiming[] = [];
    for (let i = 0; i < runs; i++) {
      const p = await page.evaluate(() => window.__abmMergeBench!.preview());
      ctx.log(`preview ${i + 1}: ${p.ms.toFixed(0)} ms = ${phaseText(p)}`);
      previews.push(p);
    }
    const preview = previews.reduce((a, b) => (b.ms < a.ms ? b : a));
    // The merge writes once (a second one would merge nothing); the baseline runs after it.
    const merged = await page.evaluate(() => window.__abmMergeBench!.merge());
    const puts: number[] = [];
    for (let i = 0; i < runs; i++) {
      puts.push(await page.evaluate(() => window.__abmMergeBench!.plainBulkPut()));
    }
    const putMs = best(puts);
    const ratio = merged.ms / putMs;
    const runsText = previews.map((v) => v.ms.toFixed(0)).join(' / ');
    ctx.log(
      `preview ${runsText} ms (${preview.conflicts} conflicts, ${preview.changed} records from theirs); merge ${merged.ms.toFixed(0)} ms (${merged.changed} rows written); plain bulkPut ${puts.map((v) => v.toFixed(0)).join(' / ')} ms; × ${ratio.toFixed(2)}`,
    );
    const size = ctx.smoke ? 'smoke' : '100k';
    return [
      {
        name: `store merge first preview ${size} in a new merge Worker (picked file → preview shown)`,
        value: Math.round(first.ms),
        unit: 'ms',
        target: '≤ 2000',
        pass: first.ms <= 2000,
        note: `Chromium IndexedDB; the first preview after the app starts (the Worker is new and reads the store), the file picked at once (no time in the picker for the Worker's read); its phases in ms: ${phaseText(first)}`,
      },
      {
        name: `store merge first preview ${size} in a new merge Worker, ${PICK_MS / 1000} s in the file picker (picked file → preview shown)`,
        value: Math.round(picked.ms),
        unit: 'ms',
        target: '≤ 2000',
        pass: picked.ms <= 2000,
        note: `Chromium IndexedDB; as the first, with the user ${PICK_MS} ms in the file picker while the new Worker reads the store (it starts as the merge does; alone, a new Worker started and read the store in ${Math.round(warmUp)} ms); its phases in ms: ${phaseText(picked)}`,
      },
      {
        name: `store merge preview ${size} (picked file → preview shown; check, store read and plan in the merge Worker)`,
        value: Math.round(preview.ms),
        unit: 'ms',
        target: '≤ 2000',
        pass: preview.ms <= 2000,
        note: `Chromium IndexedDB; best of ${runs} after the first previews (${runsText} ms); its phases in ms: ${phaseText(preview)}; ${preview.conflicts} conflicts`,
      },
      {
        name: `store merge write ${size} vs plain bulkPut of the changed rows`,
        value: Math.round(ratio * 100) / 100,
        unit: 'x',
        target: '≤ 1.5',
        pass: ratio <= 1.5,
        baseline: {
          name: 'plain bulkPut of the changed rows (same browser)',
          value: Math.round(putMs),
          unit: 'ms',
        },
        note: `merge ${Math.round(merged.ms)} ms: decisions, one transaction with the stamps (in the Worker), the window's undo step; Chromium IndexedDB`,
      },
    ];
  } finally {
    await close();
  }
}
