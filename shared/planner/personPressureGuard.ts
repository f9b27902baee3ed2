/**
 * Person pressure in the planner (issue 18): a shift may move a motion into a week where a
 * buyer already hears from the other side, and a proposal must never hold more person-pressure
 * conflicts than the plan. The shift scores do not see weekly pressure, so the proposal is
 * checked afterwards; when it adds some, the shift to keep at its dates is the one whose new
 * weeks hold the most of the added conflicts.
 */
import { toDayNumber, weekIndexOfDay } from '../dates/calendarDate';
import { detectConflicts, listGroups, resolveAudiences } from '../conflicts';
import type { ConflictCounts, PlannerInput, PlanProposal } from './plannerTypes';
import { applyProposal } from './applyProposal';

/** Person-pressure conflicts at any severity (the user may have raised the rule's). */
export function personPressureCount(counts: ConflictCounts): number {
  const r = counts.byRule['person-pressure'];
  return r.block + r.warn + r.info;
}

/** Accounts over the person cap, by the week's Monday. */
function byWeek(
  input: PlannerInput,
  motions: PlannerInput['motions'],
  accounts: PlannerInput['accounts'],
) {
  const index = detectConflicts({
    accounts,
    motions,
    audiences: resolveAudiences(accounts, motions),
    blackouts: input.blackouts,
    settings: input.settings,
    ...(input.people ? { people: input.people } : {}),
  });
  const out = new Map<string, number>();
  for (const g of listGroups(index, null, false))
    if (g.rule === 'person-pressure' && g.week) out.set(g.week, g.accountCount);
  return out;
}

/** The id of the shifted motion most to blame for added person pressure, or null. */
export function shiftAddingPersonPressure(
  input: PlannerInput,
  proposal: PlanProposal,
): string | null {
  const shifts = proposal.changes.filter((c) => c.kind === 'shift');
  if (shifts.length === 0) return null;
  const applied = applyProposal(input, proposal);
  const before = byWeek(input, input.motions, input.accounts);
  const after = byWeek(input, applied.motions, applied.accounts);
  const added = new Map<number, number>();
  for (const [week, n] of after) {
    const more = n - (before.get(week) ?? 0);
    if (more > 0) added.set(weekIndexOfDay(toDayNumber(week)), more);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const c of shifts) {
    if (c.kind !== 'shift') continue;
    const w0 = weekIndexOfDay(toDayNumber(c.to.start));
    const w1 = weekIndexOfDay(toDayNumber(c.to.end));
    let score = 0;
    for (const [w, n] of added) if (w >= w0 && w <= w1) score += n;
    if (score > bestScore) {
      bestScore = score;
      best = c.motionId;
    }
  }
  return best;
}
