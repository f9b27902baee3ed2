/**
 * Cleared conflicts summed up: the same rule against the same party once, and by severity.
 * Keys are numbers (ClearedKeys), made once per step: a class of identical accounts replays
 * one step's clears for each account (tens of thousands at 100,000 accounts), and building
 * and hashing a key string per conflict was most of the cost of recording them.
 */
import { CONFLICT_RULES, type ConflictRule, type Severity } from '../domain/types';
import type { Cleared } from './reasons';

const RULE_CODE = new Map<ConflictRule, number>(CONFLICT_RULES.map((r, k) => [r, k]));
const SEVERITY_CODE: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** What conflicts merge under — rule, severity and the other party's name — as a number. */
export class ClearedKeys {
  /** The parties' names seen, numbered (the same name is the same party, as in the text). */
  private readonly parties = new Map<string, number>();

  of(c: Cleared): number {
    let party = this.parties.get(c.against);
    if (party === undefined) this.parties.set(c.against, (party = this.parties.size));
    const kind = (RULE_CODE.get(c.rule)! * 3 + SEVERITY_CODE[c.severity]) * 2;
    return party * 64 + kind + (c.isBlackout ? 1 : 0);
  }
}

export class ClearedTally {
  private readonly byKey = new Map<number, Cleared>();

  /** Adds `cleared` (copies: the caller's lists never change); `keys[k]` is the key of cleared[k]. */
  add(cleared: readonly Cleared[], keys: readonly number[]): void {
    for (let k = 0; k < cleared.length; k++) {
      const c = cleared[k]!;
      const seen = this.byKey.get(keys[k]!);
      if (seen) seen.count += c.count;
      else this.byKey.set(keys[k]!, { ...c });
    }
  }

  /** One entry per kind of conflict, in first-seen order. */
  values(): Cleared[] {
    return [...this.byKey.values()];
  }
}

/** `cleared` merged, with the key of each entry. */
export function mergeCleared(
  cleared: readonly Cleared[],
  keys: ClearedKeys = new ClearedKeys(),
): { cleared: Cleared[]; keys: number[] } {
  const byKey = new Map<number, Cleared>();
  for (const c of cleared) {
    const key = keys.of(c);
    const seen = byKey.get(key);
    if (seen) seen.count += c.count;
    else byKey.set(key, { ...c });
  }
  return { cleared: [...byKey.values()], keys: [...byKey.keys()] };
}

export function severityTotals(cleared: readonly Cleared[]): Record<Severity, number> {
  const t = { block: 0, warn: 0, info: 0 };
  for (const c of cleared) t[c.severity] += c.count;
  return t;
}
