// The exclusion step's shortcut (issue 15): an account's conflicts after it leaves a motion,
// or takes a primary team with the other side's direct motions silenced, worked out from its
// conflicts before — the same hits, in the same order, as a fresh sweep of the account.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../shared/conflicts';
import { HitReader, type Hit, type HitList } from '../../../shared/planner/accountHits';
import { planArb } from '../conflicts/randomPlan';

const keys = (hits: readonly Hit[]) => hits.map((h) => h.key);
const listKeys = (list: HitList) => Array.from(list.key.subarray(0, list.length));

describe('conflicts after leaving motions', () => {
  it('equal a fresh read of the account', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('exclude', 'marketing', 'sales'),
        (plan, at, pick, move) => {
          const index = detectConflicts(plan);
          const p = index.plan;
          const i = at % plan.accounts.length;
          const list = [...(p.lists[i] ?? [])];
          const reader = new HitReader(new Set());
          const before = reader.readList(index, i);
          const beforeKeys = listKeys(before);
          expect(beforeKeys).toEqual(keys(reader.read(index, i)));
          let left: number[];
          if (move === 'exclude') {
            if (list.length === 0) return;
            left = [list[pick % list.length]!];
            index.leaveMotion(i, left[0]!);
          } else {
            const code = move === 'marketing' ? 0 : 1;
            left = list.filter((m) => p.mDirect[m] && p.mSide[m] !== code);
            for (const m of left) index.leaveMotion(i, m);
            index.updateAccount({ ...p.accounts[i]!, primaryTeam: move });
          }
          const { next, gone } = reader.afterLeaving(index, i, before, left, move !== 'exclude');
          expect(listKeys(next)).toEqual(keys(reader.read(index, i)));
          const kept = new Set(listKeys(next));
          const goneKeys = Array.from(gone.at.subarray(0, gone.length), (k) => beforeKeys[k]);
          expect(goneKeys).toEqual(beforeKeys.filter((k) => !kept.has(k)));
          // The same hits as objects as a fresh read gives (rule, severity, motions, blackout).
          expect(next.toHits()).toEqual(reader.read(index, i));
        },
      ),
      { numRuns: 400 },
    );
  });
});
