/**
 * Fiscal quarters, calendar quarters, months and Monday weeks as inclusive IsoDate ranges.
 *
 * Naming convention: a fiscal year is named for the calendar year in which it ENDS. With a
 * fiscal year starting in February, 2026-02-01 … 2027-01-31 is FY2027, and its first quarter
 * (Feb–Apr 2026) is 'FY2027 Q1'. With a January start the fiscal year equals the calendar year.
 */
import type { IsoDate } from '../domain/types';
import { daysInMonth, fromDayNumber, mondayOfDay, toDayNumber } from './calendarDate';

/** An inclusive range of calendar days. */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

export interface FiscalQuarter extends DateRange {
  fiscalYear: number;
  quarter: 1 | 2 | 3 | 4;
  /** e.g. 'FY2027 Q1'. */
  label: string;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

export function monthStart(year: number, month: number): IsoDate {
  return `${pad4(year)}-${pad2(month)}-01`;
}

export function monthEnd(year: number, month: number): IsoDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(daysInMonth(year, month))}`;
}

/** Adds whole months to a (year, month) pair; month is 1-based. */
export function addMonths(
  year: number,
  month: number,
  months: number,
): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

function assertStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`Fiscal year start month must be 1–12, got ${startMonth}`);
  }
}

function quarterLabel(fiscalYear: number, quarter: number): string {
  return `FY${fiscalYear} Q${quarter}`;
}

/** The fiscal quarter holding `date` when the fiscal year starts in `startMonth` (1 = January). */
export function fiscalQuarterOf(date: IsoDate, startMonth: number): FiscalQuarter {
  assertStartMonth(startMonth);
  toDayNumber(date); // validates
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const monthsIntoYear = (((month - startMonth) % 12) + 12) % 12;
  const quarter = (Math.floor(monthsIntoYear / 3) + 1) as 1 | 2 | 3 | 4;
  const first = addMonths(year, month, -(monthsIntoYear % 3));
  const fyStart = addMonths(year, month, -monthsIntoYear);
  // The fiscal year ends 11 months after it starts; it is named for that calendar year.
  const fiscalYear = addMonths(fyStart.year, fyStart.month, 11).year;
  const last = addMonths(first.year, first.month, 2);
  return {
    fiscalYear,
    quarter,
    start: monthStart(first.year, first.month),
    end: monthEnd(last.year, last.month),
    label: quarterLabel(fiscalYear, quarter),
  };
}

/** The range of fiscal quarter `quarter` of fiscal year `fiscalYear`. */
export function fiscalQuarterRange(
  fiscalYear: number,
  quarter: 1 | 2 | 3 | 4,
  startMonth: number,
): FiscalQuarter {
  assertStartMonth(startMonth);
  // FY N ends in calendar year N, so it starts in N-1 unless the start month is January.
  const fyStartYear = startMonth === 1 ? fiscalYear : fiscalYear - 1;
  const first = addMonths(fyStartYear, startMonth, (quarter - 1) * 3);
  return fiscalQuarterOf(monthStart(first.year, first.month), startMonth);
}

/** The fiscal quarter `offset` quarters after (or before, when negative) the one holding `date`. */
export function shiftFiscalQuarter(
  date: IsoDate,
  startMonth: number,
  offset: number,
): FiscalQuarter {
  const q = fiscalQuarterOf(date, startMonth);
  const first = addMonths(Number(q.start.slice(0, 4)), Number(q.start.slice(5, 7)), offset * 3);
  return fiscalQuarterOf(monthStart(first.year, first.month), startMonth);
}

/** The fiscal year holding `date`, as a range. */
export function fiscalYearRange(
  date: IsoDate,
  startMonth: number,
): DateRange & { fiscalYear: number } {
  const q1 = fiscalQuarterOf(date, startMonth);
  const first = fiscalQuarterRange(q1.fiscalYear, 1, startMonth);
  const last = fiscalQuarterRange(q1.fiscalYear, 4, startMonth);
  return { fiscalYear: q1.fiscalYear, start: first.start, end: last.end };
}

/** Parses 'FY2027 Q1' (case and spaces loose); null when it is not a quarter label. */
export function parseQuarterLabel(
  label: string,
): { fiscalYear: number; quarter: 1 | 2 | 3 | 4 } | null {
  const m = /^\s*FY\s*(\d{4})\s*[- ]?\s*Q([1-4])\s*$/i.exec(label);
  if (!m) return null;
  return { fiscalYear: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
}

/** The calendar month holding `date`. */
export function monthOf(date: IsoDate): DateRange & { year: number; month: number } {
  toDayNumber(date);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { year, month, start: monthStart(year, month), end: monthEnd(year, month) };
}

/** The months overlapping an inclusive range, in order. */
export function monthsInRange(range: DateRange): (DateRange & { year: number; month: number })[] {
  const out: (DateRange & { year: number; month: number })[] = [];
  let cur = monthOf(range.start);
  const lastDay = toDayNumber(range.end);
  while (toDayNumber(cur.start) <= lastDay) {
    out.push(cur);
    const next = addMonths(cur.year, cur.month, 1);
    cur = monthOf(monthStart(next.year, next.month));
  }
  return out;
}

/** The Monday-to-Sunday week holding `date`. */
export function weekOf(date: IsoDate): DateRange {
  const monday = mondayOfDay(toDayNumber(date));
  return { start: fromDayNumber(monday), end: fromDayNumber(monday + 6) };
}

/** The Monday weeks overlapping an inclusive range, in order (the first may start before it). */
export function weeksInRange(range: DateRange): DateRange[] {
  const out: DateRange[] = [];
  const last = toDayNumber(range.end);
  for (let monday = mondayOfDay(toDayNumber(range.start)); monday <= last; monday += 7) {
    out.push({ start: fromDayNumber(monday), end: fromDayNumber(monday + 6) });
  }
  return out;
}

/** ISO 8601 week number (1–53) of a day: the week with the year's first Thursday is week 1. */
export function isoWeekNumber(date: IsoDate): number {
  const day = toDayNumber(date);
  const thursday = mondayOfDay(day) + 3;
  const year = Number(fromDayNumber(thursday).slice(0, 4));
  const jan1 = toDayNumber(`${pad4(year)}-01-01`);
  return Math.floor((thursday - jan1) / 7) + 1;
}
