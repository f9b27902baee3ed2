/**
 * The auto-planner (issue 15): proposes changes that clear every block conflict it can and as
 * many warns as shifting clears, changing the plan as little as it can. Shifts come first (one
 * change can clear a whole motion pair), then, account by account, the fewest exclusions or a
 * primary team. No step raises the number of warn conflicts: a shift is kept only when it
 * clears at least as many warns as it creates, and the other steps only remove accounts from
 * motions. Pure and deterministic (same input, same proposal), so it runs the same in a
 * Worker, in the CLI and in tests; progress and cancellation go through `hooks`.
 */
import { listGroups } from '../conflicts';
import { countIndex } from './conflictCounts';
import { excludeAccounts } from './exclusionMoves';
import { PlannerState } from './plannerState';
import {
  DEFAULT_PLANNER_OPTIONS,
  PlanCancelled,
  type PlannerHooks,
  type PlannerInput,
  type PlannerOptions,
  type PlanProposal,
} from './plannerTypes';
import { shiftMotions } from './shiftMoves';
import { explainUnresolved } from './unresolved';
import { applyProposal, countsWithChanges } from './applyProposal';

const NOT_YET: Record<string, string> = {
  stagger:
    'Stagger (audience waves on different weeks) is not proposed yet: it needs per-account start dates, which motions do not have.',
  handover:
    'Hand over (a per-account end the day before the other side starts) is not proposed yet: it needs per-account end dates, which motions do not have.',
};

export function proposePlan(
  input: PlannerInput,
  options: Partial<PlannerOptions> = {},
  hooks: PlannerHooks = {},
): PlanProposal {
  const full: PlannerOptions = { ...DEFAULT_PLANNER_OPTIONS, ...options };
  const state = new PlannerState(input, full, hooks);
  const before = countIndex(state.index, input);
  const keptAcceptances = listGroups(state.index, null, false)
    .filter((g) => state.accepted.has(g.id) && g.week === null)
    .map((g) => ({ id: g.id, motionIds: g.motionIds, blackoutId: g.blackoutId }));
  const shifts = shiftMotions(state, hooks);
  const exclusions = excludeAccounts(state, hooks);
  if (hooks.isCancelled?.()) throw new PlanCancelled();
  const changes = [...shifts, ...exclusions.changes()];
  const unresolved = explainUnresolved(state, exclusions.stuck);
  hooks.onProgress?.({ phase: 'count', done: 0, total: 1 });
  // Counted from the rows the proposal writes, not the working index, so what is reported is
  // what applying it gives.
  const after = countsWithChanges(input, { changes, keptAcceptances });
  hooks.onProgress?.({ phase: 'count', done: 1, total: 1 });
  const notes = full.moves.filter((m) => m in NOT_YET).map((m) => NOT_YET[m]!);
  return { changes, before, after, unresolved, notes, keptAcceptances };
}

export { applyProposal, countsWithChanges };
