// The budget rollup: each motion's budget spread over its days, only the quarter's days
// counted, per team, channel and month, against each side's allocation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, inclusiveLength } from '../../../shared/dates/calendarDate';
import { sideOfTeam } from '../../../shared/domain/types';
import { budgetRollup } from '../../../shared/results/budget';
import { motionsArb } from './resultsArbitraries';

const Q = { start: '2027-01-01', end: '2027-03-31', label: 'FY2027 Q1' };
const motion = (patch: Partial<Parameters<typeof budgetRollup>[0][number]>) => ({
  id: 'm',
  name: 'M',
  team: 'Marketing' as const,
  channel: 'email' as const,
  start: '2027-01-01',
  end: '2027-01-31',
  status: 'Planned' as const,
  budget: 3100,
  ...patch,
});

describe('budget rollup', () => {
  it('a motion from March into April puts only March’s share in the quarter', () => {
    const r = budgetRollup(
      [motion({ start: '2027-03-22', end: '2027-04-10', budget: 2000 })],
      Q,
      null,
    );
    // 20 days, 10 of them in March.
    expect(r.byTeam.find((l) => l.key === 'Marketing')?.months).toEqual([0, 0, 1000]);
    expect(r.total).toBe(1000);
    expect(r.months.map((m) => m.label)).toEqual(['Jan 2027', 'Feb 2027', 'Mar 2027']);
  });

  it('warns when a side plans more than it was allocated, and not when it fits', () => {
    const r = budgetRollup(
      [
        motion({ budget: 120_000 }),
        motion({ id: 's', team: 'Sales Ops', channel: 'phone', budget: 10_000 }),
        motion({ id: 'x', status: 'Aborted', budget: 1_000_000 }),
        motion({ id: 'n', budget: null }),
      ],
      Q,
      { marketing: 100_000, sales: 50_000 },
    );
    expect(r.bySide).toEqual([
      {
        side: 'marketing',
        label: 'Marketing campaigns',
        planned: 120_000,
        allocated: 100_000,
        over: 20_000,
      },
      { side: 'sales', label: 'Sales enablement', planned: 10_000, allocated: 50_000, over: 0 },
    ]);
    expect(r.warnings).toEqual([
      'Marketing campaigns: 120,000 planned, 100,000 allocated — 20,000 over.',
    ]);
    expect(r.withoutBudget).toBe(1);
    expect(r.byChannel.map((l) => [l.key, l.total])).toEqual([
      ['email', 120_000],
      ['phone', 10_000],
    ]);
  });

  it('matches a day-by-day recomputation on random plans', () => {
    fc.assert(
      fc.property(motionsArb(3), (motions) => {
        const r = budgetRollup(motions, Q, { marketing: 0, sales: null });
        const live = motions.filter((m) => m.status !== 'Aborted' && m.budget !== null);
        let expected = 0;
        const perSide = { marketing: 0, sales: 0 };
        for (const m of live) {
          const perDay = (m.budget as number) / inclusiveLength(m.start, m.end);
          for (let d = m.start; d <= m.end; d = addDays(d, 1)) {
            if (d < Q.start || d > Q.end) continue;
            expected += perDay;
            perSide[sideOfTeam(m.team)] += perDay;
          }
        }
        expect(r.total).toBeCloseTo(expected, 6);
        expect(r.byChannel.reduce((s, l) => s + l.total, 0)).toBeCloseTo(expected, 6);
        for (const l of r.byTeam)
          expect(l.total).toBeCloseTo(
            l.months.reduce((s, v) => s + v, 0),
            6,
          );
        expect(r.bySide[0]?.planned).toBeCloseTo(perSide.marketing, 6);
        expect(r.bySide[1]?.allocated).toBeNull();
        expect(r.warnings.length).toBe(perSide.marketing > 0.005 ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });
});
