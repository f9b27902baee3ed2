/**
 * Duplicate-outreach detection (PRODUCT.md, rules 1–7): build a ConflictIndex from a plan,
 * keep it current with updateMotion / updateAccount, and read groups, drill-downs and
 * conflicts from it. Pure TypeScript: runs in the worker, in Node and in tests alike.
 */
import { ConflictIndex, type ProgressListener } from './conflictIndex';
import type { ConflictPlan } from './types';

export { ConflictIndex } from './conflictIndex';
export type { ProgressListener } from './conflictIndex';
export { audienceHolds, resolveAudiences } from './audiences';
export {
  accountConflicts,
  allConflicts,
  conflictOf,
  groupAccounts,
  groupOf,
  listGroups,
  rulesOf,
  type GroupRef,
  type PartsCache,
} from './materialize';
export type * from './types';
export * from './acceptance';
export * from './resolve';
export { shortDate, windowText } from './wording';

export function detectConflicts(plan: ConflictPlan, onProgress?: ProgressListener): ConflictIndex {
  return new ConflictIndex(plan, onProgress);
}
export { previewChange } from './preview';
export type { Consequences, GroupConsequence, PlanChange } from './preview';
export { resolutionChange } from './resolutionChange';
