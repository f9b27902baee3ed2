/**
 * Runs one planner proposal on a generated plan of the size given on the command line, for
 * profiling: `node --cpu-prof build/scripts/run-ts.mjs test/bench/planner/profilePlan.ts 20000 200`.
 * Prints the phases' times (from the progress reports), the counts and peak memory.
 */
import { proposePlan, type PlannerInput } from '../../../shared/planner';
import {
  SYNTHETIC_SETTINGS,
  syntheticAccounts,
  syntheticBlackouts,
  syntheticMotions,
} from '../../unit/conflicts/syntheticPlan';

const [accountCount, motionCount] = process.argv.slice(2).map(Number) as [number, number];
const input: PlannerInput = {
  accounts: syntheticAccounts(accountCount),
  motions: syntheticMotions(motionCount, accountCount),
  blackouts: syntheticBlackouts(accountCount),
  settings: SYNTHETIC_SETTINGS,
};
const t0 = performance.now();
const phases = new Map<string, number>();
let peak = 0;
let sampledAt = 0;
const proposal = proposePlan(
  input,
  {},
  {
    onProgress: (p) => {
      // memoryUsage() costs about a millisecond: sampled every 50 ms, not at every report.
      const now = performance.now();
      if (now - sampledAt > 50) {
        sampledAt = now;
        peak = Math.max(peak, process.memoryUsage().rss);
      }
      if (!phases.has(p.phase)) phases.set(p.phase, performance.now() - t0);
    },
  },
);
const ms = performance.now() - t0;
console.log(
  `${accountCount} × ${motionCount}: ${ms.toFixed(0)} ms; phases start at ${[...phases].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}; blocks ${proposal.before.bySeverity.block} → ${proposal.after.bySeverity.block}, warns ${proposal.before.bySeverity.warn} → ${proposal.after.bySeverity.warn}, ${proposal.changes.length} changes; peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`,
);
