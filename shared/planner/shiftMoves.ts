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
import { allowedWindow, datesLocked, startedBefore, todayOf, type DayRange } from './allowedWindow';
import { OverlapModel, type Partner } from './overlapModel';
import { ShiftScores } from './shiftScores';
import type { PlannerState } from './plannerState';
import type { ProposedChange } from './plannerTypes';
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
  return worthItBy(s.blocks, s.warns, warnRoom);
}

function worthItBy(blocks: number, warns: number, warnRoom: number): boolean {
  if (blocks > 0) return -warns <= warnRoom;
  return blocks === 0 && warns > 0;
}

/** More blocks cleared, then more warns, then the smaller move (the plan changes least). */
function better(a: Score, aDays: number, b: Best | null): boolean {
  return !b || betterBy(a.blocks, a.warns, aDays, b);
}

function betterBy(blocks: number, warns: number, aDays: number, b: Best): boolean {
  if (blocks !== b.score.blocks) return blocks > b.score.blocks;
  if (warns !== b.score.warns) return warns > b.score.warns;
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
  readonly scores: ShiftScores;
  readonly shiftedBy: Int32Array;
  private readonly windows: (DayRange | null)[];
  private readonly origin: Int32Array;

  constructor(private readonly state: PlannerState) {
    const tick = () => state.pulse.tick('shift', 0, 1);
    this.model = new OverlapModel(state.index, (i, m) => !state.mandatedOut(m, i), tick);
    const n = state.index.plan.motionCount;
    this.shiftedBy = new Int32Array(n);
    const fiscal = state.input.settings.fiscalYearStartMonth;
    const today = todayOf(state.options);
    this.origin = Int32Array.from(state.input.motions, (m) => toDayNumber(m.start));
    this.windows = state.input.motions.map((motion, m) => {
      if (!state.index.plan.mLive[m] || datesLocked(motion)) return null;
      if (startedBefore(motion, today)) return null;
      if (state.inAcceptedGroup.has(motion.id) || state.noShift.has(motion.id)) return null;
      if (this.model.partners[m]!.length === 0) return null;
      return allowedWindow(motion, fiscal, today);
    });
    this.scores = new ShiftScores(this.model, this.windows, tick);
  }

  movable(): number[] {
    return this.windows.flatMap((w, m) => (w ? [m] : []));
  }

  /**
   * Every allowed shift of motion `m` from where it is now, scored, handed to `visit` in a
   * fixed order (no list built: a kept shift re-scores hundreds of partners, each over every
   * day of its window, and a Try object per start was most of the phase's garbage).
   */
  eachTry(
    m: number,
    visit: (days: number, moved: number, blocks: number, warns: number) => void,
  ): void {
    const scores = this.scores;
    const size = scores.size[m]!;
    if (size === 0) return;
    const first = scores.first[m]!;
    const now = this.model.start[m]! - first;
    // The candidate starts: every whole week from the original start, and the starts the day
    // after or the length before each edge of what it has block conflicts with (exact fits).
    const origin = this.origin[m]!;
    const week = (((origin - first) % 7) + 7) % 7;
    const at = this.shiftedBy[m]!;
    const banned = this.state.noShiftBy.get(this.state.input.motions[m]!.id);
    const blocksNow = scores.blocksAt(m, now);
    const warnsNow = scores.warnsAt(m, now);
    for (let k = 0; k < size; k++) {
      if (k % 7 !== week && !scores.fitsEdge(m, k)) continue;
      const total = first + k - origin;
      if (total === 0 || total === at || banned?.has(total)) continue;
      visit(total, total - at, blocksNow - scores.blocksAt(m, k), warnsNow - scores.warnsAt(m, k));
    }
  }

  /** Every allowed shift of motion `m` from where it is now, scored. */
  tries(m: number): Try[] {
    const out: Try[] = [];
    this.eachTry(m, (days, moved, blocks, warns) => {
      out.push({ days, moved, score: { blocks, warns } });
    });
    return out;
  }

  /** bestOf(m, tries(m), warnRoom) without building the tries. */
  best(m: number, warnRoom: number): Best | null {
    let best: Best | null = null;
    this.eachTry(m, (days, moved, blocks, warns) => {
      if (!worthItBy(blocks, warns, warnRoom)) return;
      if (best && !betterBy(blocks, warns, moved, best)) return;
      best = { m, days, moved, score: { blocks, warns } };
    });
    return best;
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
export function shiftMotions(state: PlannerState, warnBudget: boolean): ProposedChange[] {
  if (!state.options.moves.includes('shift')) return [];
  state.pulse.report('shift', 0, 1);
  const original = state.input.motions;
  const search = new ShiftSearch(state);
  const model = search.model;
  const motions = search.movable();
  const shifted = new Map<number, { cleared: Cleared[]; created: number; clears: Score }>();
  // Without a warn budget, proposePlan checks the total at the end and retries.
  let warnRoom = warnBudget ? 0 : Infinity;
  // Per motion: whether its scores are current, and its best try (with a warn budget, its
  // tries: the budget left changes every step, so the best is picked from them each time).
  const fresh = new Uint8Array(model.start.length);
  const bests = new Array<Best | null>(model.start.length).fill(null);
  const tries = warnBudget ? new Array<Try[]>(model.start.length).fill([]) : [];
  const maxSteps = MAX_ROUNDS * motions.length;
  const pulse = state.pulse;
  for (let step = 0; step < maxSteps; step++) {
    pulse.tick('shift', step, maxSteps);
    let best: Best | null = null;
    for (let k = 0; k < motions.length; k++) {
      const m = motions[k]!;
      if (!fresh[m]) {
        pulse.tick('shift', step, maxSteps);
        fresh[m] = 1;
        // With no warn budget the best try of a motion stays the best until its tries change.
        if (warnBudget) tries[m] = search.tries(m);
        else bests[m] = search.best(m, warnRoom);
      }
      const found = warnBudget ? bestOf(m, tries[m]!, warnRoom) : (bests[m] ?? null);
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
    search.shiftedBy[m] = chosen.days;
    fresh[m] = 0;
    // Only the partners whose tables the move changed score differently now.
    search.scores.moved(m, was.first, was.last, (o) => (fresh[o] = 0));
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
    pulse.tick('shift', maxSteps, maxSteps);
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
