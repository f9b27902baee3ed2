/**
 * What the exclusion step records as it goes (exclusionMoves.ts): per motion and conflict the
 * accounts taken out (ExclusionTally), the primary teams set, and the narrowings, each with
 * the conflicts it cleared merged; and at the end the proposal's changes made from them.
 */
import type { PlannerState } from './plannerState';
import type { HitList, Hit } from './hitList';
import { SEVERITIES } from './hitList';
import type { Gone } from './accountHits';
import type { Narrowings } from './narrowMoves';
import { CONFLICT_RULES } from '../domain/types';
import { exclusionChanges, primaryChange } from './exclusionChanges';
import type { Action, ExclusionTally, Tally } from './exclusionSteps';
import type { ProposedChange } from './plannerTypes';
import type { Cleared } from './reasons';
import { ClearedKeys, ClearedTally, mergeCleared } from './clearedTally';
import { REC_BLACKOUT, REC_PAIR, REC_PERSON, REC_PRESSURE } from '../conflicts/records';

export class ExclusionRecords {
  /** By exclusionKey(): one per motion and conflict (rule and motions, or blackout). */
  private readonly exclusions = new Map<number, ExclusionTally>();
  private readonly clearedKeys = new ClearedKeys();
  private readonly primaries: ProposedChange[] = [];
  private readonly names: Map<string, string>;
  private readonly blackoutNames: Map<string, string>;

  constructor(
    private readonly state: PlannerState,
    private readonly narrowings: Narrowings,
  ) {
    this.names = new Map(state.input.motions.map((m) => [m.id, m.name]));
    this.blackoutNames = new Map(
      state.input.blackouts.map((b) => [b.id, b.reason || 'a blackout']),
    );
  }

  motionId(m: number): string {
    return this.state.index.plan.motions[m]!.id;
  }

  blackoutId(b: number): string | null {
    return b < 0 ? null : (this.state.input.blackouts[b]?.id ?? null);
  }

  /**
   * What the hits of `list` at the positions `gone` cleared, merged, and their tally (the
   * accepted ones left out), for a step that moved the motions `moved`.
   */
  clearedBy(
    list: HitList,
    gone: Gone,
    moved: readonly number[],
  ): { cleared: Cleared[]; keys: number[]; tally: Tally } {
    const motionIds = moved.map((m) => this.motionId(m));
    const out: Cleared[] = [];
    const tally = { block: 0, warn: 0, info: 0 };
    for (let g = 0; g < gone.length; g++) {
      const k = gone.at[g]!;
      if (list.accepted[k] === 1) continue;
      const severity = SEVERITIES[list.severity[k]!]!;
      tally[severity]++;
      const kind = list.kind[k]!;
      const blackoutId = kind === REC_BLACKOUT ? this.blackoutId(list.b[k]!) : null;
      let against = '';
      if (blackoutId) against = this.blackoutNames.get(blackoutId) ?? '';
      else if (kind !== REC_PRESSURE && kind !== REC_PERSON) {
        const a = this.motionId(list.a[k]!);
        const other = !motionIds.includes(a)
          ? a
          : kind === REC_PAIR && !motionIds.includes(this.motionId(list.b[k]!))
            ? this.motionId(list.b[k]!)
            : undefined;
        if (other) against = this.names.get(other) ?? other;
      }
      out.push({
        rule: CONFLICT_RULES[list.rule[k]!]!,
        severity,
        against,
        isBlackout: blackoutId !== null,
        count: 1,
      });
    }
    return { ...mergeCleared(out, this.clearedKeys), tally };
  }

  /**
   * The tally of the exclusions from motion `m` for conflict `c`: a number made of the
   * conflict's key and which of its motions `m` is, where a string of ids per account and
   * step was a fifth of the step's cost.
   */
  private exclusionTally(c: Hit, m: number): ExclusionTally {
    const key = c.key * 2 + (c.motions[0] === m ? 0 : 1);
    let t = this.exclusions.get(key);
    if (t) return t;
    const motionId = this.motionId(m);
    const cause =
      c.blackout >= 0
        ? `blackout:${this.blackoutId(c.blackout)}`
        : `${c.rule}:${c.motions
            .map((x) => this.motionId(x))
            .sort()
            .join(',')}`;
    t = { key: `${motionId}|${cause}`, motionId, accountIds: [], cleared: new ClearedTally() };
    this.exclusions.set(key, t);
    return t;
  }

  /** Records `action`, taken on account `i` for conflict `c`. */
  record(
    i: number,
    c: Hit,
    action: Action,
    cleared: Cleared[],
    keys: readonly number[],
    tally: Tally,
  ): void {
    const p = this.state.index.plan;
    const account = p.accounts[i]!;
    if (action.kind === 'narrow') return this.narrowings.record(i, action.narrowing, cleared, keys);
    if (action.kind === 'exclude') {
      const t = this.exclusionTally(c, action.m);
      t.accountIds.push(account.id);
      t.cleared.add(cleared, keys);
      return;
    }
    const silenceMotionIds = action.silence.map((m) => p.motions[m]!.id);
    const previous = this.state.input.accounts[i]!.primaryTeam;
    this.primaries.push(
      primaryChange(account, action.side, previous, silenceMotionIds, this.names, cleared, tally),
    );
  }

  changes(): ProposedChange[] {
    const tick = () => this.state.pulse.tick('exclude', 1, 1);
    const out = exclusionChanges(this.exclusions.values(), this.names, tick);
    return [...out, ...this.primaries, ...this.narrowings.changes()];
  }
}
