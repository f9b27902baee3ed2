// The planner's replay of a class (issue 15): an account identical to one planned before it
// takes the same steps with its sweeps deferred, then settles by the difference the steps made
// to the first account's records (ConflictIndex.settleAs) instead of being swept. The index
// must end as a fresh detection of the changed plan: conflicts, group counts, audiences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allConflicts,
  detectConflicts,
  listGroups,
  type ConflictIndex,
} from '../../../shared/conflicts';
import { recordDelta } from '../../../shared/conflicts/conflictIndex';
import type { ConflictPlan } from '../../../shared/conflicts/types';
import { lineOf } from './oracle';
import { planArb } from './randomPlan';

const lines = (index: ConflictIndex) => [...allConflicts(index)].map(lineOf).sort();
const counts = (index: ConflictIndex) =>
  listGroups(index, null, false)
    .map((g) => `${g.id}:${g.accountCount}`)
    .sort();

/** The plan with a copy of account 0 (same fields, same audiences) at the end. */
function withTwin(plan: ConflictPlan): ConflictPlan {
  const n = plan.accounts.length;
  const first = plan.accounts[0]!;
  return {
    ...plan,
    accounts: [...plan.accounts, { ...first, id: 'twin-of-0', name: 'Twin' }],
    audiences: plan.audiences.map((a) => (a.includes(0) ? Int32Array.from([...a, n]) : a)),
  };
}

describe('settleAs after a replay of the same steps', () => {
  it('leaves the index a fresh detection of the changed plan gives', () => {
    let checked = 0;
    fc.assert(
      fc.property(planArb, fc.array(fc.nat(), { maxLength: 6 }), (base, picks) => {
        const plan = withTwin(base);
        const index = detectConflicts(plan);
        const twin = plan.accounts.length - 1;
        // Only a true class (no person profile or blackout by id tells them apart).
        fc.pre(index.twinClass[twin] === 0);
        checked++;
        const before = index.recordsOf(0);
        const list = [...index.plan.lists[0]!];
        const left = [...new Set(picks.map((k) => list[k % Math.max(1, list.length)]!))].filter(
          (m) => m !== undefined,
        );
        for (const m of left) index.leaveMotion(0, m);
        index.deferSweeps(twin, before);
        for (const m of left) index.leaveMotion(twin, m);
        index.settleAs(0, recordDelta(before, index.recordsOf(0)));
        index.flushLeftOut();
        const audiences = plan.audiences.map((a, m) =>
          left.includes(m) ? a.filter((x) => x !== 0 && x !== twin) : a,
        );
        const expected = detectConflicts({ ...plan, audiences });
        expect(lines(index)).toEqual(lines(expected));
        expect(counts(index)).toEqual(counts(expected));
        expect(index.accountCounts[twin]).toBe(expected.accountCounts[twin]);
        expect([...(index.pressureWeeks[twin] ?? [])]).toEqual([
          ...(expected.pressureWeeks[twin] ?? []),
        ]);
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(50);
  });

  it('recordDelta lists what went and what came, repeats counted', () => {
    const was = Int32Array.from([0, 1, 2, 1, 5, 0, 4, 3, 0]);
    const now = Int32Array.from([0, 1, 2, 3, 3, 7, 1, 6, 0]);
    const delta = recordDelta(was, now);
    expect([...delta.removed]).toEqual([1, 5, 0, 4, 3, 0]);
    expect([...delta.added]).toEqual([3, 3, 7, 1, 6, 0]);
  });
});
