/**
 * The exclusion moves, account by account, for the block conflicts shifting left: first a
 * stagger or a hand-over (narrowMoves.ts: the account keeps both motions, one after the
 * other), else take the account out of one motion, or set its primary team (the other side's direct motions on it
 * go silent in the same change), or — only when "reassign" is allowed — change a primary team
 * the user set. Each step only removes an account from motions, so it never creates a
 * conflict; a block no allowed step clears is left for unresolved.ts to explain.
 */
import type { Side } from '../domain/types';
import { HitReader, hitKey, type Hit } from './accountHits';
import type { PlannerState } from './plannerState';
import { keepingSide } from './primarySide';
import { Narrowings, type Narrowing } from './narrowMoves';
import type { PlannerHooks, ProposedChange } from './plannerTypes';
import { PlanCancelled } from './plannerTypes';
import { clearedText, plural, type Cleared } from './reasons';

export type ExclusionRefusal = 'never-exclude' | 'minimum' | 'not-allowed';

/** A block conflict no allowed step clears, with why the account could not leave each motion. */
export interface Stuck {
  accountId: string;
  /** stuckKey() of the conflict. */
  key: string;
  refusals: Map<string, ExclusionRefusal>;
}

/** Names one conflict of one account across the planner's records and the engine's Conflicts. */
export function stuckKey(
  accountId: string,
  rule: string,
  motionIds: readonly string[],
  blackoutId: string | null,
): string {
  return `${accountId}|${rule}|${[...motionIds].sort().join(',')}|${blackoutId ?? ''}`;
}

type Action =
  | { kind: 'exclude'; m: number; cause: string }
  | { kind: 'primary'; side: Side; silence: number[] }
  | { kind: 'narrow'; narrowing: Narrowing };

interface ExclusionTally {
  motionId: string;
  accountIds: string[];
  cleared: Cleared[];
}

export class ExclusionPlanner {
  readonly stuck: Stuck[] = [];
  private readonly exclusions = new Map<string, ExclusionTally>();
  private readonly primaries: ProposedChange[] = [];
  private readonly names: Map<string, string>;
  private readonly blackoutNames: Map<string, string>;
  private readonly hits: HitReader;
  private readonly narrowings: Narrowings;

  constructor(private readonly state: PlannerState) {
    this.narrowings = new Narrowings(state);
    this.names = new Map(state.input.motions.map((m) => [m.id, m.name]));
    this.blackoutNames = new Map(
      state.input.blackouts.map((b) => [b.id, b.reason || 'a blackout']),
    );
    const accepted = new Set<number>();
    // Accepted groups keep their motions' dates, so their places in the index still hold.
    for (const g of state.groups)
      if (state.accepted.has(g.id)) accepted.add(hitKey(g.ref[0], g.ref[1], g.ref[2], g.rule));
    this.hits = new HitReader(accepted);
  }

  private motionId(m: number): string {
    return this.state.index.plan.motions[m]!.id;
  }

  private blackoutId(b: number): string | null {
    return b < 0 ? null : (this.state.input.blackouts[b]?.id ?? null);
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
    let order = [...ms].sort((a, b) => p.mStart[b]! - p.mStart[a]! || b - a);
    const keep = c.rule === 'cross-team' ? (primary ?? keepingSide(this.state, i, ms)) : null;
    if (keep)
      order = [...ms.filter((m) => sideOf(m) !== keep), ...ms.filter((m) => sideOf(m) === keep)];
    const narrowing = this.narrowings.choose(i, c, order);
    if (narrowing) return { kind: 'narrow', narrowing };
    if (keep && primary === null && this.allowed('primary')) {
      const silence = this.silenceable(i, keep);
      if (silence) return { kind: 'primary', side: keep, silence };
    }
    const cause =
      c.blackout >= 0
        ? `blackout:${this.blackoutId(c.blackout)}`
        : `${c.rule}:${ms
            .map((m) => this.motionId(m))
            .sort()
            .join(',')}`;
    for (const m of order) {
      const why = this.allowed('exclude') ? this.refusal(m, i) : 'not-allowed';
      if (why === null) return { kind: 'exclude', m, cause };
      refusals.set(p.motions[m]!.id, why);
    }
    if (c.rule === 'primary-owner' && primary !== null && this.allowed('reassign')) {
      const side = sideOf(ms[0]!);
      const silence = this.silenceable(i, side);
      if (silence) return { kind: 'primary', side, silence };
    }
    return null;
  }

  /** Clears what it can of account `i`'s open block conflicts. */
  planAccount(i: number): void {
    if (this.state.index.accountCounts[i] === 0) return;
    const done = new Set<number>();
    let everything = this.hits.read(this.state.index, i);
    for (;;) {
      const c = everything.find((x) => x.severity === 'block' && !x.accepted && !done.has(x.key));
      if (!c) return;
      const refusals = new Map<string, ExclusionRefusal>();
      const action = this.chooseAction(i, c, refusals);
      if (!action) {
        const accountId = this.state.index.plan.accounts[i]!.id;
        const ids = c.motions.map((m) => this.motionId(m));
        const key = stuckKey(accountId, c.rule, ids, this.blackoutId(c.blackout));
        this.stuck.push({ accountId, key, refusals });
        done.add(c.key);
        continue;
      }
      this.apply(i, action);
      const next = this.hits.read(this.state.index, i);
      const after = new Set(next.map((x) => x.key));
      const cleared = everything.filter((x) => !after.has(x.key) && !x.accepted);
      this.record(i, action, cleared);
      everything = next;
    }
  }

  private apply(i: number, action: Action): void {
    if (action.kind === 'exclude') return this.state.exclude(action.m, i);
    if (action.kind === 'narrow') return this.narrowings.apply(i, action.narrowing);
    for (const m of action.silence) this.state.exclude(m, i);
    this.state.setPrimary(i, action.side);
  }

  private clearedOf(conflicts: readonly Hit[], motionIds: readonly string[]): Cleared[] {
    return conflicts.map((x) => {
      const other = x.motions.map((m) => this.motionId(m)).find((id) => !motionIds.includes(id));
      const blackoutId = this.blackoutId(x.blackout);
      return {
        rule: x.rule,
        severity: x.severity,
        against: blackoutId
          ? (this.blackoutNames.get(blackoutId) ?? '')
          : other
            ? (this.names.get(other) ?? other)
            : '',
        isBlackout: blackoutId !== null,
        count: 1,
      };
    });
  }

  private record(i: number, action: Action, cleared: Hit[]): void {
    const p = this.state.index.plan;
    const account = p.accounts[i]!;
    if (action.kind === 'narrow') {
      const motionId = p.motions[action.narrowing.m]!.id;
      return this.narrowings.record(i, action.narrowing, this.clearedOf(cleared, [motionId]));
    }
    if (action.kind === 'exclude') {
      const motionId = p.motions[action.m]!.id;
      const key = `${motionId}|${action.cause}`;
      const tally = this.exclusions.get(key) ?? { motionId, accountIds: [], cleared: [] };
      tally.accountIds.push(account.id);
      for (const c of this.clearedOf(cleared, [motionId])) tally.cleared.push(c);
      this.exclusions.set(key, tally);
      return;
    }
    const silenceMotionIds = action.silence.map((m) => p.motions[m]!.id);
    const previous = this.state.input.accounts[i]!.primaryTeam;
    const names = silenceMotionIds.map((id) => this.names.get(id) ?? id);
    const verb = previous === null ? 'set' : `changed from ${previous}`;
    this.primaries.push({
      id: `primary:${account.id}`,
      kind: 'primary',
      accountId: account.id,
      side: action.side,
      previous,
      silenceMotionIds,
      motionIds: silenceMotionIds,
      reason: `primary team of ${account.name} ${verb} to ${action.side}${names.length > 0 ? `; ${names.join(', ')} go${names.length === 1 ? 'es' : ''} silent on it` : ''}: ${clearedText(merge(this.clearedOf(cleared, silenceMotionIds)))}`,
      clears: tallyOf(cleared),
    });
  }

  changes(): ProposedChange[] {
    const out: ProposedChange[] = [];
    const keys = [...this.exclusions.keys()].sort();
    keys.forEach((key) => {
      const t = this.exclusions.get(key)!;
      const name = this.names.get(t.motionId) ?? t.motionId;
      const cleared = merge(t.cleared);
      out.push({
        id: `exclude:${key}`,
        kind: 'exclude',
        motionId: t.motionId,
        motionIds: [t.motionId],
        accountIds: [...t.accountIds].sort(),
        reason: `${plural(t.accountIds.length, 'account')} taken out of ${name}: ${clearedText(cleared)}`,
        clears: {
          block: sumOf(cleared, 'block'),
          warn: sumOf(cleared, 'warn'),
          info: sumOf(cleared, 'info'),
        },
      });
    });
    return [...out, ...this.primaries, ...this.narrowings.changes()];
  }
}

function merge(cleared: readonly Cleared[]): Cleared[] {
  const byKey = new Map<string, Cleared>();
  for (const c of cleared) {
    const key = `${c.rule}|${c.severity}|${c.against}|${c.isBlackout}`;
    const seen = byKey.get(key);
    if (seen) seen.count += c.count;
    else byKey.set(key, { ...c });
  }
  return [...byKey.values()];
}

const sumOf = (cleared: readonly Cleared[], severity: string) =>
  cleared.filter((c) => c.severity === severity).reduce((n, c) => n + c.count, 0);

function tallyOf(conflicts: readonly Hit[]) {
  const t = { block: 0, warn: 0, info: 0 };
  for (const c of conflicts) t[c.severity]++;
  return t;
}

export function excludeAccounts(state: PlannerState, hooks: PlannerHooks): ExclusionPlanner {
  const planner = new ExclusionPlanner(state);
  const n = state.index.plan.accounts.length;
  for (let i = 0; i < n; i++) {
    if ((i & 255) === 0) {
      if (hooks.isCancelled?.()) throw new PlanCancelled();
      hooks.onProgress?.({ phase: 'exclude', done: i, total: n });
    }
    planner.planAccount(i);
  }
  state.index.flushLeftOut();
  return planner;
}
