/** Dates as a slide says them: "Feb 3", "Feb 1 – Apr 30, 2027", "February 2027". */
import type { DateRange } from '../dates/fiscal';
import type { IsoDate } from '../domain/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const partsOf = (d: IsoDate) => ({
  year: Number(d.slice(0, 4)),
  month: Number(d.slice(5, 7)),
  day: Number(d.slice(8, 10)),
});

export function dayText(d: IsoDate): string {
  const { month, day } = partsOf(d);
  return `${MONTHS[month - 1] ?? '?'} ${day}`;
}

export function rangeText(r: DateRange): string {
  const a = partsOf(r.start);
  const b = partsOf(r.end);
  return a.year === b.year
    ? `${dayText(r.start)} – ${dayText(r.end)}, ${b.year}`
    : `${dayText(r.start)}, ${a.year} – ${dayText(r.end)}, ${b.year}`;
}

export function monthText(d: IsoDate): string {
  const { year, month } = partsOf(d);
  return `${LONG_MONTHS[month - 1] ?? '?'} ${year}`;
}

export function shortMonthText(d: IsoDate): string {
  return MONTHS[partsOf(d).month - 1] ?? '?';
}
