/**
 * The auto-planner (issue 15): proposePlan() proposes changes that clear block conflicts;
 * applyProposal() makes the ones a user accepts; countsWithChanges() gives the counts for a
 * ticked subset. Pure: the CLI, a Worker and tests run the same code.
 */
export { proposePlan } from './proposePlan';
export { applyProposal, countsWithChanges, type AppliedPlan } from './applyProposal';
export { emptyCounts } from './conflictCounts';
export * from './plannerTypes';
