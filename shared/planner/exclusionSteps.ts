/**
 * The exclusion step's records: what blocks it could not clear (Stuck), the action taken for
 * a conflict, and the trace of a class's first account that its twins replay.
 */
import type { Severity, Side } from '../domain/types';
import type { Hit } from './accountHits';
import type { ClearedTally } from './clearedTally';
import type { RecordDelta } from '../conflicts/conflictIndex';
import type { Narrowing } from './narrowMoves';
import type { Cleared } from './reasons';

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

export type Action =
  | { kind: 'exclude'; m: number }
  | { kind: 'primary'; side: Side; silence: number[] }
  | { kind: 'narrow'; narrowing: Narrowing };

/** One step of a class's first account, replayed for the other accounts of its class. */
export interface TraceStep {
  /** The conflict the step cleared or found stuck. */
  hit: Hit;
  /** Null: the conflict was stuck. */
  action: Action | null;
  cleared: Cleared[];
  /** The ClearedKeys of each of `cleared`, made once for every replay. */
  keys: number[];
  tally: Tally;
}

/** The steps of the first account planned in a class, and its records before them. */
export interface ClassTrace {
  /** The class's first account, which took the steps. */
  account: number;
  steps: TraceStep[];
  records: Int32Array;
  /** What the steps changed in its records: made at the first replay of the whole trace. */
  delta: RecordDelta | null;
}

export function sameAction(a: Action | null, b: Action | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'exclude') return b.kind === 'exclude' && a.m === b.m;
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

export interface ExclusionTally {
  /** The motion's id and what the exclusion clears ("mot-4|cross-team:mot-2,mot-4"). */
  key: string;
  motionId: string;
  accountIds: string[];
  /** Merged as accounts are recorded: a class replays the same clears per account, and one
   * list of them all was too long to merge between two progress reports. */
  cleared: ClearedTally;
}

export type Tally = Record<Severity, number>;

export function tallyOf(conflicts: readonly Hit[]): Tally {
  const t = { block: 0, warn: 0, info: 0 };
  for (const c of conflicts) t[c.severity]++;
  return t;
}
