/**
 * The exclusion moves, account by account, for the block conflicts shifting left: first a
 * stagger or a hand-over (narrowMoves.ts: the account keeps both motions, one after the
 * other), else take the account out of one motion, or set its primary team (the other side's direct motions on it
 * go silent in the same change), or — only when "reassign" is allowed — change a primary team
 * the user set. Each step only removes an account from motions, so it never creates a
 * conflict; a block no allowed step clears is left for unresolved.ts to explain.
 */
import { recordDelta } from '../conflicts/conflictIndex';
import type { Side } from '../domain/types';
import { acceptedHitKeys, HitReader, type Gone } from './accountHits';
import type { Hit, HitList } from './hitList';
import type { PlannerState } from './plannerState';
import { keepingSide } from './primarySide';
import { Narrowings } from './narrowMoves';
import { ExclusionRecords } from './exclusionRecords';
import {
  sameAction,
  stuckKey,
  tallyOf,
  type Action,
  type ClassTrace,
  type ExclusionRefusal,
  type Stuck,
  type TraceStep,
} from './exclusionSteps';
import type { ProposedChange } from './plannerTypes';

export { stuckKey, type ExclusionRefusal, type Stuck } from './exclusionSteps';

export class ExclusionPlanner {
  readonly stuck: Stuck[] = [];
  private readonly records: ExclusionRecords;
  private readonly hits: HitReader;
  private readonly narrowings: Narrowings;
  /** Each account's class of identical accounts when the step starts (see twins.ts). */
  private readonly twinAtStart: Int32Array;
  /** The steps of the first account planned in each class, by the class's label. */
  private readonly traces = new Map<number, ClassTrace>();

  constructor(private readonly state: PlannerState) {
    this.narrowings = new Narrowings(state);
    this.records = new ExclusionRecords(state, this.narrowings);
    // Accepted groups keep their motions' dates, so their places in the index still hold.
    this.hits = new HitReader(acceptedHitKeys(state.groups, state.accepted));
    this.twinAtStart = Int32Array.from(state.index.twinClass);
  }

  private allowed(move: 'exclude' | 'primary' | 'reassign'): boolean {
    return this.state.options.moves.includes(move);
  }

  private refusal(m: number, i: number, alsoLeaving = 0): ExclusionRefusal | null {
    return this.state.exclusionBlocked(m, i, alsoLeaving) as ExclusionRefusal | null;
  }

  /** The other side's live direct motions holding account `i`, when all of them may lose it. */
  private silenceable(i: number, keep: Side): number[] | null {
    const p = this.state.index.plan;
    const code = keep === 'marketing' ? 0 : 1;
    const out = [...(p.lists[i] ?? [])].filter((m) => p.mDirect[m] && p.mSide[m] !== code);
    return out.every((m) => this.refusal(m, i) === null) ? out.sort((a, b) => a - b) : null;
  }

  private chooseAction(i: number, c: Hit, refusals: Map<string, ExclusionRefusal>): Action | null {
    const p = this.state.index.plan;
    const ms = c.motions;
    const primary = p.accounts[i]!.primaryTeam;
    const sideOf = (m: number): Side => (p.mSide[m] === 0 ? 'marketing' : 'sales');
    let order = ms.length < 2 ? ms : [...ms].sort((a, b) => p.mStart[b]! - p.mStart[a]! || b - a);
    const keep = c.rule === 'cross-team' ? (primary ?? keepingSide(this.state, i, ms)) : null;
    if (keep)
      order = [...ms.filter((m) => sideOf(m) !== keep), ...ms.filter((m) => sideOf(m) === keep)];
    const narrowing = this.narrowings.choose(i, c, order);
    if (narrowing) return { kind: 'narrow', narrowing };
    if (keep && primary === null && this.allowed('primary')) {
      const silence = this.silenceable(i, keep);
      if (silence) return { kind: 'primary', side: keep, silence };
    }
    for (const m of order) {
      const why = this.allowed('exclude') ? this.refusal(m, i) : 'not-allowed';
      if (why === null) return { kind: 'exclude', m };
      refusals.set(p.motions[m]!.id, why);
    }
    if (c.rule === 'primary-owner' && primary !== null && this.allowed('reassign')) {
      const side = sideOf(ms[0]!);
      const silence = this.silenceable(i, side);
      if (silence) return { kind: 'primary', side, silence };
    }
    return null;
  }

  /**
   * Clears what it can of account `i`'s open block conflicts. An account with the same
   * inputs as one planned before it (its class, see twins.ts) meets the same conflicts in the
   * same order, so it replays that account's steps while every choice comes out the same —
   * the choices are made again for it (its own never-exclude list, the minimum share left) —
   * and reads its own conflicts only from the first choice that differs.
   */
  planAccount(i: number): void {
    const index = this.state.index;
    if (index.accountCounts[i] === 0) return;
    // The first account of a class planned records its steps; -1: no class (changed earlier).
    const label = this.twinAtStart[i]!;
    const trace = label >= 0 ? this.traces.get(label) : undefined;
    if (trace) return this.replay(i, trace);
    const mine: ClassTrace | null =
      label >= 0 ? { account: i, steps: [], records: index.recordsOf(i), delta: null } : null;
    if (mine) this.traces.set(label, mine);
    this.planFrom(i, this.hits.readList(index, i), new Set(), mine?.steps ?? null);
  }

  /**
   * The class's steps made again on account `i`. Its sweeps wait until the end (or the first
   * choice that differs): it has the records its twin had, so the plan alone is edited step by
   * step, and at the end the index counts what the steps changed in the twin's records (or,
   * after a choice that differs, sweeps it once).
   */
  private replay(i: number, trace: ClassTrace): void {
    const index = this.state.index;
    const done = new Set<number>();
    index.deferSweeps(i, trace.records);
    for (const step of trace.steps) {
      const refusals = new Map<string, ExclusionRefusal>();
      const action = this.chooseAction(i, step.hit, refusals);
      if (!sameAction(action, step.action)) {
        index.settle();
        if (!action) this.stick(i, step.hit, refusals, done);
        const before = this.hits.readList(index, i);
        const next = action ? this.act(i, step.hit, action, before).next : before;
        return this.planFrom(i, next, done, null);
      }
      if (action) this.replayStep(i, step, action);
      else this.stick(i, step.hit, refusals, done);
    }
    // Every step the same: the account ends with the records its class's first account has.
    trace.delta ??= recordDelta(trace.records, index.recordsOf(trace.account));
    index.settleAs(trace.account, trace.delta);
  }

  /** The steps from `everything` (account `i`'s conflicts now) on; `trace` records them. */
  private planFrom(i: number, start: HitList, done: Set<number>, trace: TraceStep[] | null): void {
    let everything = start;
    for (;;) {
      this.state.pulse.tick('exclude', i, this.twinAtStart.length);
      const at = everything.firstOpenBlock(done);
      if (at < 0) return;
      const c = everything.hit(at);
      const refusals = new Map<string, ExclusionRefusal>();
      const action = this.chooseAction(i, c, refusals);
      if (!action) {
        this.stick(i, c, refusals, done);
        trace?.push({ hit: c, action: null, cleared: [], keys: [], tally: tallyOf([]) });
        continue;
      }
      const { next, step } = this.act(i, c, action, everything);
      // The step without the conflicts after it: a trace is kept for every class.
      trace?.push(step);
      everything = next;
    }
  }

  private stick(i: number, c: Hit, refusals: Map<string, ExclusionRefusal>, done: Set<number>) {
    const accountId = this.state.index.plan.accounts[i]!.id;
    const ids = c.motions.map((m) => this.records.motionId(m));
    const key = stuckKey(accountId, c.rule, ids, this.records.blackoutId(c.blackout));
    this.stuck.push({ accountId, key, refusals });
    done.add(c.key);
  }

  /** The twin's step made on account `i` (`action`: the same as the step's), and recorded. */
  private replayStep(i: number, step: TraceStep, action: Action): void {
    this.apply(i, action);
    this.records.record(i, step.hit, action, step.cleared, step.keys, step.tally);
  }

  /**
   * Makes `action` on account `i` for conflict `hit` and records what it cleared, worked out
   * from `before` (its conflicts before the action) and a fresh read.
   */
  private act(
    i: number,
    hit: Hit,
    action: Action,
    before: HitList,
  ): { next: HitList; step: TraceStep } {
    this.apply(i, action);
    const moved =
      action.kind === 'narrow'
        ? [action.narrowing.m]
        : action.kind === 'exclude'
          ? [action.m]
          : action.silence;
    // A narrowing keeps the account in the motion, on fewer days: the records of that motion
    // may stay, so the account is read again and what it no longer has is what went.
    const { next, gone }: { next: HitList; gone: Gone } =
      action.kind === 'narrow'
        ? this.hits.readAfter(this.state.index, i, before)
        : this.hits.afterLeaving(this.state.index, i, before, moved, action.kind === 'primary');
    const { cleared, keys, tally } = this.records.clearedBy(before, gone, moved);
    this.records.record(i, hit, action, cleared, keys, tally);
    return { next, step: { hit, action, cleared, keys, tally } };
  }

  private apply(i: number, action: Action): void {
    if (action.kind === 'exclude') return this.state.exclude(action.m, i);
    if (action.kind === 'narrow') return this.narrowings.apply(i, action.narrowing);
    for (const m of action.silence) this.state.exclude(m, i);
    this.state.setPrimary(i, action.side);
  }

  changes(): ProposedChange[] {
    return this.records.changes();
  }
}

export function excludeAccounts(state: PlannerState): ExclusionPlanner {
  const planner = new ExclusionPlanner(state);
  const n = state.index.plan.accounts.length;
  state.pulse.report('exclude', 0, n);
  for (let i = 0; i < n; i++) {
    state.pulse.tick('exclude', i, n);
    planner.planAccount(i);
  }
  state.index.flushLeftOut(() => state.pulse.tick('exclude', n, n));
  return planner;
}
