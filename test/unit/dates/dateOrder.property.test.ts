// A London campaign export says 03/02/2027 for 3 February; a New York one means March 2.
// A column decides from its own values, never cell by cell, and never silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnDateEvidence,
  dateOrderQuestion,
  localeDateOrder,
  resolveColumnOrder,
  type DateOrder,
} from '../../../shared/dates/dateOrder';
import { parseUserDate } from '../../../shared/dates/parseUserDate';
import { daysInMonth } from '../../../shared/dates/calendarDate';

const day = fc
  .record({
    year: fc.integer({ min: 1990, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter((d) => d.day <= daysInMonth(d.year, d.month));
type Day = { year: number; month: number; day: number };

const pad = (n: number, zero: boolean) => (zero ? String(n).padStart(2, '0') : String(n));
function written(d: Day, order: DateOrder, zero: boolean, sep: string): string {
  const [a, b] = order === 'dmy' ? [d.day, d.month] : [d.month, d.day];
  return `${pad(a, zero)}${sep}${pad(b, zero)}${sep}${d.year}`;
}
const iso = (d: Day) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

const column = fc.record({
  days: fc.array(day, { minLength: 1, maxLength: 30 }),
  order: fc.constantFrom<DateOrder>('dmy', 'mdy'),
  zero: fc.boolean(),
  sep: fc.constantFrom('/', '.', '-'),
});

describe('the date order of a column', () => {
  it('is decided by the values when one shows it, and then every cell reads back exactly', () => {
    fc.assert(
      fc.property(column, ({ days, order, zero, sep }) => {
        const cells = days.map((d, i) => ({ row: i + 2, value: written(d, order, zero, sep) }));
        const evidence = columnDateEvidence(cells);
        const shows = days.some((d) => d.day > 12);
        const differs = days.some((d) => d.day !== d.month);
        if (shows) {
          expect(evidence).toMatchObject({ kind: 'decided', order });
          const first = days.findIndex((d) => d.day > 12);
          expect(evidence.kind === 'decided' && evidence.evidence.row).toBe(first + 2);
        } else if (differs) {
          expect(evidence.kind).toBe('ambiguous');
        } else {
          expect(evidence.kind).toBe('either');
        }
        // Whatever decided it (values, the person, the setting), one order reads the column.
        const resolved = resolveColumnOrder(evidence, order, undefined);
        expect(resolved.order).not.toBeNull();
        if (evidence.kind !== 'either') expect(resolved.order).toBe(order);
        for (const [i, d] of days.entries()) {
          expect(parseUserDate(cells[i]!.value, resolved.order)).toEqual({
            ok: true,
            date: iso(d),
          });
        }
      }),
    );
  });

  it('is never decided cell by cell: a column holding both orders is a conflict on the rows that disagree', () => {
    fc.assert(
      fc.property(
        fc.array(day, { maxLength: 10 }),
        day.filter((d) => d.day > 12),
        day.filter((d) => d.day > 12),
        fc.integer({ min: 0, max: 10 }),
        (others, dayFirst, monthFirst, at) => {
          const values = others.map((d) => written(d, 'dmy', true, '/'));
          values.splice(Math.min(at, values.length), 0, written(dayFirst, 'dmy', true, '/'));
          values.push(written(monthFirst, 'mdy', true, '/'));
          const cells = values.map((value, i) => ({ row: i + 2, value }));
          const evidence = columnDateEvidence(cells);
          expect(evidence.kind).toBe('conflict');
          if (evidence.kind !== 'conflict') return;
          expect(evidence.first.order).toBe('dmy');
          expect(evidence.conflicts.map((c) => c.row)).toContain(values.length + 1);
        },
      ),
    );
  });

  it('takes the person’s answer over the setting, and asks when there is neither', () => {
    const ambiguous = columnDateEvidence([{ row: 2, value: '03/02/2027' }]);
    expect(resolveColumnOrder(ambiguous, undefined, 'ask')).toEqual({
      order: null,
      decidedBy: null,
    });
    expect(resolveColumnOrder(ambiguous, undefined, 'dmy')).toEqual({
      order: 'dmy',
      decidedBy: 'setting',
    });
    expect(resolveColumnOrder(ambiguous, 'mdy', 'dmy')).toEqual({
      order: 'mdy',
      decidedBy: 'choice',
    });
    // The values outrank both.
    const shown = columnDateEvidence([
      { row: 2, value: '03/02/2027' },
      { row: 3, value: '13/02/2027' },
    ]);
    expect(resolveColumnOrder(shown, 'mdy', 'mdy')).toEqual({ order: 'dmy', decidedBy: 'values' });
    expect(dateOrderQuestion('03/02/2027')).toBe('03/02/2027: 3 February 2027 or March 2, 2027?');
  });

  it('ISO dates say nothing about the order and need no question', () => {
    expect(columnDateEvidence([{ row: 2, value: '2027-02-03' }]).kind).toBe('none');
  });

  it('offers the order of the system locale first', () => {
    expect(localeDateOrder('en-GB')).toBe('dmy');
    expect(localeDateOrder('de-DE')).toBe('dmy');
    expect(localeDateOrder('en-US')).toBe('mdy');
  });
});
