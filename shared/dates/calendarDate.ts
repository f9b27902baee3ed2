/**
 * Plain calendar days. A day is either an IsoDate string ('2027-02-03') or a day number
 * (days since 1970-01-01). All arithmetic is on day numbers computed with Date.UTC, so no
 * local time zone or daylight-saving change can shift a day.
 */
import type { IsoDate } from '../domain/types';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day in 'YYYY-MM-DD' form (rejects 2027-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day number of an IsoDate; throws on anything that is not a real day. */
export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(day: number): IsoDate {
  const dt = new Date(day * MS_PER_DAY);
  const y = dt.getUTCFullYear();
  const m = dt.getUTCMonth() + 1;
  const d = dt.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Number of days in an inclusive range; 0 when end is before start. */
export function inclusiveLength(start: IsoDate, end: IsoDate): number {
  return Math.max(0, daysBetween(start, end) + 1);
}

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday (3). */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Day number of the Monday of the week holding `day`. */
export function mondayOfDay(day: number): number {
  return day - weekdayOfDay(day);
}

/** Week index (Monday-based weeks since the Monday of 1969-12-29). */
export function weekIndexOfDay(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** The overlap of two inclusive day ranges, or null. */
export function overlapDays(
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
): { first: number; last: number } | null {
  const first = Math.max(aStart, bStart);
  const last = Math.min(aEnd, bEnd);
  return first <= last ? { first, last } : null;
}

/** Today in the user's local calendar (the only place a local time zone is read). */
export function localToday(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = now.getMonth() + 1;
  const d = now.getDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
