/**
 * Runs one planner proposal on a generated plan of the size given on the command line (or on
 * the sample workspace with `sample`), for profiling:
 * `node --cpu-prof build/scripts/run-ts.mjs test/bench/planner/profilePlan.ts 20000 200`.
 * Prints the phases' wall and CPU times (from the progress reports: on a loaded machine the
 * CPU time is the steadier number), the longest stretch without a report, the counts, peak
 * memory and a hash of the proposal (a speed-up must leave it unchanged).
 */
import { createHash } from 'node:crypto';
import { proposePlan, type PlannerInput } from '../../../shared/planner';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import {
  SYNTHETIC_SETTINGS,
  syntheticAccounts,
  syntheticBlackouts,
  syntheticMotions,
} from '../../unit/conflicts/syntheticPlan';

function inputOf(args: string[]): { label: string; input: PlannerInput } {
  if (args[0] === 'sample') {
    const sample = buildSampleWorkspace('2027-01-10');
    return { label: 'sample', input: { ...sample, acceptances: sample.conflictAcceptances } };
  }
  const [accountCount, motionCount] = args.map(Number) as [number, number];
  return {
    label: `${accountCount} × ${motionCount}`,
    input: {
      accounts: syntheticAccounts(accountCount),
      motions: syntheticMotions(motionCount, accountCount),
      blackouts: syntheticBlackouts(accountCount),
      settings: SYNTHETIC_SETTINGS,
    },
  };
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const { label, input } = inputOf(process.argv.slice(2));
const t0 = performance.now();
const c0 = cpuMs();
const phases = new Map<string, { wall: number; cpu: number }>();
/** CPU time spent in each phase: from each report to the next, counted to the earlier one's. */
const phaseCpu = new Map<string, number>();
let phaseNow = 'start';
let peak = 0;
let sampledAt = 0;
let lastReport = t0;
let lastCpu = c0;
let longest = 0;
let longestCpu = { ms: 0, phase: '' };
let lastAt = 'start';
const proposal = proposePlan(
  input,
  {},
  {
    onProgress: (p) => {
      const now = performance.now();
      const cpuNow = cpuMs();
      longest = Math.max(longest, now - lastReport);
      const at = `${p.phase} ${p.done}/${p.total}`;
      if (cpuNow - lastCpu > longestCpu.ms)
        longestCpu = { ms: cpuNow - lastCpu, phase: `${lastAt} → ${at}` };
      lastAt = at;
      phaseCpu.set(phaseNow, (phaseCpu.get(phaseNow) ?? 0) + cpuNow - lastCpu);
      phaseNow = p.phase;
      lastReport = now;
      lastCpu = cpuNow;
      // memoryUsage() costs about a millisecond: sampled every 50 ms, not at every report.
      if (now - sampledAt > 50) {
        sampledAt = now;
        peak = Math.max(peak, process.memoryUsage().rss);
      }
      if (!phases.has(p.phase)) phases.set(p.phase, { wall: now - t0, cpu: cpuMs() - c0 });
    },
  },
);
const ms = performance.now() - t0;
const cpu = cpuMs() - c0;
const hash = createHash('sha256').update(JSON.stringify(proposal)).digest('hex').slice(0, 16);
const starts = [...phases].map(([k, v]) => `${k} ${v.wall.toFixed(0)}/${v.cpu.toFixed(0)}`);
const spent = [...phaseCpu].map(([k, v]) => `${k} ${v.toFixed(0)}`);
console.log(
  `${label}: ${ms.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU; phases start at (wall/CPU ms) ${starts.join(', ')}; CPU ms by phase ${spent.join(', ')}; longest stretch without a report ${longest.toFixed(0)} ms wall, ${longestCpu.ms.toFixed(0)} ms CPU (${longestCpu.phase}); blocks ${proposal.before.bySeverity.block} → ${proposal.after.bySeverity.block}, warns ${proposal.before.bySeverity.warn} → ${proposal.after.bySeverity.warn}, ${proposal.changes.length} changes; peak RSS ${(peak / 2 ** 20).toFixed(0)} MB; proposal hash ${hash}`,
);
