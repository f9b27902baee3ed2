/**
 * The checks a CRM applies to a value, run on every row before anything is written so the
 * user sees the problems in the preview instead of in the CRM's error report. A check returns
 * a message completing "<column> …", or null when the value is fine.
 */
import { checkSalesforceId } from '../accounts/salesforceId';
import { isIsoDate } from '../dates/calendarDate';

/** Checks that ignore the record take only the value; they fit any CellCheck. */
export type CellCheck<R> = (value: string, record: R) => string | null;

export function required(value: string): string | null {
  return value.trim() === '' ? 'is required but empty' : null;
}

export function maxLength<R>(limit: number): CellCheck<R> {
  return (value) =>
    value.length > limit
      ? `is ${value.length} characters long; the CRM allows at most ${limit}`
      : null;
}

// Deliberately loose: the CRM matches owners by the exact address, so only gross mistakes
// (no @, spaces, no dot in the domain) are worth stopping for.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailAddress(value: string): string | null {
  return value === '' || EMAIL.test(value) ? null : `"${value}" is not an email address`;
}

export function calendarDate(value: string): string | null {
  return value === '' || isIsoDate(value) ? null : `"${value}" is not a calendar date (YYYY-MM-DD)`;
}

// The import's own check: an 18-character id whose checksum does not match would make the
// CRM restore its case from the suffix and update another record.
export function salesforceId(value: string): string | null {
  if (value === '') return null;
  const checked = checkSalesforceId(value);
  return checked.ok ? null : checked.reason;
}

export function isSalesforceId(value: string): boolean {
  return checkSalesforceId(value).ok;
}
