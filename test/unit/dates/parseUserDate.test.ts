// Dates arrive typed by hand or from Salesforce exports; each one is read exactly or refused.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatDateRange,
  formatShortDate,
  formatUsDate,
  parseUserDate,
} from '../../../shared/dates/parseUserDate';
import { fromDayNumber, toDayNumber } from '../../../shared/dates/calendarDate';

describe('parseUserDate', () => {
  it('reads ISO dates as they are, and day/month dates in the order it is told', () => {
    expect(parseUserDate('2027-02-03')).toEqual({ ok: true, date: '2027-02-03' });
    expect(parseUserDate('2027-02-03T00:00:00Z')).toEqual({ ok: true, date: '2027-02-03' });
    expect(parseUserDate(' 2/3/2027 ', 'mdy')).toEqual({ ok: true, date: '2027-02-03' });
    expect(parseUserDate('03/02/2027', 'dmy')).toEqual({ ok: true, date: '2027-02-03' });
    expect(parseUserDate('03.02.2027', 'dmy')).toEqual({ ok: true, date: '2027-02-03' });
    expect(parseUserDate('12/31/2026', 'mdy')).toEqual({ ok: true, date: '2026-12-31' });
  });

  it('never guesses: 03/02/2027 without an order is refused, 13/02/2027 shows its own', () => {
    expect(parseUserDate('03/02/2027')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/day first or month first/),
    });
    expect(parseUserDate('13/02/2027')).toEqual({ ok: true, date: '2027-02-13' });
    expect(parseUserDate('02/13/2027')).toEqual({ ok: true, date: '2027-02-13' });
    // Same day either way: nothing to decide.
    expect(parseUserDate('5/5/2027')).toEqual({ ok: true, date: '2027-05-05' });
  });

  it('rejects impossible days with a reason that names the value', () => {
    const r = parseUserDate('2027-02-30');
    expect(r).toEqual({
      ok: false,
      reason: expect.stringMatching(/"2027-02-30".*February 2027 has 28 days/),
    });
    expect(parseUserDate('2/29/2027', 'mdy')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/28 days/),
    });
    expect(parseUserDate('2/29/2028', 'mdy')).toEqual({ ok: true, date: '2028-02-29' });
    expect(parseUserDate('13/1/2027', 'mdy')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/month 13/),
    });
    expect(parseUserDate('')).toMatchObject({ ok: false, reason: 'the date is empty' });
    expect(parseUserDate('46000')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/serial/),
    });
    expect(parseUserDate('next week')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a date/),
    });
  });

  it('round-trips every day through ISO and US forms', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') }),
        (day) => {
          const iso = fromDayNumber(day);
          expect(parseUserDate(iso)).toEqual({ ok: true, date: iso });
          expect(parseUserDate(formatUsDate(iso), 'mdy')).toEqual({ ok: true, date: iso });
        },
      ),
    );
  });

  it('never accepts a string that is not a real day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const r = parseUserDate(`${m}/${d}/${y}`, 'mdy');
          const real = m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
          expect(r.ok).toBe(real);
        },
      ),
    );
  });

  it('formats short labels without any locale', () => {
    expect(formatShortDate('2027-02-03')).toBe('Feb 3, 2027');
    expect(formatDateRange('2027-02-03', '2027-02-21')).toBe('Feb 3 – Feb 21, 2027');
    expect(formatDateRange('2026-12-28', '2027-01-04')).toBe('Dec 28, 2026 – Jan 4, 2027');
  });
});
