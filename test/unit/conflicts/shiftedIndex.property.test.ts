// The planner's reindex after its shifts (issue 15): the index before the shifts, moved in
// place (shiftedIndex), must be what a fresh detection of the shifted plan gives — the same
// conflicts, group slots in the same order, per-account counts, over-cap weeks and classes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allConflicts, detectConflicts, listGroups } from '../../../shared/conflicts';
import type { ConflictIndex } from '../../../shared/conflicts';
import { shiftedIndex } from '../../../shared/conflicts/shiftedIndex';
import type { ConflictMotion } from '../../../shared/conflicts/types';
import { addDays } from '../../../shared/dates/calendarDate';
import { shiftedAccountDates } from '../../../shared/motions/accountDates';
import { lineOf } from './oracle';
import { planArb } from './randomPlan';

const weeks = (w: (Int32Array | null)[]) => w.map((x) => (x ? [...x] : null));

function snapshot(index: ConflictIndex) {
  const p = index.plan;
  return {
    lines: [...allConflicts(index)].map(lineOf).sort(),
    groups: listGroups(index, null, false).map((g) => `${g.id}:${g.accountCount}`),
    counts: [...index.accountCounts],
    pressure: weeks(index.pressureWeeks),
    person: weeks(index.personWeeks),
    twins: [...index.twinClass],
    lists: p.lists.map((l) => [...l]),
    starts: [...p.mStart.subarray(0, p.motionCount)],
  };
}

describe('shiftedIndex', () => {
  it('equals a fresh detection of the plan with the motions moved', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -25, max: 25 })), { maxLength: 4 }),
        (plan, picks) => {
          const live = plan.motions.flatMap((m, k) => (m.status === 'Aborted' ? [] : [k]));
          const moved = new Map<number, ConflictMotion>();
          for (const [pick, days] of picks) {
            if (live.length === 0) break;
            const k = live[pick % live.length]!;
            const m = plan.motions[k]!;
            moved.set(k, {
              ...m,
              start: addDays(m.start, days),
              end: addDays(m.end, days),
              ...(m.accountDates && { accountDates: shiftedAccountDates(m.accountDates, days) }),
            });
          }
          const motions = plan.motions.map((m, k) => moved.get(k) ?? m);
          const expected = detectConflicts({ ...plan, motions });
          const index = shiftedIndex(detectConflicts(plan), moved);
          expect(snapshot(index)).toEqual(snapshot(expected));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses an index an update has changed', () => {
    const [plan] = fc.sample(planArb, { numRuns: 1, seed: 1 });
    const index = detectConflicts(plan!);
    index.updateAccount(plan!.accounts[0]!);
    expect(() => shiftedIndex(index, new Map())).toThrow();
  });
});
