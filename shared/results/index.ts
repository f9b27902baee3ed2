/**
 * The quarter's results: opportunities matched to accounts, the quarterly review's tables
 * (reviewQuarter) and the budget rollup (budgetRollup). Pure: the Review view, the QBR pack,
 * the CLI and the benchmarks call the same code.
 */
export type {
  AccountMatchedBy,
  BudgetAllocation,
  Opportunity,
  OpportunityCrm,
  OpportunityOutcome,
  PlannedTouches,
} from '../domain/types';
export { outcomeOfStage } from './outcome';
export {
  accountMatcher,
  type AccountMatch,
  type AccountMatcher,
  type AccountReference,
  type MatchAccount,
} from './accountMatch';
export { reviewQuarter } from './reviewQuarter';
export { creditOf, sideOfLeadSource, CREDIT_LABELS } from './credit';
export { DIMENSION_LABELS, employeeBand, valuesOf, EMPLOYEE_BANDS } from './dimensions';
export { measuresOf } from './pipeline';
export * from './reviewTypes';
export {
  budgetRollup,
  SIDE_BUDGET_LABELS,
  type BudgetLine,
  type BudgetMonth,
  type BudgetMotion,
  type BudgetRollup,
  type SideBudget,
} from './budget';
export * from './opportunityColumns';
export * from './importOpportunities';
