/**
 * The shift move: try each movable motion at whole-week offsets (and the exact shifts that
 * clear an edge) inside its allowed window, score every try from the overlap model
 * (overlapModel.ts: shared accounts per pair and blackout, summed over the shifts in one pass),
 * and keep the shift, among all motions, that clears the most block conflicts, as long as the
 * plan never holds more warns than at the start; a shift that clears only warns is taken when
 * it adds no block. Each kept shift lowers (blocks, warns) in that order, so the steps end.
 * The engine is run once, on the shifted plan, by the caller (PlannerState.reindex).
 */
import { addDays, toDayNumber } from '../dates/calendarDate';
import { allowedWindow, datesLocked, type DayRange } from './allowedWindow';
import { OverlapModel, type Partner } from './overlapModel';
import type { PlannerState } from './plannerState';
import type { PlannerHooks, ProposedChange } from './plannerTypes';
import { PlanCancelled } from './plannerTypes';
import { clearedText, plural, shiftText, type Cleared } from './reasons';

const MAX_ROUNDS = 4;

/** Net conflicts a shift clears (negative: creates). */
interface Score {
  blocks: number;
  warns: number;
}

interface Try {
  /** From the motion's original dates. */
  days: number;
  /** From where it is now. */
  moved: number;
  score: Score;
}

interface Best extends Try {
  m: number;
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

function bestOf(m: number, tries: readonly Try[], warnRoom: number): Best | null {
  let best: Best | null = null;
  for (const t of tries)
    if (worthIt(t.score, warnRoom) && better(t.score, t.moved, best)) best = { m, ...t };
  return best;
}

class ShiftSearch {
  readonly model: OverlapModel;
  readonly shiftedBy: Int32Array;
  private readonly windows: (DayRange | null)[];
  private readonly origin: Int32Array;

  constructor(private readonly state: PlannerState) {
    this.model = new OverlapModel(state.index, (i, m) => !state.mandatedOut(m, i));
    const n = state.index.plan.motionCount;
    this.shiftedBy = new Int32Array(n);
    const fiscal = state.input.settings.fiscalYearStartMonth;
    this.origin = Int32Array.from(state.input.motions, (m) => toDayNumber(m.start));
    this.windows = state.input.motions.map((motion, m) => {
      if (!state.index.plan.mLive[m] || datesLocked(motion)) return null;
      if (state.inAcceptedGroup.has(motion.id) || state.noShift.has(motion.id)) return null;
      if (this.model.partners[m]!.length === 0) return null;
      return allowedWindow(motion, fiscal);
    });
  }

  movable(): number[] {
    return this.windows.flatMap((w, m) => (w ? [m] : []));
  }

  /** Every allowed shift of motion `m` from where it is now, scored. */
  tries(m: number): Try[] {
    const window = this.windows[m];
    if (!window) return [];
    const model = this.model;
    const length = model.end[m]! - model.start[m]!;
    const first = window.first;
    const last = window.last - length;
    if (first > last) return [];
    const { blocks, warns } = model.conflictsByStart(m, first, last);
    const now = model.start[m]! - first;
    // The candidate starts: every whole week from the original start, and the starts the day
    // after or the length before each edge of what it has block conflicts with (exact fits).
    const origin = this.origin[m]!;
    const mark = new Uint8Array(last - first + 1);
    for (let s = origin - 7 * Math.ceil((origin - first) / 7); s <= last; s += 7)
      if (s >= first) mark[s - first] = 1;
    const bStart = this.state.index.plan.bStart;
    const bEnd = this.state.index.plan.bEnd;
    for (const p of model.partners[m]!) {
      if (p.block === 0) continue;
      const o = p.other;
      const os = o >= 0 ? model.start[o]! : bStart[-1 - o]!;
      const oe = o >= 0 ? model.end[o]! : bEnd[-1 - o]!;
      if (oe + 1 >= first && oe + 1 <= last) mark[oe + 1 - first] = 1;
      if (os - 1 - length >= first && os - 1 - length <= last) mark[os - 1 - length - first] = 1;
    }
    mark[origin - first] = 0;
    const out: Try[] = [];
    const at = this.shiftedBy[m]!;
    for (let k = 0; k < mark.length; k++) {
      if (mark[k] === 0) continue;
      const total = first + k - origin;
      if (total === at) continue;
      out.push({
        days: total,
        moved: total - at,
        score: { blocks: blocks[now]! - blocks[k]!, warns: warns[now]! - warns[k]! },
      });
    }
    return out;
  }

  /** True when motion `m` may start anywhere overlapping `range` (so a move there re-scores it). */
  reaches(m: number, range: DayRange): boolean {
    const w = this.windows[m];
    return w !== null && w !== undefined && w.first <= range.last && w.last >= range.first;
  }
}

function clearedOf(state: PlannerState, partners: readonly Partner[]): Cleared[] {
  const p = state.index.plan;
  const out: Cleared[] = [];
  for (const partner of partners) {
    const isBlackout = partner.other < 0;
    const against = isBlackout
      ? state.input.blackouts[-1 - partner.other]?.reason || 'a blackout'
      : (p.motions[partner.other]?.name ?? '');
    for (const r of partner.rules)
      out.push({ rule: r.rule, severity: r.severity, against, isBlackout, count: r.count });
  }
  return out;
}

/**
 * Best improvement first: each step makes the one shift, among all motions, that clears the
 * most blocks; so a motion with many blocks is not boxed in by a smaller one moved first into
 * the only free weeks it had. A kept shift re-scores only the motions it conflicts with.
 */
export function shiftMotions(
  state: PlannerState,
  hooks: PlannerHooks,
  warnBudget: boolean,
): ProposedChange[] {
  if (!state.options.moves.includes('shift')) return [];
  const original = state.input.motions;
  const search = new ShiftSearch(state);
  const model = search.model;
  const motions = search.movable();
  const shifted = new Map<number, { cleared: Cleared[]; created: number; clears: Score }>();
  // Without a warn budget, proposePlan checks the total at the end and retries.
  let warnRoom = warnBudget ? 0 : Infinity;
  const tries = new Map<number, Try[]>();
  const bests = new Map<number, Best | null>();
  const maxSteps = MAX_ROUNDS * motions.length;
  for (let step = 0; step < maxSteps; step++) {
    if (hooks.isCancelled?.()) throw new PlanCancelled();
    let best: Best | null = null;
    for (let k = 0; k < motions.length; k++) {
      const m = motions[k]!;
      let mine = tries.get(m);
      if (!mine) {
        if ((k & 31) === 0) {
          if (hooks.isCancelled?.()) throw new PlanCancelled();
          hooks.onProgress?.({ phase: 'shift', done: step, total: maxSteps });
        }
        tries.set(m, (mine = search.tries(m)));
        bests.delete(m);
      }
      // With no warn budget the best try of a motion stays the best until its tries change.
      let found = warnBudget ? undefined : bests.get(m);
      if (found === undefined) {
        found = bestOf(m, mine, warnRoom);
        if (!warnBudget) bests.set(m, found);
      }
      if (found && better(found.score, found.moved, best)) best = found;
    }
    const chosen = best as Best | null;
    if (!chosen) break;
    const { m } = chosen;
    warnRoom += chosen.score.warns;
    const to = toDayNumber(original[m]!.start) + chosen.days;
    const diff = model.difference(m, to);
    const was = { first: model.start[m]!, last: model.end[m]! };
    model.move(m, to);
    const now = { first: model.start[m]!, last: model.end[m]! };
    search.shiftedBy[m] = chosen.days;
    tries.delete(m);
    // Only a partner that may reach the old or the new dates scores differently now.
    for (const p of model.partners[m]!)
      if (p.other >= 0 && (search.reaches(p.other, was) || search.reaches(p.other, now)))
        tries.delete(p.other);
    const prev = shifted.get(m);
    shifted.set(m, {
      cleared: [...(prev?.cleared ?? []), ...clearedOf(state, diff.cleared)],
      created: (prev?.created ?? 0) + diff.created.reduce((n, p) => n + p.block + p.warn, 0),
      clears: {
        blocks: (prev?.clears.blocks ?? 0) + chosen.score.blocks,
        warns: (prev?.clears.warns ?? 0) + chosen.score.warns,
      },
    });
  }
  const changes: ProposedChange[] = [];
  for (const [m, s] of [...shifted].sort((a, b) => a[0] - b[0])) {
    const days = search.shiftedBy[m]!;
    if (days === 0) continue;
    const before = original[m]!;
    const to = { start: addDays(before.start, days), end: addDays(before.end, days) };
    changes.push({
      id: `shift:${before.id}`,
      kind: 'shift',
      motionId: before.id,
      motionIds: [before.id],
      from: { start: before.start, end: before.end },
      to,
      days,
      reason: `${shiftText(days, to.start, to.end)}: ${clearedText(s.cleared)}${s.created > 0 ? ` (and creates ${plural(s.created, 'warn')})` : ''}`,
      clears: { block: s.clears.blocks, warn: s.clears.warns, info: 0 },
    });
  }
  state.reindex(changes);
  return changes;
}
