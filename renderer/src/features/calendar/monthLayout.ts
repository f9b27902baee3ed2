/**
 * The month grid's layout as plain data: which motions a week row shows (up to MAX_ROWS rows,
 * the rest behind "+N more"), which days everyone's blackouts shade, and the markers of the
 * blackouts that cover only some accounts (one account, or a segment), each with the
 * accounts it covers.
 */
import type { Account, Blackout, Motion } from '../../../../shared/domain/types';
import { toDayNumber } from '../../../../shared/dates/calendarDate';
import type { DateRange } from '../../../../shared/dates/fiscal';
import { segmentKey } from '../../../../shared/motions/audience';

export const MAX_ROWS = 4;

export interface WeekBar {
  motion: Motion;
  from: number;
  to: number;
  row: number;
}

export interface WeekLayout {
  shown: WeekBar[];
  /** Every motion running in the week's days of the month, in start order. */
  all: Motion[];
  hidden: number;
}

/** The week's days that fall in the month, as day numbers. */
export function daysOfWeekInMonth(week: DateRange, month: DateRange): [number, number] {
  return [
    Math.max(toDayNumber(week.start), toDayNumber(month.start)),
    Math.min(toDayNumber(week.end), toDayNumber(month.end)),
  ];
}

export function weekLayout(
  motions: readonly Motion[],
  week: DateRange,
  month: DateRange,
): WeekLayout {
  const [ws, we] = daysOfWeekInMonth(week, month);
  const all = motions
    .filter((m) => toDayNumber(m.start) <= we && toDayNumber(m.end) >= ws)
    .sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.end > b.end ? -1 : 1));
  const rowEnds: number[] = [];
  const shown: WeekBar[] = [];
  let hidden = 0;
  for (const motion of all) {
    const from = Math.max(ws, toDayNumber(motion.start));
    const to = Math.min(we, toDayNumber(motion.end));
    let row = rowEnds.findIndex((end) => end < from);
    if (row < 0) row = rowEnds.push(to) - 1;
    else rowEnds[row] = to;
    if (row < MAX_ROWS) shown.push({ motion, from, to, row });
    else hidden++;
  }
  return { shown, all, hidden };
}

/** Days of the month that everyone's blackouts cover. */
export function everyoneBlackoutDays(
  blackouts: readonly Blackout[],
  month: DateRange,
): Set<number> {
  const days = new Set<number>();
  const first = toDayNumber(month.start);
  const last = toDayNumber(month.end);
  for (const b of blackouts) {
    if (b.scope.kind !== 'everyone') continue;
    for (
      let d = Math.max(toDayNumber(b.start), first);
      d <= Math.min(toDayNumber(b.end), last);
      d++
    )
      days.add(d);
  }
  return days;
}

/** The accounts a blackout covers: its one account, or every account carrying its segment. */
export function blackoutAccounts(b: Blackout, accounts: readonly Account[] | null): Account[] {
  if (!accounts || b.scope.kind === 'everyone') return [];
  if (b.scope.kind === 'account') {
    const id = b.scope.accountId;
    return accounts.filter((a) => a.id === id);
  }
  const key = segmentKey(b.scope.segment);
  return accounts.filter((a) => a.tags.some((t) => segmentKey(t) === key));
}

export interface BlackoutMarker {
  blackout: Blackout;
  from: number;
  to: number;
  row: number;
}

/** Account and segment blackouts in the week's days of the month, packed into rows. */
export function weekBlackoutMarkers(
  blackouts: readonly Blackout[],
  week: DateRange,
  month: DateRange,
): BlackoutMarker[] {
  const [ws, we] = daysOfWeekInMonth(week, month);
  const rowEnds: number[] = [];
  return blackouts
    .filter((b) => b.scope.kind !== 'everyone')
    .filter((b) => toDayNumber(b.start) <= we && toDayNumber(b.end) >= ws)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1))
    .map((blackout) => {
      const from = Math.max(ws, toDayNumber(blackout.start));
      const to = Math.min(we, toDayNumber(blackout.end));
      let row = rowEnds.findIndex((end) => end < from);
      if (row < 0) row = rowEnds.push(to) - 1;
      else rowEnds[row] = to;
      return { blackout, from, to, row };
    });
}
