import { describe, expect, it } from 'vitest';
import {
  addTotals,
  applyFilters,
  filterGroups,
  joinLists,
  NO_FILTERS,
  noTotals,
  shownRows,
  sortList,
} from '../../../renderer/src/features/conflicts/conflictFilters';
import type { GroupSummary } from '../../../renderer/src/features/conflicts/conflictsProtocol';
import type { Motion } from '../../../shared/domain/types';

function group(id: string, fields: Partial<GroupSummary>): GroupSummary {
  return {
    id,
    ref: [0, 0, 1],
    rule: 'cross-team',
    severity: 'block',
    motionIds: ['nurture', 'outbound'],
    blackoutId: null,
    week: null,
    title: id,
    accountCount: 10,
    byTier: [0, 2, 3, 5],
    window: { first: '2027-02-01', last: '2027-02-07' },
    ...fields,
  };
}

const motions = new Map([
  ['nurture', { id: 'nurture', team: 'Marketing Ops' } as Motion],
  ['outbound', { id: 'outbound', team: 'Sales' } as Motion],
  ['ads', { id: 'ads', team: 'Marketing' } as Motion],
]);

describe('filtering the grouped list', () => {
  const groups = [
    group('pair', {}),
    group('clash', {
      rule: 'messaging-clash',
      severity: 'info',
      accountCount: 50,
      byTier: [50, 0, 0, 0],
    }),
    group('ads', {
      rule: 'primary-owner',
      motionIds: ['ads'],
      accountCount: 4,
      byTier: [0, 4, 0, 0],
    }),
  ];

  it('lists blocks first, then the most accounts', () => {
    expect(applyFilters(groups, NO_FILTERS, motions, new Set()).map((g) => g.id)).toEqual([
      'pair',
      'ads',
      'clash',
    ]);
  });

  it('recounts each group for the chosen tier and drops groups with none there', () => {
    const shown = applyFilters(groups, { ...NO_FILTERS, tier: '1' }, motions, new Set());
    expect(shown.map((g) => [g.id, g.shownCount])).toEqual([
      ['ads', 4],
      ['pair', 2],
    ]);
  });

  it('filters by team through the motions, and by motion', () => {
    expect(
      applyFilters(groups, { ...NO_FILTERS, team: 'Sales' }, motions, new Set()).map((g) => g.id),
    ).toEqual(['pair', 'clash']);
    expect(
      applyFilters(groups, { ...NO_FILTERS, motionId: 'ads' }, motions, new Set()).map((g) => g.id),
    ).toEqual(['ads']);
  });

  it('hides accepted groups unless asked, and marks them', () => {
    expect(
      applyFilters(groups, NO_FILTERS, motions, new Set(['pair'])).map((g) => g.id),
    ).not.toContain('pair');
    const all = applyFilters(
      groups,
      { ...NO_FILTERS, showAccepted: true },
      motions,
      new Set(['pair']),
    );
    expect(all.find((g) => g.id === 'pair')?.accepted).toBe(true);
  });

  it('totals the shown counts by severity and rule, without accepted groups, alike in slices', () => {
    const accepted = new Set(['ads']);
    const shown = filterGroups(groups, { ...NO_FILTERS, showAccepted: true }, motions, accepted);
    const whole = addTotals(noTotals(), shown);
    expect(whole).toEqual({
      bySeverity: { block: 10, info: 50 },
      byRule: { 'cross-team': 10, 'messaging-clash': 50 },
    });
    const sliced = noTotals();
    for (let i = 0; i < shown.groups.length; i++) addTotals(sliced, shown, i, i + 1);
    expect(sliced).toEqual(whole);
  });

  it('lists the groups themselves, unfiltered, and rows only for what is asked', () => {
    const ordered = applyFilters(groups, NO_FILTERS, motions, new Set()).map((g) =>
      groups.find((x) => x.id === g.id)!,
    );
    const list = filterGroups(ordered, NO_FILTERS, motions, new Set(), true);
    expect(list.groups).toBe(ordered);
    expect(shownRows(list, 1, 2)).toEqual([{ ...ordered[1], shownCount: 4, accepted: false }]);
    expect(shownRows(list, 0, 99)).toEqual(applyFilters(groups, NO_FILTERS, motions, new Set()));
  });

  it('filters in slices, joined and sorted, as in one go (tier filter included)', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      group(`g${i}`, {
        severity: (['block', 'warn', 'info'] as const)[i % 3],
        accountCount: (i * 7) % 13,
        byTier: [0, (i * 5) % 4, (i * 3) % 5, 0],
        title: `t${i % 9}`,
      }),
    );
    for (const filters of [NO_FILTERS, { ...NO_FILTERS, tier: '2' as const }]) {
      const accepted = new Set(['g3', 'g8']);
      const parts = [0, 10, 20, 30].map((i) =>
        filterGroups(many.slice(i, i + 10), filters, motions, accepted),
      );
      const joined = sortList(joinLists(parts, accepted));
      const once = filterGroups(many, filters, motions, accepted);
      expect(shownRows(joined, 0, 99)).toEqual(shownRows(once, 0, 99));
      expect(shownRows(once, 0, 99)).toEqual(applyFilters(many, filters, motions, accepted));
    }
  });
});
