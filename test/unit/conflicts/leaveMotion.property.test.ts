// The planner's way of changing the index (issue 15): many accounts taken out of motions one
// at a time (leaveMotion) mixed with primary-team changes (updateAccount without memberOf),
// with the motions' audience arrays compacted once at the end (flushLeftOut), must give the
// index a fresh detection of the changed plan gives: conflicts, group counts and audiences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allConflicts,
  detectConflicts,
  listGroups,
  type ConflictIndex,
} from '../../../shared/conflicts';
import type { ConflictPlan } from '../../../shared/conflicts/types';
import { lineOf } from './oracle';
import { planArb } from './randomPlan';

const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('leave' as const), i: fc.nat(), m: fc.nat() }),
  fc.record({
    kind: fc.constant('primary' as const),
    i: fc.nat(),
    side: fc.constantFrom('marketing' as const, 'sales' as const, null),
  }),
);

const lines = (index: ConflictIndex) => [...allConflicts(index)].map(lineOf).sort();
const counts = (index: ConflictIndex) =>
  listGroups(index, null, false)
    .map((g) => `${g.id}:${g.accountCount}`)
    .sort();

describe('leaveMotion and primary changes between flushes', () => {
  it('give the index a fresh detection of the changed plan gives', () => {
    fc.assert(
      fc.property(planArb, fc.array(stepArb, { maxLength: 12 }), (plan, steps) => {
        const index = detectConflicts(plan);
        const accounts = [...plan.accounts];
        const audiences = plan.audiences.map((a) => new Set(a));
        for (const step of steps) {
          const i = step.i % accounts.length;
          if (step.kind === 'primary') {
            accounts[i] = { ...accounts[i]!, primaryTeam: step.side };
            index.updateAccount(accounts[i]);
            continue;
          }
          if (plan.motions.length === 0) continue;
          const m = step.m % plan.motions.length;
          if (!index.plan.lists[i]!.includes(m)) continue;
          audiences[m]!.delete(i);
          index.leaveMotion(i, m);
        }
        index.flushLeftOut();
        const fresh: ConflictPlan = {
          ...plan,
          accounts,
          audiences: audiences.map((s) => Int32Array.from([...s].sort((a, b) => a - b))),
        };
        const expected = detectConflicts(fresh);
        expect(lines(index)).toEqual(lines(expected));
        expect(counts(index)).toEqual(counts(expected));
        const live = (x: ConflictIndex) =>
          x.plan.audiences.map((a, m) => (x.plan.mLive[m] ? [...a].sort((p, q) => p - q) : []));
        expect(live(index)).toEqual(live(expected));
      }),
      { numRuns: 300 },
    );
  });
});
