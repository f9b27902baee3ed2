/**
 * Person pressure at scale (issue 18): the conflicts benchmark's plan — 100,000 accounts and
 * 1,000 motions — with 500,000 people, five an account, in six personas with opt-outs, and a
 * fifth of the motions limited to personas. Measures the full detection with every rule and
 * person pressure (target ≤ 2 s) against the same detection without people (same run), and
 * the incremental update after one motion moves with the people in place.
 */
import { loadavg } from 'node:os';
import { detectConflicts, listGroups, resolveAudiences } from '../../shared/conflicts';
import type { ConflictIndex, ConflictPerson, ConflictPlan } from '../../shared/conflicts';
import { addDays } from '../../shared/dates/calendarDate';
import {
  SYNTHETIC_SETTINGS,
  seededRandom,
  syntheticAccounts,
  syntheticBlackouts,
  syntheticMotions,
} from '../unit/conflicts/syntheticPlan';
import type { BenchModule, BenchResult } from './types';

const PERSONAS = [
  'Marketing leader',
  'Marketer',
  'Sales leader',
  'Technology leader',
  'Executive',
  '',
];

function syntheticPeople(accountCount: number, perAccount: number, seed = 5): ConflictPerson[] {
  const rnd = seededRandom(seed);
  const out: ConflictPerson[] = [];
  for (let a = 0; a < accountCount; a++) {
    for (let k = 0; k < perAccount; k++) {
      out.push({
        id: `per-${a}-${k}`,
        name: `Person ${a}.${k}`,
        account: a,
        persona: PERSONAS[Math.floor(rnd() * PERSONAS.length)]!,
        emailOptOut: rnd() < 0.1,
        doNotCall: rnd() < 0.05,
        hasEmail: rnd() > 0.03,
      });
    }
  }
  return out;
}

function timed<T>(run: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const bench: BenchModule = async (ctx) => {
  const [accountCount, motionCount] = ctx.smoke ? [2_000, 40] : [100_000, 1_000];
  const load = `load average ${loadavg()[0]?.toFixed(1)} on this machine`;
  const accounts = syntheticAccounts(accountCount);
  const rnd = seededRandom(7);
  const motions = syntheticMotions(motionCount, accountCount).map((m) =>
    rnd() < 0.2
      ? { ...m, audience: { ...m.audience, personas: [PERSONAS[Math.floor(rnd() * 5)]!] } }
      : m,
  );
  const people = syntheticPeople(accountCount, 5);
  const plan: ConflictPlan = {
    accounts,
    motions,
    audiences: resolveAudiences(accounts, motions),
    blackouts: syntheticBlackouts(accountCount),
    settings: SYNTHETIC_SETTINGS,
  };
  const withPeople: ConflictPlan = { ...plan, people };
  ctx.log(`${accountCount} accounts, ${motionCount} motions, ${people.length} people`);

  const runs = ctx.smoke ? 1 : 3;
  const without: number[] = [];
  const withTimes: number[] = [];
  let index: ConflictIndex | null = null;
  for (let r = 0; r < runs; r++) {
    without.push(timed(() => detectConflicts(plan)).ms);
    index = null;
    const run = timed(() => detectConflicts(withPeople));
    withTimes.push(run.ms);
    index = run.value;
  }
  const detected = index as ConflictIndex;
  const groups = listGroups(detected, null, false);
  const personConflicts = groups
    .filter((g) => g.rule === 'person-pressure')
    .reduce((n, g) => n + g.accountCount, 0);
  const full = median(withTimes);
  const base = median(without);
  ctx.log(
    `with people ${full.toFixed(0)} ms, without ${base.toFixed(0)} ms; ${personConflicts} person-pressure conflicts`,
  );

  const moves = seededRandom(9);
  const steps: number[] = [];
  for (let k = 0; k < (ctx.smoke ? 5 : 25); k++) {
    const at = Math.floor(moves() * motions.length);
    const m = motions[at]!;
    const moved = { ...m, start: addDays(m.start, 7), end: addDays(m.end, 7) };
    steps.push(timed(() => detected.updateMotion(m.id, moved, withPeople.audiences[at]!)).ms);
  }
  const incremental = median(steps);

  const results: BenchResult[] = [
    {
      name: `full detection with person pressure, ${accountCount} accounts × ${motionCount} motions × ${people.length} people`,
      value: full,
      unit: 'ms',
      target: '≤ 2000',
      pass: full <= 2000,
      baseline: { name: 'the same detection without people', value: base, unit: 'ms' },
      note: `${personConflicts} person-pressure conflicts; ${detected.sweptClasses} classes of identical accounts swept; median of ${runs}; ${load}`,
    },
    {
      name: 'incremental update after one motion moves, with people',
      value: incremental,
      unit: 'ms',
      target: '≤ 50',
      pass: incremental <= 50,
      baseline: { name: 'full detection with people', value: full, unit: 'ms' },
      note: `median of ${steps.length} motions (slowest ${Math.max(...steps).toFixed(0)} ms)`,
    },
  ];
  return results;
};

export default bench;
