import { describe, expect, it } from 'vitest';
import {
  addTotals,
  applyFilters,
  NO_FILTERS,
  noTotals,
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
    const shown = applyFilters(
      groups,
      { ...NO_FILTERS, showAccepted: true },
      motions,
      new Set(['ads']),
    );
    const whole = addTotals(noTotals(), shown);
    expect(whole).toEqual({
      bySeverity: { block: 10, info: 50 },
      byRule: { 'cross-team': 10, 'messaging-clash': 50 },
    });
    const sliced = noTotals();
    for (const g of shown) addTotals(sliced, [g]);
    expect(sliced).toEqual(whole);
  });
});
