/**
 * The one reading of a motion's per-account dates (Motion.accountDates): the days the motion
 * touches one account. An account's own start or end only narrows the motion's dates — a wave
 * that starts later, a hand-over that ends earlier — so the motion's dates stay the span of
 * every account's days (the campaign's dates in the CRM, the bar on the calendar). Own dates
 * outside the motion's (left behind when its dates were edited) are clamped to them; an
 * account whose days come out empty is not touched by the motion at all.
 */
import { addDays } from '../dates/calendarDate';
import type { AccountDates, IsoDate, Motion } from '../domain/types';

type DatedMotion = Pick<Motion, 'start' | 'end' | 'accountDates'>;

export interface ActiveRange {
  start: IsoDate;
  end: IsoDate;
}

/** The days `motion` touches account `accountId` (inclusive), or null when none. */
export function activeRangeOn(motion: DatedMotion, accountId: string): ActiveRange | null {
  const own = motion.accountDates?.[accountId];
  return clampedRange(motion, own);
}

/** `own` clamped to the motion's dates (ISO dates compare as strings). */
export function clampedRange(
  motion: DatedMotion,
  own: AccountDates | undefined,
): ActiveRange | null {
  const start = own?.start !== undefined && own.start > motion.start ? own.start : motion.start;
  const end = own?.end !== undefined && own.end < motion.end ? own.end : motion.end;
  return start <= end ? { start, end } : null;
}

/** True when the motion gives at least one account days of its own. */
export function hasAccountDates(motion: Pick<Motion, 'accountDates'>): boolean {
  return motion.accountDates !== undefined && Object.keys(motion.accountDates).length > 0;
}

/**
 * The account dates with each listed account's own first (`field` 'start') or last day set:
 * what accepting a stagger or a hand-over writes. Absent stays absent when nothing is set.
 */
export function withAccountDays(
  accountDates: Motion['accountDates'],
  days: readonly { accountId: string; day: IsoDate }[],
  field: keyof AccountDates,
): Motion['accountDates'] {
  if (days.length === 0) return accountDates;
  const out: Record<string, AccountDates> = { ...accountDates };
  for (const { accountId, day } of days) out[accountId] = { ...out[accountId], [field]: day };
  return out;
}

/**
 * The account dates moved by `days` with the motion (a shift keeps every wave and hand-over
 * where it was relative to the motion). Absent stays absent.
 */
export function shiftedAccountDates(
  accountDates: Motion['accountDates'],
  days: number,
): Motion['accountDates'] {
  if (!accountDates) return accountDates;
  const out: Record<string, AccountDates> = {};
  for (const [id, own] of Object.entries(accountDates)) {
    const next: AccountDates = {};
    if (own.start !== undefined) next.start = addDays(own.start, days);
    if (own.end !== undefined) next.end = addDays(own.end, days);
    out[id] = next;
  }
  return out;
}
