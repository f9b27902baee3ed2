// A planner in Auckland and one in Honolulu must see the same days: no arithmetic reads the zone.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  fromDayNumber,
  localToday,
  toDayNumber,
  weekdayOfDay,
} from '../../../shared/dates/calendarDate';
import { fiscalQuarterOf, weeksInRange } from '../../../shared/dates/fiscal';
import { parseUserDate } from '../../../shared/dates/parseUserDate';

const ZONES = [
  'UTC',
  'Pacific/Auckland',
  'Pacific/Honolulu',
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kathmandu',
  'Pacific/Kiritimati',
];
const originalTz = process.env.TZ;

function sample(): string[] {
  const out: string[] = [];
  // Days around DST changes and year ends in several zones.
  for (const start of [
    '2026-03-07',
    '2026-03-27',
    '2026-10-24',
    '2026-11-01',
    '2026-12-30',
    '2028-02-27',
  ]) {
    for (let i = 0; i < 5; i++) {
      const d = addDays(start, i);
      out.push(
        [
          d,
          toDayNumber(d),
          weekdayOfDay(toDayNumber(d)),
          addDays(d, 1),
          addDays(d, -1),
          daysBetween(d, '2027-01-01'),
          fiscalQuarterOf(d, 4).label,
          weeksInRange({ start: d, end: addDays(d, 20) })
            .map((w) => w.start)
            .join(','),
          JSON.stringify(parseUserDate(d)),
        ].join('|'),
      );
    }
  }
  return out;
}

describe('no time-zone drift', () => {
  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('gives identical results for date arithmetic under every time zone', () => {
    process.env.TZ = 'UTC';
    const reference = sample();
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect(sample(), zone).toEqual(reference);
    }
  });

  it('the time zone really changes local time, yet day numbers stay put (property)', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const offsetA = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset();
    process.env.TZ = 'Pacific/Honolulu';
    const offsetB = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset();
    expect(offsetA).not.toBe(offsetB);
    fc.assert(
      fc.property(
        fc.integer({ min: -30000, max: 80000 }),
        fc.constantFrom(...ZONES),
        (day, zone) => {
          process.env.TZ = zone;
          expect(toDayNumber(fromDayNumber(day))).toBe(day);
        },
      ),
    );
  });

  it('reads "today" from the local calendar, the one place the zone matters', () => {
    const instant = new Date(Date.UTC(2027, 0, 1, 6, 0));
    process.env.TZ = 'Pacific/Auckland';
    expect(localToday(instant)).toBe('2027-01-01');
    process.env.TZ = 'Pacific/Honolulu';
    expect(localToday(instant)).toBe('2026-12-31');
  });
});
