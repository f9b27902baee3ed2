// The planner zooms from a month to a fiscal year and filters the plan; both views read the same.
import { describe, expect, it } from 'vitest';
import { stepAnchor, viewRange } from '../../../renderer/src/features/calendar/viewRange';
import { matchesFilter, NO_FILTER } from '../../../renderer/src/features/calendar/calendarFilters';
import { newMotion } from '../../../shared/motions/motionDefaults';

describe('calendar zoom ranges', () => {
  it('shows the month, fiscal quarter, fiscal half or fiscal year around the anchor', () => {
    expect(viewRange('2027-02-10', 'month', 1)).toEqual({
      start: '2027-02-01',
      end: '2027-02-28',
      title: 'February 2027',
    });
    expect(viewRange('2027-02-10', 'quarter', 2)).toEqual({
      start: '2027-02-01',
      end: '2027-04-30',
      title: 'FY2028 Q1',
    });
    expect(viewRange('2027-02-10', 'half', 1)).toEqual({
      start: '2027-01-01',
      end: '2027-06-30',
      title: 'FY2027 H1',
    });
    expect(viewRange('2027-08-10', 'half', 1)).toMatchObject({
      start: '2027-07-01',
      end: '2027-12-31',
      title: 'FY2027 H2',
    });
    expect(viewRange('2027-02-10', 'year', 7)).toEqual({
      start: '2026-07-01',
      end: '2027-06-30',
      title: 'FY2027',
    });
  });

  it('steps by one zoom unit in either direction', () => {
    expect(stepAnchor('2027-01-31', 'month', 1, 1)).toBe('2027-02-01');
    expect(stepAnchor('2027-02-10', 'quarter', 1, -1)).toBe('2026-10-01');
    expect(stepAnchor('2027-02-10', 'half', 1, 1)).toBe('2027-07-01');
    expect(stepAnchor('2027-02-10', 'year', 4, 1)).toBe('2028-01-01');
  });
});

describe('calendar filters', () => {
  const m = newMotion('m', '2027-02-01', '2027-01-01T00:00:00Z', {
    name: 'Q1 Fintech Nurture',
    theme: 'Cost of delay',
    audience: { tiers: [1], segments: ['Fintech'], match: 'all', include: [], exclude: [] },
  });

  it('keeps a motion only when every chosen filter matches', () => {
    expect(matchesFilter(m, NO_FILTER)).toBe(true);
    expect(matchesFilter(m, { ...NO_FILTER, team: 'Marketing', channel: 'email', tier: 1 })).toBe(
      true,
    );
    expect(matchesFilter(m, { ...NO_FILTER, team: 'Sales' })).toBe(false);
    expect(matchesFilter(m, { ...NO_FILTER, tier: 2 })).toBe(false);
    expect(matchesFilter(m, { ...NO_FILTER, segment: 'fintech' })).toBe(true);
    expect(matchesFilter(m, { ...NO_FILTER, status: 'Completed' })).toBe(false);
    expect(matchesFilter(m, { ...NO_FILTER, text: 'cost OF' })).toBe(true);
    expect(matchesFilter(m, { ...NO_FILTER, text: 'webinar' })).toBe(false);
  });
});
