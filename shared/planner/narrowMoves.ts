/**
 * Stagger and hand-over, chosen for one block conflict of one account: give the account its own
 * days of one of the motions so that they no longer meet the other motion (or the blackout).
 * Tried before any exclusion or primary team, because the account keeps hearing from both
 * motions — one after the other — and no audience shrinks; a narrowing never creates a conflict.
 * Between the two, the one that keeps the account more days of the motion (a tie: hand over).
 * Locked motions (events, webinars) keep their dates for every account.
 */
import type { Hit } from './accountHits';
import { datesLocked } from './allowedWindow';
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

  constructor(private readonly state: PlannerState) {}

  private locked(m: number): boolean {
    return datesLocked(this.state.motionAt(m));
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
      if (m === undefined || !stagger || this.locked(m)) return null;
      const start = waveStart(p, i, m, p.bEnd[c.blackout]!);
      return start === null
        ? null
        : { kind: 'stagger', m, first: start, last: p.datesOn(i).end[m]! };
    }
    if (c.motions.length !== 2) return null;
    for (const m of order) {
      if (this.locked(m)) continue;
      const other = c.motions[0] === m ? c.motions[1]! : c.motions[0]!;
      const days = p.datesOn(i);
      const ms = days.start[m]!;
      const me = days.end[m]!;
      const oe = days.end[other]!;
      const start = stagger ? waveStart(p, i, m, oe) : null;
      const end = handover ? handoverEnd(p, i, m, other) : null;
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
