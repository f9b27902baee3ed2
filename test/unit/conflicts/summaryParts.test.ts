// The detection summary sent in parts (summaryParts.ts): whatever its size, the window puts
// back the same groups (in the list's default order) and account counts, each part small; the
// list filtered slice by slice equals the list filtered at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFilters, NO_FILTERS } from '../../../renderer/src/features/conflicts/conflictFilters';
import type {
  ConflictSummary,
  GroupSummary,
  SummaryPart,
} from '../../../renderer/src/features/conflicts/conflictsProtocol';
import {
  ACCOUNTS_PER_PART,
  byDefaultOrder,
  GROUPS_PER_PART,
  inDefaultOrder,
  sendInParts,
  summaryCollector,
} from '../../../renderer/src/features/conflicts/summaryParts';
import { plainGroup } from '../../../renderer/src/features/conflicts/groupTable';

const SEVERITIES = ['block', 'warn', 'info'] as const;

function group(i: number, severity: GroupSummary['severity'], accountCount: number): GroupSummary {
  return {
    id: `g${i}`,
    ref: [0, i, i + 1],
    rule: 'cross-team',
    severity,
    motionIds: [`m${i}`],
    blackoutId: null,
    week: null,
    title: `Motion ${i % 7} ↔ Motion ${i}`,
    accountCount,
    byTier: [0, accountCount, 0, 0],
    window: { first: '2027-02-01', last: '2027-02-07' },
  };
}

const summaryOf = (groups: GroupSummary[], accounts: number): ConflictSummary => ({
  groups,
  motionCounts: [['m1', 3]],
  accountCounts: {
    ids: Array.from({ length: accounts }, (_, i) => `a${i}`),
    counts: Int32Array.from({ length: accounts }, (_, i) => i),
  },
  topAccounts: [],
  accountTotal: accounts,
});

describe('the detection summary in parts', () => {
  it('is put back whole and in the default order, no part bigger than its limit', () => {
    const groupsArb = fc.array(
      fc.tuple(fc.constantFrom(...SEVERITIES), fc.integer({ min: 1, max: 5 })),
      { maxLength: 5000 },
    );
    fc.assert(
      fc.property(groupsArb, fc.integer({ min: 0, max: 25_000 }), (specs, accounts) => {
        const groups = specs.map(([s, n], i) => group(i, s, n));
        const summary = summaryOf(groups, accounts);
        const parts: SummaryPart[] = [];
        const rest = sendInParts(summary, (p) => parts.push(structuredClone(p)));
        expect(rest.groups).toEqual([]);
        expect(rest.accountCounts.ids).toEqual([]);
        for (const p of parts)
          expect(p.ids.length).toBeLessThanOrEqual(
            p.kind === 'groups' ? GROUPS_PER_PART : ACCOUNTS_PER_PART,
          );
        const collector = summaryCollector();
        parts.forEach((p) => collector.add(p));
        const whole = collector.complete(rest);
        expect(whole.groups.map(plainGroup)).toEqual([...groups].sort(byDefaultOrder));
        expect(inDefaultOrder(whole.groups)).toBe(true);
        expect(whole.accountCounts).toEqual(summary.accountCounts);
        expect(whole.motionCounts).toEqual(summary.motionCounts);
        // The list needs no sort of its own, and is the list the unsorted groups give.
        const unsorted = applyFilters(groups, NO_FILTERS, new Map(), new Set());
        expect(applyFilters(whole.groups, NO_FILTERS, new Map(), new Set())).toEqual(unsorted);
        const tier = { ...NO_FILTERS, tier: '1' as const };
        expect(applyFilters(whole.groups, tier, new Map(), new Set())).toEqual(
          applyFilters(groups, tier, new Map(), new Set()),
        );
        expect(applyFilters(whole.groups, NO_FILTERS, new Map(), new Set(), true)).toEqual(
          unsorted,
        );
      }),
      { numRuns: 40 },
    );
  });

  it('filtered slice by slice equals filtered at once (tier filter: sorted again)', () => {
    const groups = Array.from({ length: 900 }, (_, i) =>
      group(i, SEVERITIES[i % 3]!, 1 + ((i * 7) % 13)),
    ).sort(byDefaultOrder);
    for (const filters of [NO_FILTERS, { ...NO_FILTERS, severity: 'warn' as const }]) {
      const slices = [0, 300, 600].map((i) =>
        applyFilters(groups.slice(i, i + 300), filters, new Map(), new Set()),
      );
      expect(slices.flat()).toEqual(applyFilters(groups, filters, new Map(), new Set()));
    }
  });
});
