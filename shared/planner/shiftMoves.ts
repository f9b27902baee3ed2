/**
 * The shift move: try each movable motion at whole-week offsets inside its allowed window,
 * score each from the engine's group counts (the motion moved and put back: two incremental
 * updates), and keep the offset that clears the most block conflicts, as long as the plan never
 * holds more warns than at the start; a shift that clears only warns is taken when it adds no
 * block. Each kept shift lowers (blocks, warns) in that order, so the steps end.
 */
import { addDays } from '../dates/calendarDate';
import { listGroups, previewChange, type Consequences } from '../conflicts';
import { allowedWindow, candidateShifts, datesLocked, type DayRange } from './allowedWindow';
import type { PlannerState } from './plannerState';
import { acceptedKeys, measureDelta } from './severityTotals';
import type { PlannerHooks, ProposedChange } from './plannerTypes';
import { PlanCancelled } from './plannerTypes';
import { clearedText, plural, shiftText, type Cleared } from './reasons';

const MAX_ROUNDS = 4;

/** Net conflicts a shift clears (negative: creates), from the group counts. */
interface Score {
  blocks: number;
  warns: number;
}

/**
 * `warnRoom`: how many warns the plan may still gain before it has more than at the start
 * (the later steps only take accounts out of motions, so they never add warns). A shift that
 * clears no block must clear warns and create no net block.
 */
function worthIt(s: Score, warnRoom: number): boolean {
  if (s.blocks > 0) return -s.warns <= warnRoom;
  return s.blocks === 0 && s.warns > 0;
}

/** More blocks cleared, then more warns, then the smaller move (the plan changes least). */
function better(a: Score, aDays: number, b: Best | null): boolean {
  if (!b) return true;
  if (a.blocks !== b.score.blocks) return a.blocks > b.score.blocks;
  if (a.warns !== b.score.warns) return a.warns > b.score.warns;
  return Math.abs(aDays) < Math.abs(b.moved);
}

/** Live motion positions by their open block conflicts, most first (then by position). */
function blockLoad(state: PlannerState): number[] {
  const index = state.index;
  const load = new Map<number, number>();
  for (let m = 0; m < index.plan.motionCount; m++) if (index.plan.mLive[m]) load.set(m, 0);
  for (const g of listGroups(index, null, false)) {
    if (g.severity !== 'block' || state.accepted.has(g.id)) continue;
    for (const id of g.motionIds) {
      const m = index.motionPosition(id);
      if (m !== undefined && load.has(m)) load.set(m, load.get(m)! + g.accountCount);
    }
  }
  return [...load].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([m]) => m);
}

function clearedOf(state: PlannerState, c: Consequences, motionId: string): Cleared[] {
  const names = new Map(state.input.motions.map((m) => [m.id, m.name]));
  const blackouts = new Map(state.input.blackouts.map((b) => [b.id, b.reason || 'a blackout']));
  return c.groups
    .filter((g) => g.cleared > 0 && !state.accepted.has(g.groupId))
    .map((g) => {
      const other = g.motionIds.find((id) => id !== motionId);
      const isBlackout = g.blackoutId !== null;
      const against = isBlackout
        ? (blackouts.get(g.blackoutId!) ?? '')
        : other
          ? (names.get(other) ?? other)
          : '';
      return { rule: g.rule, severity: g.severity, against, isBlackout, count: g.cleared };
    });
}

interface Best {
  m: number;
  /** From the motion's original dates. */
  days: number;
  /** From where it is now. */
  moved: number;
  score: Score;
}

/** Per motion, the day ranges of what it has block conflicts with: other motions, blackouts. */
function blockEdges(state: PlannerState): Map<number, DayRange[]> {
  const p = state.index.plan;
  const out = new Map<number, DayRange[]>();
  const add = (m: number, range: DayRange) => out.set(m, [...(out.get(m) ?? []), range]);
  for (const g of listGroups(state.index, null, false)) {
    if (g.severity !== 'block' || state.accepted.has(g.id)) continue;
    const ms = g.motionIds.map((id) => state.index.motionPosition(id));
    const b =
      g.blackoutId === null ? -1 : state.input.blackouts.findIndex((x) => x.id === g.blackoutId);
    for (const m of ms) {
      if (m === undefined) continue;
      if (b >= 0) add(m, { first: p.bStart[b]!, last: p.bEnd[b]! });
      for (const o of ms)
        if (o !== undefined && o !== m) add(m, { first: p.mStart[o]!, last: p.mEnd[o]! });
    }
  }
  return out;
}

interface Try {
  /** From the motion's original dates. */
  days: number;
  /** From where it is now. */
  moved: number;
  score: Score;
}

/** Every allowed shift of motion `m` from where it is now, scored; [] when it may not move. */
function tryShifts(
  state: PlannerState,
  m: number,
  shiftedBy: number,
  accepted: ReadonlySet<string>,
  edges: readonly DayRange[],
  hooks: PlannerHooks,
): Try[] {
  const motion = state.motionAt(m);
  const start = state.input.motions[m] ?? motion;
  if (datesLocked(start) || state.inAcceptedGroup.has(motion.id)) return [];
  if (state.noShift.has(motion.id)) return [];
  const window = allowedWindow(start, state.input.settings.fiscalYearStartMonth);
  const audience = state.index.plan.audiences[m]!;
  const out: Try[] = [];
  for (const total of candidateShifts(start, window, edges)) {
    if (total === shiftedBy) continue;
    // Polled per try: one try re-sweeps the motion's audience twice.
    if (hooks.isCancelled?.()) throw new PlanCancelled();
    const days = total - shiftedBy;
    const moved = { ...motion, start: addDays(motion.start, days), end: addDays(motion.end, days) };
    const delta = measureDelta(state.index, accepted, () =>
      state.index.updateMotion(motion.id, moved, audience),
    );
    state.index.updateMotion(motion.id, motion, audience);
    out.push({ days: total, moved: days, score: { blocks: -delta.block, warns: -delta.warn } });
  }
  return out;
}

/** The best of `tries` worth making with `warnRoom` warns to spare. */
function bestOf(m: number, tries: readonly Try[], warnRoom: number): Best | null {
  let best: Best | null = null;
  for (const t of tries)
    if (worthIt(t.score, warnRoom) && better(t.score, t.moved, best)) best = { m, ...t };
  return best;
}

/**
 * The motions whose tries a shift of motion `x` (from `was` to its dates now) changes: those
 * sharing an account with x whose allowed window the old or new dates reach. A try only
 * changes conflicts on its own accounts, inside its own window.
 */
function touchedBy(state: PlannerState, x: number, was: DayRange, motions: readonly number[]) {
  const p = state.index.plan;
  const now = { first: p.mStart[x]!, last: p.mEnd[x]! };
  const fiscal = state.input.settings.fiscalYearStartMonth;
  const mark = new Uint8Array(p.accounts.length);
  for (const i of p.audiences[x] ?? []) mark[i] = 1;
  const reaches = (w: DayRange, r: DayRange) => r.first <= w.last && r.last >= w.first;
  return motions.filter((m) => {
    if (m === x) return true;
    const w = allowedWindow(state.input.motions[m]!, fiscal);
    if (!reaches(w, was) && !reaches(w, now)) return false;
    return (p.audiences[m] ?? []).some((i) => mark[i] === 1);
  });
}

/** Motions in a block or warn group (not counting contact pressure, which names no motion). */
function inConflict(state: PlannerState): Set<number> {
  const out = new Set<number>();
  for (const g of listGroups(state.index, null, false)) {
    if (g.severity === 'info' || state.accepted.has(g.id)) continue;
    for (const id of g.motionIds) {
      const m = state.index.motionPosition(id);
      if (m !== undefined) out.add(m);
    }
  }
  return out;
}

/**
 * Best improvement first: each step makes the one shift, among all motions, that clears the
 * most blocks; so a motion with many blocks is not boxed in by a smaller one moved first into
 * the only free weeks it had.
 */
export function shiftMotions(
  state: PlannerState,
  hooks: PlannerHooks,
  warnBudget: boolean,
): ProposedChange[] {
  if (!state.options.moves.includes('shift')) return [];
  const original = state.input.motions;
  const shifted = new Map<
    number,
    { days: number; cleared: Cleared[]; created: number; clears: Score }
  >();
  const motions = blockLoad(state);
  const maxSteps = MAX_ROUNDS * motions.length;
  // Without a warn budget, proposePlan checks the total at the end and retries.
  let warnRoom = warnBudget ? 0 : Infinity;
  const groups = listGroups(state.index, null, false);
  const accepted = acceptedKeys(groups, state.accepted);
  // Each motion's tries are kept until a shift touches one of its accounts.
  const tries = new Map<number, Try[]>();
  for (let step = 0; step < maxSteps; step++) {
    let best: Best | null = null;
    const edges = tries.size < motions.length ? blockEdges(state) : null;
    // A motion in no block or warn conflict has nothing a shift of it could clear.
    const busy = tries.size < motions.length ? inConflict(state) : null;
    motions.forEach((m, k) => {
      if (hooks.isCancelled?.()) throw new PlanCancelled();
      hooks.onProgress?.({ phase: 'shift', done: k, total: motions.length });
      let mine = tries.get(m);
      if (!mine) {
        const at = shifted.get(m)?.days ?? 0;
        mine = busy?.has(m) ? tryShifts(state, m, at, accepted, edges?.get(m) ?? [], hooks) : [];
        tries.set(m, mine);
      }
      const found = bestOf(m, mine, warnRoom);
      if (found && better(found.score, found.moved, best)) best = found;
    });
    const chosen = best as Best | null;
    if (!chosen) break;
    const { m } = chosen;
    const before = original[m]!;
    warnRoom += chosen.score.warns;
    const now = state.motionAt(m);
    const to = {
      ...now,
      start: addDays(before.start, chosen.days),
      end: addDays(before.end, chosen.days),
    };
    const was = { first: state.index.plan.mStart[m]!, last: state.index.plan.mEnd[m]! };
    // Run once, for the shift kept: the groups it clears word the reason.
    const c = previewChange(state.index, {
      motions: [{ motion: to, audience: state.index.plan.audiences[m]! }],
      accounts: [],
    });
    state.moveDates(m, to.start, to.end);
    for (const t of touchedBy(state, m, was, motions)) tries.delete(t);
    const created = c.groups
      .filter((g) => g.severity !== 'info')
      .reduce((n, g) => n + g.created, 0);
    const prev = shifted.get(m);
    shifted.set(m, {
      days: chosen.days,
      cleared: [...(prev?.cleared ?? []), ...clearedOf(state, c, before.id)],
      created: (prev?.created ?? 0) + created,
      clears: {
        blocks: (prev?.clears.blocks ?? 0) + chosen.score.blocks,
        warns: (prev?.clears.warns ?? 0) + chosen.score.warns,
      },
    });
  }
  const changes: ProposedChange[] = [];
  for (const [m, s] of [...shifted].sort((a, b) => a[0] - b[0])) {
    if (s.days === 0) continue;
    const before = original[m]!;
    const to = { start: addDays(before.start, s.days), end: addDays(before.end, s.days) };
    changes.push({
      id: `shift:${before.id}`,
      kind: 'shift',
      motionId: before.id,
      motionIds: [before.id],
      from: { start: before.start, end: before.end },
      to,
      days: s.days,
      reason: `${shiftText(s.days, to.start, to.end)}: ${clearedText(s.cleared)}${s.created > 0 ? ` (and creates ${plural(s.created, 'warn')})` : ''}`,
      clears: { block: s.clears.blocks, warn: s.clears.warns, info: 0 },
    });
  }
  return changes;
}
