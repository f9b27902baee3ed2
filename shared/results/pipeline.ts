/**
 * The pipeline figures of one opportunity for one quarter, and sums of them. Dates are day
 * numbers so 50,000 opportunities are classified without re-parsing a date string each time.
 */
import type { Opportunity } from '../domain/types';
import { toDayNumber } from '../dates/calendarDate';
import type { CountAmount, PipelineMeasure, PipelineMetrics } from './reviewTypes';

export const emptyCountAmount = (): CountAmount => ({ count: 0, amount: 0 });

export function emptyMetrics(): PipelineMetrics {
  return {
    created: emptyCountAmount(),
    open: emptyCountAmount(),
    won: emptyCountAmount(),
    lost: emptyCountAmount(),
  };
}

/** A quarter as day numbers, both ends inclusive. */
export interface DayRange {
  first: number;
  last: number;
}

export function dayRange(range: { start: string; end: string }): DayRange {
  return { first: toDayNumber(range.start), last: toDayNumber(range.end) };
}

/** An opportunity's dates as day numbers (close: NaN when empty). */
export interface OpportunityDays {
  created: number;
  close: number;
}

export function opportunityDays(
  o: Pick<Opportunity, 'createdDate' | 'closeDate'>,
  dayOf: (date: string) => number = quickDayNumber,
): OpportunityDays {
  return {
    created: dayOf(o.createdDate),
    close: o.closeDate === null ? Number.NaN : dayOf(o.closeDate),
  };
}

const DASH = 45;
const ZERO = 48;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number `length` digits of `text` from `at` spell, or -1. */
function digitsAt(text: string, at: number, length: number): number {
  let n = 0;
  for (let k = at; k < at + length; k++) {
    const c = text.charCodeAt(k) - ZERO;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * toDayNumber without a regular expression or a Date: the review reads two dates of each of
 * 50,000 opportunities, and parsing them the general way cost more than the rest of that
 * pass. Anything but a plain 'YYYY-MM-DD' from year 100 on goes to toDayNumber (which
 * throws on a date that is not a day, and reads years below 100 as Date.UTC does).
 */
export function quickDayNumber(date: string): number {
  if (date.length === 10 && date.charCodeAt(4) === DASH && date.charCodeAt(7) === DASH) {
    const y = digitsAt(date, 0, 4);
    const m = digitsAt(date, 5, 2);
    const d = digitsAt(date, 8, 2);
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    const days = m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] ?? 0);
    if (y >= 100 && d >= 1 && d <= days) {
      // Days from civil (H. Hinnant): March-based years, so leap days fall at a year's end.
      const yy = m <= 2 ? y - 1 : y;
      const era = Math.floor(yy / 400);
      const yoe = yy - era * 400;
      const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
      const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
      return era * 146097 + doe - 719468;
    }
  }
  return toDayNumber(date);
}

/**
 * The measures an opportunity counts in for the quarter (see PipelineMetrics). A closed
 * opportunity without a close date cannot be placed: it is neither open nor won/lost.
 */
export function measuresOf(
  outcome: Opportunity['outcome'],
  days: OpportunityDays,
  q: DayRange,
): PipelineMeasure[] {
  const out: PipelineMeasure[] = [];
  if (days.created >= q.first && days.created <= q.last) out.push('created');
  if (days.created <= q.last) {
    const closedBy = !Number.isNaN(days.close) && days.close <= q.last;
    if (outcome === 'open' || (!Number.isNaN(days.close) && !closedBy)) out.push('open');
  }
  if (outcome !== 'open' && days.close >= q.first && days.close <= q.last) out.push(outcome);
  return out;
}

/** The measures as bits, for hot loops (measureBits): no array per opportunity. */
export const CREATED = 1;
export const OPEN = 2;
export const WON = 4;
export const LOST = 8;

/** measuresOf as bits (CREATED | OPEN | WON | LOST). */
export function measureBits(
  outcome: Opportunity['outcome'],
  created: number,
  close: number,
  q: DayRange,
): number {
  let bits = 0;
  if (created >= q.first && created <= q.last) bits |= CREATED;
  if (created <= q.last) {
    const closedBy = !Number.isNaN(close) && close <= q.last;
    if (outcome === 'open' || (!Number.isNaN(close) && !closedBy)) bits |= OPEN;
  }
  if (outcome !== 'open' && close >= q.first && close <= q.last)
    bits |= outcome === 'won' ? WON : LOST;
  return bits;
}

/** addTo for measures given as bits. */
export function addBits(target: PipelineMetrics, bits: number, amount: number): void {
  if (bits & CREATED) addCountAmount(target.created, amount);
  if (bits & OPEN) addCountAmount(target.open, amount);
  if (bits & WON) addCountAmount(target.won, amount);
  if (bits & LOST) addCountAmount(target.lost, amount);
}

export function addTo(
  target: PipelineMetrics,
  measures: readonly PipelineMeasure[],
  amount: number,
): void {
  for (const m of measures) {
    target[m].count++;
    target[m].amount += amount;
  }
}

export function addCountAmount(target: CountAmount, amount: number): void {
  target.count++;
  target.amount += amount;
}
