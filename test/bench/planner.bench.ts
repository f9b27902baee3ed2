/**
 * The auto-planner (issue 15) on the sample workspace and on a generated plan, against the
 * plain greedy baseline in the same run (test/bench/planner/greedyBaseline.ts): blocks
 * remaining, changes made, warns before → after, changed motions and accounts, share of
 * audience kept, time, and peak memory. The full size (100,000 accounts × 1,000
 * motions) is out of reach of this planner; the generated plan is a moderate one.
 */
import { resolveAudiences } from '../../shared/conflicts';
import { applyProposal, proposePlan, type PlannerInput } from '../../shared/planner';
import { buildSampleWorkspace } from '../../shared/sample/sampleWorkspace';
import {
  SYNTHETIC_SETTINGS,
  syntheticAccounts,
  syntheticBlackouts,
  syntheticMotions,
} from '../unit/conflicts/syntheticPlan';
import { greedyBaseline } from './planner/greedyBaseline';
import type { BenchModule, BenchResult } from './types';

let peakRss = 0;
let sampledAt = 0;
/** memoryUsage() costs about a millisecond: sampled at most every 50 ms. */
const sampleMemory = () => {
  const now = performance.now();
  if (now - sampledAt < 50) return;
  sampledAt = now;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function timed<T>(run: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
}

/** Share of the memberships the proposal keeps, and how many motions and accounts it touches. */
function quality(input: PlannerInput, proposal: ReturnType<typeof proposePlan>) {
  const applied = applyProposal(input, proposal);
  const before = resolveAudiences(input.accounts, input.motions);
  const after = resolveAudiences(applied.accounts, applied.motions);
  const sum = (xs: Int32Array[]) => xs.reduce((n, a) => n + a.length, 0);
  const touched = new Set<string>();
  for (const c of proposal.changes) {
    if (c.kind === 'exclude') for (const id of c.accountIds) touched.add(id);
    if (c.kind === 'primary') touched.add(c.accountId);
  }
  return {
    kept: sum(after) / Math.max(1, sum(before)),
    motions: applied.changedMotionIds.length,
    accounts: touched.size,
  };
}

function compare(name: string, input: PlannerInput, target: number | null): BenchResult[] {
  sampleMemory();
  const planned = timed(() => proposePlan(input, {}, { onProgress: sampleMemory }));
  sampleMemory();
  const greedy = timed(() => greedyBaseline(input));
  sampleMemory();
  const p = planned.value;
  const q = quality(input, p);
  const g = greedy.value;
  const note = `planner: blocks ${p.before.bySeverity.block} → ${p.after.bySeverity.block}, warns ${p.before.bySeverity.warn} → ${p.after.bySeverity.warn}, ${p.changes.length} changes on ${q.motions} motions and ${q.accounts} accounts, ${(q.kept * 100).toFixed(1)}% of memberships kept; greedy: blocks ${g.blocksBefore} → ${g.blocksAfter}, warns ${g.warnsBefore} → ${g.warnsAfter}, ${g.changes} resolutions, ${(g.kept * 100).toFixed(1)}% of memberships kept (no minimum audience)`;
  return [
    {
      name: `planner proposal, ${name}`,
      value: planned.ms,
      unit: 'ms',
      ...(target === null ? {} : { target: `≤ ${target}`, pass: planned.ms <= target }),
      baseline: { name: 'greedy, group by group', value: greedy.ms, unit: 'ms' },
      note,
    },
    {
      name: `blocks remaining, ${name}`,
      value: p.after.bySeverity.block,
      unit: 'count',
      baseline: { name: 'greedy, group by group', value: g.blocksAfter, unit: 'count' },
      note: `of ${p.before.bySeverity.block}; ${p.unresolved.length} unresolved groups explained`,
    },
    {
      name: `changes made, ${name}`,
      value: p.changes.length,
      unit: 'count',
      baseline: { name: 'greedy, group by group', value: g.changes, unit: 'count' },
      note: `planner warns ${p.before.bySeverity.warn} → ${p.after.bySeverity.warn}; greedy warns ${g.warnsBefore} → ${g.warnsAfter}`,
    },
  ];
}

const bench: BenchModule = async (ctx) => {
  const sample = buildSampleWorkspace('2027-01-10');
  const results = compare(
    'sample workspace',
    { ...sample, acceptances: sample.conflictAcceptances },
    ctx.smoke ? null : 1000,
  );
  const [accountCount, motionCount] = ctx.smoke ? [400, 10] : [10_000, 100];
  const accounts = syntheticAccounts(accountCount);
  const input: PlannerInput = {
    accounts,
    motions: syntheticMotions(motionCount, accountCount),
    blackouts: syntheticBlackouts(accountCount),
    settings: SYNTHETIC_SETTINGS,
  };
  ctx.log(`${accountCount} accounts × ${motionCount} motions`);
  results.push(...compare(`${accountCount} accounts × ${motionCount} motions`, input, null));
  results.push({
    name: 'planner and greedy, peak memory (RSS)',
    value: peakRss / (1024 * 1024),
    unit: 'MB',
    note: 'whole bench process, sampled at every planner progress report',
  });
  for (const r of results) ctx.log(`${r.name}: ${r.value.toFixed(0)} ${r.unit} — ${r.note ?? ''}`);
  return results;
};

export default bench;
