/**
 * Person pressure in the planner (issue 18): a shift may move a motion into a week where a
 * buyer already hears from the other side, and a proposal never holds more person-pressure
 * conflicts than the plan — the same promise as for warns, which a reviewer counts them as.
 * The shift scores do not see weekly pressure, so the proposal is checked afterwards; while it
 * adds some, the shift whose new weeks hold the most of the added conflicts is not made again
 * (the motion may still move to other dates), and a motion blamed too often keeps its dates.
 * When no proposal with shifts keeps the buyers under their cap, none is made: exclusions, a
 * primary team, staggers and hand-overs only take touches away.
 */
import { mondayOfDay, toDayNumber } from '../dates/calendarDate';
import { detectConflicts, listGroups, resolveAudiences } from '../conflicts';
import type { ConflictCounts, PlannerInput, PlanProposal, ProposedChange } from './plannerTypes';
import { applyProposal } from './applyProposal';
import { plural } from './reasons';

/** Shifts a retry does not make: whole motions, and single dates of a motion. */
export interface ShiftBans {
  motions: Set<string>;
  /** Motion id → shifts (days from its own dates). */
  days: Map<string, Set<number>>;
  /** The motions banned because their shifts added person pressure (said in what is left). */
  pressure?: Set<string>;
}

/** Retries with one more banned shift before the proposal does without shifts. */
const MAX_ROUNDS = 12;
/** Times one motion is blamed before it keeps its dates. */
const MAX_BANS_PER_MOTION = 4;

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

type ShiftChange = Extract<ProposedChange, { kind: 'shift' }>;

/** A shift to blame, and the Monday (a day number) of the week it added the most to. */
export interface Blame {
  change: ShiftChange;
  week: number;
}

/**
 * The shift most to blame for added person pressure — the one whose new weeks hold the most
 * of the accounts added over the cap — or null when no shift's weeks hold any.
 * `before`: the plan's accounts over the cap by week (byWeek of the input).
 */
export function shiftAddingPersonPressure(
  input: PlannerInput,
  proposal: PlanProposal,
  before: ReadonlyMap<string, number> = byWeek(input, input.motions, input.accounts),
): Blame | null {
  const shifts = proposal.changes.filter((c): c is ShiftChange => c.kind === 'shift');
  if (shifts.length === 0) return null;
  const applied = applyProposal(input, proposal);
  const after = byWeek(input, applied.motions, applied.accounts);
  const added = new Map<number, number>();
  for (const [week, n] of after) {
    const more = n - (before.get(week) ?? 0);
    if (more > 0) added.set(mondayOfDay(toDayNumber(week)), more);
  }
  let best: Blame | null = null;
  let bestScore = 0;
  for (const c of shifts) {
    const w0 = mondayOfDay(toDayNumber(c.to.start));
    const w1 = mondayOfDay(toDayNumber(c.to.end));
    let score = 0;
    // The week with the most added accounts, the earliest of equals (deterministic).
    let hottest: [week: number, added: number] | null = null;
    for (const [w, n] of added) {
      if (w < w0 || w > w1) continue;
      score += n;
      if (!hottest || n > hottest[1] || (n === hottest[1] && w < hottest[0])) hottest = [w, n];
    }
    if (hottest && score > bestScore) {
      bestScore = score;
      best = { change: c, week: hottest[0] };
    }
  }
  return best;
}

/** Every shift (days from its own dates) that keeps `change`'s motion in the week of `monday`. */
function shiftsInWeek(change: ShiftChange, monday: number): number[] {
  const start = toDayNumber(change.from.start);
  const end = toDayNumber(change.from.end);
  const out: number[] = [];
  // Active on [start + d, end + d]: in the week when start + d ≤ Sunday and end + d ≥ Monday.
  for (let d = monday - end; d <= monday + 6 - start; d++) out.push(d);
  return out;
}

/** A copy of `bans` (a retry adds to its own). */
export function copyBans(bans: ShiftBans): ShiftBans {
  return {
    motions: new Set(bans.motions),
    days: new Map([...bans.days].map(([id, d]) => [id, new Set(d)])),
    pressure: new Set(bans.pressure),
  };
}

/**
 * `unguarded` adds person pressure: the proposal that does not, from `rerun` with shifts
 * banned one by one (on top of `initial`, the bans `unguarded` was made with), else from
 * `withoutShifts`. Blocks the bans leave are said in a note.
 */
export function keepingPersonPressure(
  input: PlannerInput,
  unguarded: PlanProposal,
  rerun: (bans: ShiftBans) => PlanProposal,
  withoutShifts: () => PlanProposal,
  initial: ShiftBans = { motions: new Set(), days: new Map() },
): PlanProposal {
  const cap = personPressureCount(unguarded.before);
  const before = byWeek(input, input.motions, input.accounts);
  const bans = copyBans(initial);
  let proposal = unguarded;
  let kept: PlanProposal | null = null;
  const blamedTimes = new Map<string, number>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const blamed = shiftAddingPersonPressure(input, proposal, before);
    if (!blamed) break;
    // Every date that keeps the motion in its worst week: one round, not one per day.
    const id = blamed.change.motionId;
    const days = bans.days.get(id) ?? new Set<number>();
    for (const d of shiftsInWeek(blamed.change, blamed.week)) days.add(d);
    bans.days.set(id, days);
    bans.pressure?.add(id);
    const times = (blamedTimes.get(id) ?? 0) + 1;
    blamedTimes.set(id, times);
    if (times >= MAX_BANS_PER_MOTION) bans.motions.add(id);
    proposal = rerun(bans);
    if (personPressureCount(proposal.after) <= cap) {
      kept = proposal;
      break;
    }
  }
  kept ??= withoutShifts();
  const left = kept.after.bySeverity.block - unguarded.after.bySeverity.block;
  if (left <= 0) return kept;
  const added = personPressureCount(unguarded.after) - cap;
  const note = `${plural(left, 'block conflict')} ${left === 1 ? 'is' : 'are'} left so that no more buyers go over the per-person touch cap: the shifts that clear ${left === 1 ? 'it' : 'them'} would add ${plural(added, 'person-pressure conflict')}.`;
  return { ...kept, notes: [...kept.notes, note] };
}
