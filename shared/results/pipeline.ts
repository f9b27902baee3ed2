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
): OpportunityDays {
  return {
    created: toDayNumber(o.createdDate),
    close: o.closeDate === null ? Number.NaN : toDayNumber(o.closeDate),
  };
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
