/**
 * The exclusion moves, account by account, for the block conflicts shifting left: first a
 * stagger or a hand-over (narrowMoves.ts: the account keeps both motions, one after the
 * other), else take the account out of one motion, or set its primary team (the other side's direct motions on it
 * go silent in the same change), or — only when "reassign" is allowed — change a primary team
 * the user set. Each step only removes an account from motions, so it never creates a
 * conflict; a block no allowed step clears is left for unresolved.ts to explain.
 */
import type { Severity, Side } from '../domain/types';
import { acceptedHitKeys, HitReader, type Hit } from './accountHits';
import type { PlannerState } from './plannerState';
import { keepingSide } from './primarySide';
import { Narrowings, type Narrowing } from './narrowMoves';
import type { ProposedChange } from './plannerTypes';
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

/** One step of a class's first account, replayed for the other accounts of its class. */
interface TraceStep {
  /** The conflict the step cleared or found stuck. */
  hit: Hit;
  /** Null: the conflict was stuck. */
  action: Action | null;
  cleared: Cleared[];
  tally: Tally;
}

function sameAction(a: Action | null, b: Action | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'exclude') return b.kind === 'exclude' && a.m === b.m && a.cause === b.cause;
  if (a.kind === 'narrow') {
    if (b.kind !== 'narrow') return false;
    const [x, y] = [a.narrowing, b.narrowing];
    return x.kind === y.kind && x.m === y.m && x.first === y.first && x.last === y.last;
  }
  return (
    b.kind === 'primary' &&
    a.side === b.side &&
    a.silence.length === b.silence.length &&
    a.silence.every((m, k) => b.silence[k] === m)
  );
}

interface ExclusionTally {
  motionId: string;
  accountIds: string[];
  /** Merged as accounts are recorded (see mergeInto): a class replays the same clears per
   * account, and one list of them all was too long to merge between two progress reports. */
  cleared: Map<string, Cleared>;
}

export class ExclusionPlanner {
  readonly stuck: Stuck[] = [];
  private readonly exclusions = new Map<string, ExclusionTally>();
  private readonly primaries: ProposedChange[] = [];
  private readonly names: Map<string, string>;
  private readonly blackoutNames: Map<string, string>;
  private readonly hits: HitReader;
  private readonly narrowings: Narrowings;
  /** Each account's class of identical accounts when the step starts (see twins.ts). */
  private readonly twinAtStart: Int32Array;
  /** The steps of the first account planned in each class, by the class's label. */
  private readonly traces = new Map<number, TraceStep[]>();

  constructor(private readonly state: PlannerState) {
    this.narrowings = new Narrowings(state);
    this.names = new Map(state.input.motions.map((m) => [m.id, m.name]));
    this.blackoutNames = new Map(
      state.input.blackouts.map((b) => [b.id, b.reason || 'a blackout']),
    );
    // Accepted groups keep their motions' dates, so their places in the index still hold.
    this.hits = new HitReader(acceptedHitKeys(state.groups, state.accepted));
    this.twinAtStart = Int32Array.from(state.index.twinClass);
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

  /**
   * Clears what it can of account `i`'s open block conflicts. An account with the same
   * inputs as one planned before it (its class, see twins.ts) meets the same conflicts in the
   * same order, so it replays that account's steps while every choice comes out the same —
   * the choices are made again for it (its own never-exclude list, the minimum share left) —
   * and reads its own conflicts only from the first choice that differs.
   */
  planAccount(i: number): void {
    if (this.state.index.accountCounts[i] === 0) return;
    const done = new Set<number>();
    // The first account of a class planned records its steps; -1: no class (changed earlier).
    const label = this.twinAtStart[i]!;
    const trace = label >= 0 ? this.traces.get(label) : undefined;
    const mine: TraceStep[] | null = trace || label < 0 ? null : [];
    if (mine) this.traces.set(label, mine);
    for (const step of trace ?? []) {
      const refusals = new Map<string, ExclusionRefusal>();
      const action = this.chooseAction(i, step.hit, refusals);
      if (!sameAction(action, step.action)) {
        if (!action) this.stick(i, step.hit, refusals, done);
        const before = this.hits.read(this.state.index, i);
        const next = action ? this.act(i, action, before, null).next : before;
        return this.planFrom(i, next, done, null);
      }
      if (action) this.act(i, action, null, step);
      else this.stick(i, step.hit, refusals, done);
    }
    if (trace) return;
    this.planFrom(i, this.hits.read(this.state.index, i), done, mine);
  }

  /** The steps from `everything` (account `i`'s conflicts now) on; `trace` records them. */
  private planFrom(i: number, start: Hit[], done: Set<number>, trace: TraceStep[] | null): void {
    let everything = start;
    for (;;) {
      this.state.pulse.tick('exclude', i, this.twinAtStart.length);
      const c = everything.find((x) => x.severity === 'block' && !x.accepted && !done.has(x.key));
      if (!c) return;
      const refusals = new Map<string, ExclusionRefusal>();
      const action = this.chooseAction(i, c, refusals);
      if (!action) {
        this.stick(i, c, refusals, done);
        trace?.push({ hit: c, action: null, cleared: [], tally: tallyOf([]) });
        continue;
      }
      const { next, ...step } = this.act(i, action, everything, null);
      // The step without the conflicts after it: a trace is kept for every class.
      trace?.push({ ...step, hit: c });
      everything = next;
    }
  }

  private stick(i: number, c: Hit, refusals: Map<string, ExclusionRefusal>, done: Set<number>) {
    const accountId = this.state.index.plan.accounts[i]!.id;
    const ids = c.motions.map((m) => this.motionId(m));
    const key = stuckKey(accountId, c.rule, ids, this.blackoutId(c.blackout));
    this.stuck.push({ accountId, key, refusals });
    done.add(c.key);
  }

  /**
   * Makes `action` on account `i` and records what it cleared: worked out from `before` (its
   * conflicts before the action) and a fresh read, or taken from the twin's `replayed` step.
   */
  private act(
    i: number,
    action: Action,
    before: Hit[] | null,
    replayed: TraceStep | null,
  ): Omit<TraceStep, 'hit'> & { next: Hit[] } {
    this.apply(i, action);
    if (replayed) {
      this.record(i, action, replayed.cleared, replayed.tally);
      return { ...replayed, next: [] };
    }
    const { next, gone } =
      action.kind === 'narrow'
        ? this.afterNarrowing(i, before ?? [])
        : this.hits.afterLeaving(
            this.state.index,
            i,
            before ?? [],
            action.kind === 'exclude' ? [action.m] : action.silence,
            action.kind === 'primary',
          );
    const hits = gone.filter((x) => !x.accepted);
    const moved =
      action.kind === 'narrow'
        ? [action.narrowing.m]
        : action.kind === 'exclude'
          ? [action.m]
          : action.silence;
    const motionIds = moved.map((m) => this.motionId(m));
    const step = { action, cleared: merge(this.clearedOf(hits, motionIds)), tally: tallyOf(hits) };
    this.record(i, action, step.cleared, step.tally);
    return { ...step, next };
  }

  /**
   * A narrowing keeps the account in the motion, on fewer days: the records of that motion
   * may stay, so the account is read again and what it no longer has is what went.
   */
  private afterNarrowing(i: number, before: readonly Hit[]): { next: Hit[]; gone: Hit[] } {
    const next = this.hits.read(this.state.index, i);
    const still = new Set(next.map((h) => h.key));
    return { next, gone: before.filter((h) => !still.has(h.key)) };
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

  private record(i: number, action: Action, cleared: Cleared[], tally: Tally): void {
    const p = this.state.index.plan;
    const account = p.accounts[i]!;
    if (action.kind === 'narrow') return this.narrowings.record(i, action.narrowing, cleared);
    if (action.kind === 'exclude') {
      const motionId = p.motions[action.m]!.id;
      const key = `${motionId}|${action.cause}`;
      const t: ExclusionTally = this.exclusions.get(key) ?? {
        motionId,
        accountIds: [],
        cleared: new Map(),
      };
      t.accountIds.push(account.id);
      mergeInto(t.cleared, cleared);
      this.exclusions.set(key, t);
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
      reason: `primary team of ${account.name} ${verb} to ${action.side}${names.length > 0 ? `; ${names.join(', ')} go${names.length === 1 ? 'es' : ''} silent on it` : ''}: ${clearedText(cleared)}`,
      clears: { ...tally },
    });
  }

  changes(): ProposedChange[] {
    const out: ProposedChange[] = [];
    const keys = [...this.exclusions.keys()].sort();
    keys.forEach((key) => {
      this.state.pulse.tick('exclude', 1, 1);
      const t = this.exclusions.get(key)!;
      const name = this.names.get(t.motionId) ?? t.motionId;
      const cleared = [...t.cleared.values()];
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
  return [...mergeInto(new Map(), cleared).values()];
}

/** Adds `cleared` to `byKey`, one entry per kind of conflict, in first-seen order (copies,
 * so the replayed steps' own lists are never changed). */
function mergeInto(byKey: Map<string, Cleared>, cleared: readonly Cleared[]): Map<string, Cleared> {
  for (const c of cleared) {
    const key = `${c.rule}|${c.severity}|${c.against}|${c.isBlackout}`;
    const seen = byKey.get(key);
    if (seen) seen.count += c.count;
    else byKey.set(key, { ...c });
  }
  return byKey;
}

const sumOf = (cleared: readonly Cleared[], severity: string) =>
  cleared.filter((c) => c.severity === severity).reduce((n, c) => n + c.count, 0);

type Tally = Record<Severity, number>;

function tallyOf(conflicts: readonly Hit[]): Tally {
  const t = { block: 0, warn: 0, info: 0 };
  for (const c of conflicts) t[c.severity]++;
  return t;
}

export function excludeAccounts(state: PlannerState): ExclusionPlanner {
  const planner = new ExclusionPlanner(state);
  const n = state.index.plan.accounts.length;
  state.pulse.report('exclude', 0, n);
  for (let i = 0; i < n; i++) {
    state.pulse.tick('exclude', i, n);
    planner.planAccount(i);
  }
  state.index.flushLeftOut();
  return planner;
}
