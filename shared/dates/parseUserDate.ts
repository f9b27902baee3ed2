/**
 * Reads a date a person typed or a CRM exported: ISO 'YYYY-MM-DD' (Data Loader), and
 * 'D/M/YYYY' or 'M/D/YYYY' (also with '.' or '-') in the order the caller decided for the
 * column (dateOrder.ts). Without an order, such a date is read only when it shows its order
 * itself (13/2/2027); '3/2/2027' is refused as ambiguous, never guessed. Impossible days are
 * rejected with a reason the import can show next to the row and column.
 */
import type { IsoDate } from '../domain/types';
import { daysInMonth } from './calendarDate';

export type ParsedDate = { ok: true; date: IsoDate } | { ok: false; reason: string };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** 'D/M/YYYY', 'DD.MM.YYYY', 'D-M-YYYY': the forms whose order is not in the text. */
export const DAY_MONTH_FORM = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
/** English month names, January first (display and parsing). */
export const MONTH_NAMES: readonly string[] = [
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

function checkDay(year: number, month: number, day: number, raw: string): ParsedDate {
  if (year < 1900 || year > 2200) {
    return { ok: false, reason: `"${raw}" has year ${year}, outside 1900–2200` };
  }
  if (month < 1 || month > 12) {
    return { ok: false, reason: `"${raw}" has month ${month}; months run 1–12` };
  }
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    return {
      ok: false,
      reason: `"${raw}" is not a real day: ${MONTH_NAMES[month - 1]} ${year} has ${max} days`,
    };
  }
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { ok: true, date };
}

/**
 * Parses 'YYYY-MM-DD' (a trailing time, as in '2027-02-03T00:00:00Z', is ignored: the day as
 * written is the day meant) or a day/month-form date in `order`. Empty input is an error;
 * callers that allow a blank check for it first.
 */
/** How a date such as 03/02/2027 reads: day first (3 February) or month first (March 2). */
export type DateOrder = 'dmy' | 'mdy';

export function parseUserDate(input: string, order: DateOrder | null = null): ParsedDate {
  const raw = input.trim();
  if (raw === '') return { ok: false, reason: 'the date is empty' };
  const iso = ISO.exec(raw);
  if (iso) return checkDay(Number(iso[1]), Number(iso[2]), Number(iso[3]), raw);
  const dm = DAY_MONTH_FORM.exec(raw);
  if (dm) {
    const [a, b, year] = [Number(dm[1]), Number(dm[3]), Number(dm[4])];
    const read = order ?? (a > 12 ? 'dmy' : b > 12 ? 'mdy' : null);
    if (read === null && a !== b) {
      return {
        ok: false,
        reason: `"${raw}" can be day first or month first; the import has to be told which`,
      };
    }
    return read === 'dmy' ? checkDay(year, b, a, raw) : checkDay(year, a, b, raw);
  }
  if (/^\d+(\.\d+)?$/.test(raw)) {
    return {
      ok: false,
      reason: `"${raw}" looks like an Excel date serial number; use YYYY-MM-DD`,
    };
  }
  return { ok: false, reason: `"${raw}" is not a date; use YYYY-MM-DD (or D/M/YYYY, M/D/YYYY)` };
}

/** Formats a day as US 'M/D/YYYY' (how Salesforce report exports write it). */
export function formatUsDate(date: IsoDate): string {
  return `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}/${date.slice(0, 4)}`;
}

/** A short human label: 'Feb 3, 2027' — built by hand so no locale or time zone leaks in. */
export function formatShortDate(date: IsoDate, withYear = true): string {
  const month = (MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? '').slice(0, 3);
  const day = Number(date.slice(8, 10));
  return withYear ? `${month} ${day}, ${date.slice(0, 4)}` : `${month} ${day}`;
}

/** 'Feb 3 – Feb 21, 2027', or with both years when the range spans two. */
export function formatDateRange(start: IsoDate, end: IsoDate): string {
  if (start === end) return formatShortDate(start);
  if (start.slice(0, 4) === end.slice(0, 4)) {
    return `${formatShortDate(start, false)} – ${formatShortDate(end)}`;
  }
  return `${formatShortDate(start)} – ${formatShortDate(end)}`;
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}
