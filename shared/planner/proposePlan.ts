/**
 * The auto-planner (issue 15): proposes changes that clear every block conflict it can and as
 * many warns as shifting clears, changing the plan as little as it can. Shifts come first (one
 * change can clear a whole motion pair), then, account by account, the fewest exclusions or a
 * primary team (or first a stagger or a hand-over, which keep the account in both motions).
 * The proposal never holds more warn conflicts than the plan, nor more person pressure (see
 * personPressureGuard.ts): exclusions only remove accounts from motions, and when the shifts cost more warns than everything clears,
 * the run is redone without the costliest shift, and at last with a warn budget per shift. Pure and deterministic (same input, same proposal), so it runs the same in a
 * Worker, in the CLI and in tests; progress and cancellation go through `hooks`.
 */
import { countGroups, countIndex, countSlots } from './conflictCounts';
import { excludeAccounts } from './exclusionMoves';
import { PlannerState } from './plannerState';
import {
  DEFAULT_PLANNER_OPTIONS,
  type PlannerHooks,
  type PlannerInput,
  type PlannerOptions,
  type PlanProposal,
} from './plannerTypes';
import { shiftMotions } from './shiftMoves';
import { explainUnresolved } from './unresolved';
import { applyProposal, countsWithChanges } from './applyProposal';
import {
  copyBans,
  keepingPersonPressure,
  personPressureCount,
  type ShiftBans,
} from './personPressureGuard';

/** Retries without the worst shift before falling back to a warn budget on every shift. */
const MAX_RETRIES = 4;

export function proposePlan(
  input: PlannerInput,
  options: Partial<PlannerOptions> = {},
  hooks: PlannerHooks = {},
): PlanProposal {
  // The moves: asked for, else the workspace's setting, else every move but "reassign".
  const moves = options.moves ?? input.settings.plannerMoves ?? DEFAULT_PLANNER_OPTIONS.moves;
  const full: PlannerOptions = { ...DEFAULT_PLANNER_OPTIONS, ...options, moves };
  let bans: ShiftBans = { motions: new Set(), days: new Map() };
  let best = guarded(input, full, hooks, bans);
  // Blocks left: a shift of a motion they are on may be what left them (it boxed in a
  // hand-over, or the person-pressure guard's bans pushed it somewhere worse). The proposal is
  // made again without those exact shifts — the bans add up over the rounds, as the motion's
  // next best shift may box it in too — and a retry is kept only when it leaves fewer blocks.
  // It goes through the same guards, so it holds the same promises on warns and person pressure.
  let last = best;
  for (let round = 0; round < BLOCK_ROUNDS && best.after.bySeverity.block > 0; round++) {
    const next = bansFreeing(last, bans);
    if (!next) break;
    bans = next;
    last = guarded(input, full, hooks, bans);
    if (last.after.bySeverity.block < best.after.bySeverity.block) best = last;
  }
  return best;
}

/** Rounds of the retry without the shifts on motions of what cannot be cleared. */
const BLOCK_ROUNDS = 3;

/**
 * `bans` and every shift the proposal made on a motion of a block it leaves (its exact days
 * from the motion's own dates); null when it made none that is not banned already.
 */
function bansFreeing(proposal: PlanProposal, bans: ShiftBans): ShiftBans | null {
  const stuck = new Set(proposal.unresolved.flatMap((u) => u.motionIds));
  const next = copyBans(bans);
  let added = false;
  for (const c of proposal.changes) {
    if (c.kind !== 'shift' || !stuck.has(c.motionId) || next.motions.has(c.motionId)) continue;
    const days = next.days.get(c.motionId) ?? new Set<number>();
    if (days.has(c.days)) continue;
    next.days.set(c.motionId, days.add(c.days));
    added = true;
  }
  return added ? next : null;
}

/** One proposal with `bans`, holding the plan's warns and then its person pressure. */
function guarded(
  input: PlannerInput,
  full: PlannerOptions,
  hooks: PlannerHooks,
  bans: ShiftBans,
): PlanProposal {
  const start = copyBans(bans);
  const proposal = keepingWarns(input, full, hooks, start.motions, start.days, start.pressure);
  if (personPressureCount(proposal.after) <= personPressureCount(proposal.before)) return proposal;
  return keepingPersonPressure(
    input,
    proposal,
    (b) => keepingWarns(input, full, hooks, b.motions, b.days, b.pressure),
    () => proposeOnce(input, withoutShifts(full), hooks, new Set(), false),
    bans,
  );
}

function keepingWarns(
  input: PlannerInput,
  full: PlannerOptions,
  hooks: PlannerHooks,
  noShift: Set<string>,
  noShiftBy: ReadonlyMap<string, ReadonlySet<number>> = new Map(),
  pressure: ReadonlySet<string> = new Set(),
): PlanProposal {
  for (let attempt = 0; ; attempt++) {
    const budget = attempt > MAX_RETRIES;
    const proposal = proposeOnce(input, full, hooks, noShift, budget, noShiftBy, pressure);
    if (proposal.after.bySeverity.warn <= proposal.before.bySeverity.warn) return proposal;
    // The shift scores leave weekly pressure out: when even the warn budget ends above the
    // start, no shift is made (exclusions alone never add a warn).
    if (budget) return proposeOnce(input, withoutShifts(full), hooks, noShift, false);
    // Too many warns in the end: keep the dates of the shift that cost the most warns.
    const worst = proposal.changes
      .filter((c) => c.kind === 'shift')
      .sort((a, b) => a.clears.warn - b.clears.warn)[0];
    if (!worst || worst.clears.warn >= 0) attempt = MAX_RETRIES;
    else noShift.add(worst.motionIds[0]!);
  }
}

function withoutShifts(options: PlannerOptions): PlannerOptions {
  return { ...options, moves: options.moves.filter((m) => m !== 'shift') };
}

/**
 * One run. Without `warnBudget` a shift may add warns (the exclusions that follow clear many);
 * proposePlan checks the total. With it, no shift may take the plan above its starting warns,
 * which holds the promise whatever the plan.
 */
function proposeOnce(
  input: PlannerInput,
  full: PlannerOptions,
  hooks: PlannerHooks,
  noShift: ReadonlySet<string>,
  warnBudget: boolean,
  noShiftBy: ReadonlyMap<string, ReadonlySet<number>> = new Map(),
  pressure: ReadonlySet<string> = new Set(),
): PlanProposal {
  const state = new PlannerState(input, full, hooks);
  state.noShift = noShift;
  state.noShiftBy = noShiftBy;
  state.pressureBanned = pressure;
  const pulse = state.pulse;
  const before = state.hasAcceptances
    ? countGroups(state.groups, state.accepted)
    : countSlots(state.index, () => pulse.tick('detect', 1, 1));
  const keptAcceptances = state.groups
    .filter((g) => state.accepted.has(g.id) && g.week === null)
    .map((g) => ({ id: g.id, motionIds: g.motionIds, blackoutId: g.blackoutId }));
  const shifts = shiftMotions(state, warnBudget);
  const exclusions = excludeAccounts(state);
  pulse.report('exclude', 1, 1);
  const changes = [...shifts, ...exclusions.changes()];
  const unresolved = explainUnresolved(state, exclusions.stuck);
  pulse.report('count', 0, 1);
  // From the working index, which every move kept current: what applying the proposal gives
  // (a property test holds it to countsWithChanges, the engine run on the rows it writes),
  // without a third detection. Acceptances are checked against the rows it writes.
  const tick = () => pulse.tick('count', 0, 1);
  const after = state.hasAcceptances
    ? countIndex(state.index, writtenRows(input, changes, keptAcceptances), tick)
    : countSlots(state.index, tick);
  pulse.report('count', 1, 1);
  return { changes, before, after, unresolved, notes: [], keptAcceptances };
}

/** The motions and acceptances the proposal writes, which decide the acceptances that hold. */
function writtenRows(
  input: PlannerInput,
  changes: PlanProposal['changes'],
  keptAcceptances: PlanProposal['keptAcceptances'],
): Pick<PlannerInput, 'motions' | 'blackouts' | 'acceptances'> {
  const applied = applyProposal(input, { changes, keptAcceptances });
  return { motions: applied.motions, blackouts: input.blackouts, acceptances: applied.acceptances };
}

export { applyProposal, countsWithChanges };
