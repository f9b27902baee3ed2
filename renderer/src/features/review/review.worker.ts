/**
 * The quarterly review's numbers off the UI thread: reads accounts, motions and opportunities
 * from the store itself (100,000 accounts never cross the thread boundary) and answers with
 * the review (shared/results reviewQuarter) and the budget rollup for the chosen quarter.
 * The accounts come from this thread's kept copy (readFreshAccounts), read from the pages
 * only when the stored revision moved: the worker outlives one open of the Review
 * (useReviewNumbers.ts), so opening it again does not decode 100,000 accounts again.
 * The handler map at the end is what the window may call (useReviewNumbers.ts).
 */
import type { DateRange } from '../../../../shared/dates/fiscal';
import type { BudgetAllocation, PlannedTouches } from '../../../../shared/domain/types';
import {
  budgetRollup,
  reviewQuarter,
  type BudgetRollup,
  type QuarterReview,
} from '../../../../shared/results';
import { serve, type CallContext } from '../../platform/workerRpc';
import { readAll, readFreshAccounts } from '../../store/reads';

export interface ReviewRequest {
  quarter: DateRange & { label: string };
  influenceWindowDays: number;
  plannedTouchesPerTier: PlannedTouches;
  allocation: BudgetAllocation | null;
}

export interface ReviewNumbers {
  review: QuarterReview;
  budget: BudgetRollup;
  /** How long the computation took in the worker (reads excluded). */
  ms: number;
}

const handlers = {
  async numbers(request: ReviewRequest, ctx: CallContext): Promise<ReviewNumbers> {
    const [accounts, motions, opportunities] = await Promise.all([
      readFreshAccounts(),
      readAll('motions'),
      readAll('opportunities'),
    ]);
    if (ctx.signal.aborted) throw new Error('cancelled');
    const started = performance.now();
    const review = reviewQuarter({
      accounts,
      motions,
      opportunities,
      quarter: request.quarter,
      influenceWindowDays: request.influenceWindowDays,
      plannedTouchesPerTier: request.plannedTouchesPerTier,
    });
    const budget = budgetRollup(motions, request.quarter, request.allocation);
    return { review, budget, ms: performance.now() - started };
  },
};

export type ReviewWorker = typeof handlers;

serve(handlers);
