/** Which side keeps an account when the planner sets its primary team (the user's rule). */
import { sideOfTeam, type Side } from '../domain/types';
import type { PlannerState } from './plannerState';

/** `motions`: positions of the conflicting motions on account `i` (both sides). */
export function keepingSide(state: PlannerState, i: number, motions: readonly number[]): Side {
  const rule = state.options.primaryRule;
  const account = state.index.plan.accounts[i]! as { owner?: string; tier: 1 | 2 | 3 | null };
  if (rule.kind === 'tier' && account.tier !== null) return rule.sides[account.tier];
  const ms = motions.map((m) => state.motionAt(m));
  if (rule.kind === 'owner') {
    const owner = (account.owner ?? '').trim().toLowerCase();
    const run = ms.find((m) => owner !== '' && (m.owner ?? '').trim().toLowerCase() === owner);
    // The account's owner is a sales rep: with no motion of theirs, sales keeps the account.
    return run ? sideOfTeam(run.team) : 'sales';
  }
  const first = [...ms].sort((a, b) => a.start.localeCompare(b.start))[0];
  return first ? sideOfTeam(first.team) : 'sales';
}
