// A Sales Ops manager sets the fiscal year start month; every quarter label and range follows.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMonths,
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearRange,
  isoWeekNumber,
  monthsInRange,
  parseQuarterLabel,
  shiftFiscalQuarter,
  weekOf,
  weeksInRange,
} from '../../../shared/dates/fiscal';
import {
  addDays,
  fromDayNumber,
  toDayNumber,
  weekdayOfDay,
} from '../../../shared/dates/calendarDate';

const dayArb = fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2100-12-31') });
const startMonthArb = fc.integer({ min: 1, max: 12 });

describe('fiscal quarters', () => {
  it('with a January start, fiscal quarters are calendar quarters named for the same year', () => {
    expect(fiscalQuarterOf('2027-02-03', 1)).toEqual({
      fiscalYear: 2027,
      quarter: 1,
      start: '2027-01-01',
      end: '2027-03-31',
      label: 'FY2027 Q1',
    });
    expect(fiscalQuarterOf('2027-12-31', 1).label).toBe('FY2027 Q4');
  });

  it('names the fiscal year for the calendar year in which it ends', () => {
    // February start: Feb 2026 – Jan 2027 is FY2027.
    expect(fiscalQuarterOf('2026-02-01', 2)).toMatchObject({
      label: 'FY2027 Q1',
      start: '2026-02-01',
      end: '2026-04-30',
    });
    expect(fiscalQuarterOf('2027-01-31', 2)).toMatchObject({
      label: 'FY2027 Q4',
      start: '2026-11-01',
      end: '2027-01-31',
    });
    // July start: Jul 2026 – Jun 2027 is FY2027; October start: Oct 2026 – Sep 2027 is FY2027.
    expect(fiscalQuarterOf('2026-07-15', 7).label).toBe('FY2027 Q1');
    expect(fiscalQuarterOf('2026-06-30', 7).label).toBe('FY2026 Q4');
    expect(fiscalQuarterOf('2026-10-01', 10).label).toBe('FY2027 Q1');
    expect(fiscalQuarterOf('2027-09-30', 10).label).toBe('FY2027 Q4');
    // December start: Dec 2026 – Nov 2027 is FY2027.
    expect(fiscalQuarterOf('2026-12-01', 12)).toMatchObject({
      label: 'FY2027 Q1',
      end: '2027-02-28',
    });
  });

  it('includes a leap day in the quarter that holds February', () => {
    expect(fiscalQuarterOf('2028-02-29', 12)).toMatchObject({
      start: '2027-12-01',
      end: '2028-02-29',
    });
  });

  it('rejects a start month outside 1–12', () => {
    expect(() => fiscalQuarterOf('2027-01-01', 0)).toThrow(/1–12/);
    expect(() => fiscalQuarterOf('2027-01-01', 13)).toThrow(/1–12/);
  });

  it('for every start month, the quarter holds the day and spans three whole months', () => {
    fc.assert(
      fc.property(dayArb, startMonthArb, (day, startMonth) => {
        const date = fromDayNumber(day);
        const q = fiscalQuarterOf(date, startMonth);
        expect(q.start <= date && date <= q.end).toBe(true);
        expect(q.start.slice(8)).toBe('01');
        expect(addDays(q.end, 1).slice(8)).toBe('01');
        const months = monthsInRange(q);
        expect(months).toHaveLength(3);
        // Q1 starts in the start month.
        if (q.quarter === 1) expect(Number(q.start.slice(5, 7))).toBe(startMonth);
        // The fiscal year ends in the calendar year it is named for.
        expect(Number(fiscalYearRange(date, startMonth).end.slice(0, 4))).toBe(q.fiscalYear);
      }),
    );
  });

  it('quarters tile time: the day after a quarter ends starts the next one', () => {
    fc.assert(
      fc.property(dayArb, startMonthArb, (day, startMonth) => {
        const q = fiscalQuarterOf(fromDayNumber(day), startMonth);
        const next = fiscalQuarterOf(addDays(q.end, 1), startMonth);
        expect(next.start).toBe(addDays(q.end, 1));
        expect(next.quarter).toBe(q.quarter === 4 ? 1 : q.quarter + 1);
        expect(next.fiscalYear).toBe(q.quarter === 4 ? q.fiscalYear + 1 : q.fiscalYear);
        expect(shiftFiscalQuarter(fromDayNumber(day), startMonth, 1)).toEqual(next);
      }),
    );
  });

  it('a label round-trips: parse it, look up its range, and get the same quarter back', () => {
    fc.assert(
      fc.property(dayArb, startMonthArb, (day, startMonth) => {
        const q = fiscalQuarterOf(fromDayNumber(day), startMonth);
        const parsed = parseQuarterLabel(q.label);
        expect(parsed).not.toBeNull();
        expect(fiscalQuarterRange(parsed!.fiscalYear, parsed!.quarter, startMonth)).toEqual(q);
      }),
    );
  });

  it('parses loose quarter labels and rejects others', () => {
    expect(parseQuarterLabel(' fy2027 q3 ')).toEqual({ fiscalYear: 2027, quarter: 3 });
    expect(parseQuarterLabel('FY2027-Q2')).toEqual({ fiscalYear: 2027, quarter: 2 });
    expect(parseQuarterLabel('FY2027 Q5')).toBeNull();
    expect(parseQuarterLabel('2027 Q1')).toBeNull();
  });
});

describe('months and weeks', () => {
  it('adds months across year ends in both directions', () => {
    expect(addMonths(2026, 11, 3)).toEqual({ year: 2027, month: 2 });
    expect(addMonths(2027, 1, -1)).toEqual({ year: 2026, month: 12 });
    expect(addMonths(2027, 1, -25)).toEqual({ year: 2024, month: 12 });
  });

  it('weeks run Monday to Sunday and cover a range with no gap', () => {
    expect(weekOf('2027-02-03')).toEqual({ start: '2027-02-01', end: '2027-02-07' });
    expect(weekOf('2027-02-07')).toEqual({ start: '2027-02-01', end: '2027-02-07' });
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 400 }), (day, length) => {
        const range = { start: fromDayNumber(day), end: fromDayNumber(day + length) };
        const weeks = weeksInRange(range);
        expect(weeks[0]!.start <= range.start).toBe(true);
        expect(weeks.at(-1)!.end >= range.end).toBe(true);
        weeks.forEach((w, i) => {
          expect(weekdayOfDay(toDayNumber(w.start))).toBe(0);
          if (i > 0) expect(w.start).toBe(addDays(weeks[i - 1]!.end, 1));
        });
      }),
    );
  });

  it('numbers ISO weeks like the calendar on the wall', () => {
    expect(isoWeekNumber('2027-01-04')).toBe(1);
    expect(isoWeekNumber('2026-12-31')).toBe(53);
    expect(isoWeekNumber('2027-01-01')).toBe(53);
    expect(isoWeekNumber('2025-12-29')).toBe(1);
  });
});
