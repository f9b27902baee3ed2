/**
 * What a change would do to the conflicts, before it is made: the incremental engine applies
 * it to the index while recording every record it sweeps out and back in, then puts the index
 * back as it was. Per account, a record swept out and back in is unchanged; one only swept
 * out is cleared, one only swept in is created. Cost: two incremental updates (the change and
 * its undo), so it stays within the incremental budget at 100,000 accounts × 1,000 motions.
 */
import type { ConflictRule, Severity } from '../domain/types';
import { CONFLICT_RULES } from '../domain/types';
import type { ConflictIndex } from './conflictIndex';
import { groupOf, rulesOf, type GroupRef } from './materialize';
import { severityOf } from './pairRules';
import { REC_PAIR } from './records';
import type { AudienceMembers, ConflictAccount, ConflictMotion } from './types';

/** A change to try: motions replaced (same ids) with their new audiences, accounts replaced. */
export interface PlanChange {
  motions: { motion: ConflictMotion; audience: AudienceMembers }[];
  /** Accounts whose fields change but not which audiences hold them (a primary team). */
  accounts: ConflictAccount[];
}

/** One group the change touches: how many of its conflicts (accounts) go, how many come. */
export interface GroupConsequence {
  groupId: string;
  ref: GroupRef;
  rule: ConflictRule;
  severity: Severity;
  title: string;
  motionIds: string[];
  blackoutId: string | null;
  week: string | null;
  cleared: number;
  created: number;
}

export interface Consequences {
  groups: GroupConsequence[];
  cleared: number;
  created: number;
}

const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info'];
const A = 2 ** 21;
const OFFSET = 2 ** 20;

function keyOf(kind: number, a: number, b: number, rule: number): number {
  return ((kind * A + (a + OFFSET)) * A + (b + OFFSET)) * 8 + rule;
}

function decode(key: number): { ref: GroupRef; rule: number } {
  const rule = key % 8;
  const g = (key - rule) / 8;
  const b = (g % A) - OFFSET;
  const rest = Math.floor(g / A);
  const a = (rest % A) - OFFSET;
  return { ref: [Math.floor(rest / A), a, b], rule };
}

/** Per account, the records swept but not yet matched: [key, sign, severity] triples. */
class Ledger {
  private readonly open = new Map<number, number[]>();
  private readonly scratch: number[] = [];

  /** One batch of one account's sweep, already turned into [key, severity] pairs. */
  batch(account: number, sign: 1 | -1, entries: readonly number[], count: number): void {
    const list = this.open.get(account);
    if (!list) {
      if (count === 0) return;
      const fresh = new Array<number>((count * 3) / 2);
      for (let e = 0, j = 0; e < count; e += 2, j += 3) {
        fresh[j] = entries[e]!;
        fresh[j + 1] = sign;
        fresh[j + 2] = entries[e + 1]!;
      }
      this.open.set(account, fresh);
      return;
    }
    // A record swept out and then in again (or in and out) is unchanged: the two cancel.
    for (let e = 0; e < count; e += 2) {
      const key = entries[e]!;
      let matched = false;
      for (let j = 0; j < list.length; j += 3) {
        if (list[j] === key && list[j + 1] === -sign) {
          list[j + 1] = 0;
          matched = true;
          break;
        }
      }
      if (!matched) list.push(key, sign, entries[e + 1]!);
    }
    const kept = this.scratch;
    kept.length = 0;
    for (let j = 0; j < list.length; j += 3)
      if (list[j + 1] !== 0) kept.push(list[j]!, list[j + 1]!, list[j + 2]!);
    if (kept.length !== list.length) {
      list.length = 0;
      for (const x of kept) list.push(x);
    }
  }

  /** Net per group key: [cleared, created, severity of the cleared, severity of the created]. */
  totals(): Map<number, number[]> {
    const out = new Map<number, number[]>();
    for (const list of this.open.values()) {
      for (let j = 0; j < list.length; j += 3) {
        const key = list[j]!;
        let t = out.get(key);
        if (!t) out.set(key, (t = [0, 0, 0, 0]));
        if (list[j + 1]! < 0) {
          t[0]!++;
          t[2] = list[j + 2]!;
        } else {
          t[1]!++;
          t[3] = list[j + 2]!;
        }
      }
    }
    return out;
  }
}

const RULE_INDEX = new Map(CONFLICT_RULES.map((r, i) => [r, i]));
const SEVERITY_INDEX = new Map(SEVERITIES.map((s, i) => [s, i]));

function listen(index: ConflictIndex, ledger: Ledger): void {
  const p = index.plan;
  const entries: number[] = [];
  index.recorder = (account, sign, data, length) => {
    entries.length = 0;
    for (let r = 0; r < length; r += 3) {
      const kind = data[r]!;
      const a = data[r + 1]!;
      const b = data[r + 2]!;
      // Rules and severities as they are at this moment: before or after the change.
      for (const rule of rulesOf(p, kind, a, b)) {
        const severity = kind === REC_PAIR ? severityOf(p, rule, a, b) : p.severities[rule];
        entries.push(keyOf(kind, a, b, RULE_INDEX.get(rule)!), SEVERITY_INDEX.get(severity)!);
      }
    }
    ledger.batch(account, sign, entries, entries.length);
  };
}

function applyChange(index: ConflictIndex, change: PlanChange): void {
  for (const { motion, audience } of change.motions)
    index.updateMotion(motion.id, motion, audience);
  for (const account of change.accounts) index.updateAccount(account);
}

/** The change that puts back what `change` replaces, read from the index before it runs. */
function undoOf(index: ConflictIndex, change: PlanChange): PlanChange {
  const p = index.plan;
  const motions = change.motions.map(({ motion }) => {
    const m = index.motionPosition(motion.id);
    const old = m === undefined ? null : p.motions[m];
    if (m === undefined || !old) throw new Error(`No motion ${motion.id} in the plan`);
    return { motion: old, audience: p.audiences[m]! };
  });
  const accounts = change.accounts.map((a) => {
    const i = index.accountPosition(a.id);
    if (i === undefined) throw new Error(`No account ${a.id} in the plan`);
    return p.accounts[i]!;
  });
  return { motions: motions.reverse(), accounts: accounts.reverse() };
}

/** The conflicts `change` would clear and create, by group; the index is left as it was. */
export function previewChange(index: ConflictIndex, change: PlanChange): Consequences {
  const undo = undoOf(index, change);
  const ledger = new Ledger();
  const described = new Map<number, GroupConsequence>();
  const describe = (key: number, totals: number[], after: boolean) => {
    const { ref, rule } = decode(key);
    const g = groupOf(index, ref, CONFLICT_RULES[rule]!, 0, false);
    described.set(key, {
      groupId: g.id,
      ref,
      rule: g.rule,
      severity: SEVERITIES[after ? totals[3]! : totals[2]!]!,
      title: g.title,
      motionIds: g.motionIds,
      blackoutId: g.blackoutId,
      week: g.week,
      cleared: totals[0]!,
      created: totals[1]!,
    });
  };
  let totals: Map<number, number[]>;
  listen(index, ledger);
  try {
    applyChange(index, change);
    totals = ledger.totals();
    // Groups that gain accounts are described as they will be (their window after the change).
    for (const [key, t] of totals) if (t[1]! > 0) describe(key, t, true);
  } finally {
    index.recorder = null;
    revert(index, undo);
  }
  for (const [key, t] of totals) if (t[1] === 0) describe(key, t, false);
  const groups = [...described.values()];
  return {
    groups,
    cleared: groups.reduce((n, g) => n + g.cleared, 0),
    created: groups.reduce((n, g) => n + g.created, 0),
  };
}

function revert(index: ConflictIndex, undo: PlanChange): void {
  // Accounts first (they were changed last), then the motions in reverse order.
  for (const account of undo.accounts) index.updateAccount(account);
  for (const { motion, audience } of undo.motions) index.updateMotion(motion.id, motion, audience);
}
