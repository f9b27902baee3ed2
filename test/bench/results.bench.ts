/**
 * Results benchmark (issue 16). The review's numbers (reviewQuarter and budgetRollup) over
 * 100,000 accounts, 1,000 motions and 50,000 opportunities, target ≤ 1 s; and the import
 * of a 50,000-row Salesforce opportunities report — read, mapped, dated, matched to the
 * 100,000 accounts and written with one bulkPut — against the baseline of raw Papa Parse
 * of the same text plus a plain bulkPut of the same rows, measured in the same run, target
 * ≤ 1.5×. Runs in Node on fake-indexeddb (the same store for both sides), not in Chromium.
 * Smoke mode: 1,000 accounts, 20 motions, 500 opportunities.
 */
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type DexieType from 'dexie';
import type * as PapaType from 'papaparse';
import { fiscalQuarterOf } from '../../shared/dates/fiscal';
import { budgetRollup } from '../../shared/results/budget';
import { importResults } from '../../shared/results/importOpportunities';
import { reviewQuarter } from '../../shared/results/reviewQuarter';
import { syntheticAccounts, syntheticMotions } from './data/syntheticPlan';
import { syntheticReport } from './data/syntheticResults';
import type { BenchModule, BenchResult } from './types';

const projectRequire = createRequire(join(process.cwd(), 'package.json'));

const QUARTER = fiscalQuarterOf('2027-01-15', 1);

/** Wall time and this process's CPU time (the machine is shared: CPU time is the work's cost). */
function time<T>(work: () => T): { ms: number; cpuMs: number; value: T } {
  const c0 = process.cpuUsage();
  const start = performance.now();
  const value = work();
  const cpu = process.cpuUsage(c0);
  return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, value };
}

async function timeAsync(work: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number }> {
  const c0 = process.cpuUsage();
  const start = performance.now();
  await work();
  const cpu = process.cpuUsage(c0);
  return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const resultsBench: BenchModule = async (ctx) => {
  // RESULTS_BENCH_SCALE (0–1) sizes a quick local run; the recorded results use 1.
  const scale = ctx.smoke ? 0.01 : Number(process.env.RESULTS_BENCH_SCALE ?? 1);
  const accountCount = Math.round(100_000 * scale);
  const motionCount = Math.max(20, Math.round(1000 * scale));
  const oppCount = Math.round(50_000 * scale);
  const accounts = syntheticAccounts(accountCount);
  const motions = syntheticMotions(motionCount, QUARTER.start, 2, accountCount);
  const text = syntheticReport(oppCount, accountCount, QUARTER.start);
  const options = { accounts, existing: [], now: '2027-04-01T00:00:00.000Z' };
  const results: BenchResult[] = [];

  // fake-indexeddb for both sides: the comparison is the pipeline's cost over a plain write.
  projectRequire('fake-indexeddb/auto');
  const Dexie = projectRequire('dexie') as typeof DexieType;
  const Papa = projectRequire('papaparse') as typeof PapaType;
  let run = 0;
  const freshTable = async () => {
    const db = new Dexie(`results-bench-${run++}`);
    db.version(1).stores({ opportunities: 'id' });
    await db.open();
    return db.table('opportunities');
  };

  const imported = time(() => importResults([{ name: 'report.csv', bytes: text }], options));
  if (!imported.value.ok || !imported.value.canImport)
    throw new Error('the synthetic report did not import');
  const preview = imported.value;
  const target = await freshTable();
  const importWrite = await timeAsync(() => target.bulkPut(preview.put));
  const importMs = imported.ms + importWrite.ms;
  const importCpu = imported.cpuMs + importWrite.cpuMs;

  const parsed = time(() => Papa.parse<string[]>(text, { header: false }).data);
  const plainRows = parsed.value.slice(1).map((cells) => ({ id: cells[0] ?? '', cells }));
  const plain = await freshTable();
  const plainWrite = await timeAsync(() => plain.bulkPut(plainRows));
  const baselineMs = parsed.ms + plainWrite.ms;
  const baselineCpu = parsed.cpuMs + plainWrite.cpuMs;
  const ratio = importMs / baselineMs;
  results.push({
    name: `results import ${oppCount.toLocaleString('en-US')} opportunities`,
    value: Math.round(importMs),
    unit: 'ms',
    note: `${preview.counts.unmatched} unmatched, over ${accountCount.toLocaleString('en-US')} accounts; CPU ${Math.round(importCpu)} ms (read, map and match ${Math.round(imported.cpuMs)}, bulkPut ${Math.round(importWrite.cpuMs)}); load average ${loadavg()[0]?.toFixed(1)}`,
  });
  results.push({
    name: 'results import vs Papa Parse + bulkPut',
    value: Number(ratio.toFixed(2)),
    unit: 'ratio',
    target: '≤ 1.5',
    pass: ratio <= 1.5,
    baseline: { name: 'raw Papa Parse + plain bulkPut', value: Math.round(baselineMs), unit: 'ms' },
    note: `by CPU time ${(importCpu / baselineCpu).toFixed(2)} (baseline CPU ${Math.round(baselineCpu)} ms: Papa Parse ${Math.round(parsed.cpuMs)}, bulkPut ${Math.round(plainWrite.cpuMs)})`,
  });

  const opportunities = preview.opportunities;
  // The first call warms the JIT; the median of the next three is what the review costs.
  const runs: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < (ctx.smoke ? 1 : 4); i++) {
    runs.push(
      time(() => {
        reviewQuarter({
          accounts,
          motions,
          opportunities,
          quarter: QUARTER,
          influenceWindowDays: 30,
          plannedTouchesPerTier: { tier1: 13, tier2: 6, tier3: 3 },
        });
        budgetRollup(motions, QUARTER, { marketing: 1e6, sales: 1e6 });
      }),
    );
  }
  const measured = runs.length > 1 ? runs.slice(1) : runs;
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const reviewMs = med(measured.map((r) => r.ms));
  const reviewCpu = med(measured.map((r) => r.cpuMs));
  results.push({
    name: `review numbers (${accountCount.toLocaleString('en-US')} accounts, ${motionCount} motions, ${oppCount.toLocaleString('en-US')} opportunities)`,
    value: Math.round(reviewMs),
    unit: 'ms',
    target: '≤ 1000',
    pass: reviewMs <= 1000,
    note: `median of ${measured.length} after a warm-up run (${Math.round(runs[0]?.ms ?? 0)} ms); CPU ${Math.round(reviewCpu)} ms; load average ${loadavg()[0]?.toFixed(1)}`,
  });
  ctx.log(results.map((r) => `${r.name}: ${r.value} ${r.unit}`).join('\n'));
  return results;
};

export default resultsBench;
