/**
 * Stagger and hand-over, chosen for one block conflict of one account: give the account its own
 * days of one of the motions so that they no longer meet the other motion (or the blackout).
 * Tried before any exclusion or primary team, because the account keeps hearing from both
 * motions — one after the other — and no audience shrinks; a narrowing never creates a conflict.
 * Between the two, the one that keeps the account more days of the motion (a tie: hand over).
 * Locked motions (events, webinars) keep their dates for every account.
 */
import type { Hit } from './accountHits';
import { datesLocked, todayOf } from './allowedWindow';
import { handoverEnd, HandoverTally } from './handoverMoves';
import type { PlannerState } from './plannerState';
import type { ProposedChange } from './plannerTypes';
import type { Cleared } from './reasons';
import { StaggerTally, waveStart } from './staggerMoves';

/** Account days `first`–`last` of motion `m`, narrower than they were. */
export interface Narrowing {
  kind: 'stagger' | 'handover';
  m: number;
  first: number;
  last: number;
}

export class Narrowings {
  private readonly staggers = new StaggerTally();
  private readonly handovers = new HandoverTally();
  /** Today's day number: no wave starts before it, and no hand-over takes effect before it. */
  private readonly today: number;

  constructor(private readonly state: PlannerState) {
    this.today = todayOf(state.options) ?? -Infinity;
  }

  private locked(m: number): boolean {
    return datesLocked(this.state.motionAt(m));
  }

  /**
   * A motion that started before today (startedBefore in allowedWindow.ts) is not staggered:
   * its accounts have heard from it since its start. A later wave of a motion not started yet starts after
   * its start, so after today.
   */
  private started(m: number): boolean {
    return this.state.index.plan.mStart[m]! < this.today;
  }

  /**
   * A hand-over's last day, when the other side takes over today or later (the past is not
   * re-planned): the last day may be yesterday — the motion then goes silent on the account
   * from today on, and every day it already ran stays as it was.
   */
  private handover(i: number, m: number, other: number): number | null {
    const end = handoverEnd(this.state.index.plan, i, m, other);
    return end !== null && end + 1 >= this.today ? end : null;
  }

  /**
   * Whether motion `m` may hand accounts over. Dates the user locked never change. A motion
   * locked only because it runs (its status "In Progress", datesLocked) keeps its dates but may
   * still end early on an account from today on: the other side takes over — what "the other
   * team goes silent" means for a motion under way. That holds whether it started before today
   * or starts today or later (planned from an earlier day): the hand-over takes effect no
   * earlier than today either way. Without today, it is locked (no bound on the past).
   */
  private mayHandOver(m: number): boolean {
    const motion = this.state.motionAt(m);
    const own = motion.planning?.lockedDates;
    if (own !== undefined) return !own;
    return !datesLocked(motion) || (motion.status === 'In Progress' && this.today > -Infinity);
  }

  /** The narrowing that clears block `c` of account `i`, motions tried in `order`; or null. */
  choose(i: number, c: Hit, order: readonly number[]): Narrowing | null {
    const moves = this.state.options.moves;
    const stagger = moves.includes('stagger');
    const handover = moves.includes('handover');
    if (!stagger && !handover) return null;
    const p = this.state.index.plan;
    if (c.blackout >= 0) {
      const m = c.motions[0];
      if (m === undefined || !stagger || this.locked(m) || this.started(m)) return null;
      const start = waveStart(p, i, m, p.bEnd[c.blackout]!);
      return start === null
        ? null
        : { kind: 'stagger', m, first: start, last: p.datesOn(i).end[m]! };
    }
    if (c.motions.length !== 2) return null;
    for (const m of order) {
      const locked = this.locked(m);
      if (locked && !this.mayHandOver(m)) continue;
      const other = c.motions[0] === m ? c.motions[1]! : c.motions[0]!;
      const days = p.datesOn(i);
      const ms = days.start[m]!;
      const me = days.end[m]!;
      const oe = days.end[other]!;
      const start = stagger && !locked && !this.started(m) ? waveStart(p, i, m, oe) : null;
      const end = handover ? this.handover(i, m, other) : null;
      if (end !== null && (start === null || end - ms >= me - start))
        return { kind: 'handover', m, first: ms, last: end };
      if (start !== null) return { kind: 'stagger', m, first: start, last: me };
    }
    return null;
  }

  apply(i: number, n: Narrowing): void {
    this.state.index.narrowOn(i, n.m, n.first, n.last);
  }

  /** `keys`: the ClearedKeys of each of `cleared`. */
  record(i: number, n: Narrowing, cleared: readonly Cleared[], keys: readonly number[]): void {
    const accountId = this.state.index.plan.accounts[i]!.id;
    if (n.kind === 'stagger') this.staggers.add(n.m, accountId, n.first, cleared, keys);
    else this.handovers.add(n.m, accountId, n.last, cleared, keys);
  }

  changes(): ProposedChange[] {
    const p = this.state.index.plan;
    return [...this.staggers.changes(p), ...this.handovers.changes(p)];
  }
}
