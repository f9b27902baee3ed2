/**
 * The exact way to preview a change when accounts have days of their own (a staggered wave, a
 * hand-over): the bucket tally (previewTally.ts) counts accounts alike by their motions, which
 * own days break. Here the change is made on the index — each touched account swept out and
 * back in, every record seen through the index's recorder — and then taken back the same way,
 * so the index ends as it began (only its twin classes are split, which costs later previews
 * time, never exactness). Cost: two incremental updates.
 */
import { CONFLICT_RULES } from '../domain/types';
import type { ConflictIndex } from './conflictIndex';
import { rulesOf } from './materialize';
import { severityOf } from './pairRules';
import { keyOf, SEVERITIES, type Totals } from './previewBuckets';
import type { PlanChange } from './preview';
import { REC_PAIR } from './records';
import { hasAccountDates } from '../motions/accountDates';
import type { AudienceMembers, ConflictAccount, ConflictMotion } from './types';

const RULE_INDEX = new Map(CONFLICT_RULES.map((r, i) => [r, i]));
const SEVERITY_INDEX = new Map(SEVERITIES.map((s, i) => [s, i]));

/**
 * True when the bucket tally would not be exact for this change: the change gives accounts
 * days of their own, or an account it touches (in a changed motion's audience, before or
 * after, or with fields that change) has some. Other accounts' own days do not matter to it.
 */
export function needsSweeping(index: ConflictIndex, change: PlanChange): boolean {
  if (change.motions.some((c) => hasAccountDates(c.motion))) return true;
  const p = index.plan;
  if (!p.hasAnyOwnDays()) return false;
  for (const a of change.accounts) {
    const i = index.accountPosition(a.id);
    if (i !== undefined && p.hasOwnDays(i)) return true;
  }
  for (const { motion, audience } of change.motions) {
    const m = index.motionPosition(motion.id);
    const before = m === undefined ? [] : (p.audiences[m] ?? []);
    for (const members of [audience, before])
      for (let k = 0; k < members.length; k++) if (p.hasOwnDays(members[k]!)) return true;
  }
  return false;
}

/**
 * Totals of the change, by group key, as previewBuckets.ts gives them. `whileChanged` runs
 * with the change made (to describe the groups as they will be).
 */
export function sweptTotals(
  index: ConflictIndex,
  change: PlanChange,
  whileChanged: (totals: Totals) => void,
): Totals {
  const p = index.plan;
  // Per account, per record key: the net of its sweeps out (−1) and in (+1), and severities.
  const net = new Map<number, Map<number, number[]>>();
  index.recorder = (account, sign, records, length) => {
    let mine = net.get(account);
    if (!mine) net.set(account, (mine = new Map()));
    for (let r = 0; r < length; r += 3) {
      const kind = records[r]!;
      const a = records[r + 1]!;
      const b = records[r + 2]!;
      for (const rule of rulesOf(p, kind, a, b)) {
        const key = keyOf(kind, a, b, RULE_INDEX.get(rule)!);
        const severity = kind === REC_PAIR ? severityOf(p, rule, a, b) : p.severities[rule];
        let t = mine.get(key);
        if (!t) mine.set(key, (t = [0, 0, 0]));
        t[0]! += sign;
        t[sign < 0 ? 1 : 2] = SEVERITY_INDEX.get(severity)!;
      }
    }
  };
  const undoMotions: { id: string; motion: ConflictMotion | null; audience: AudienceMembers }[] =
    [];
  const undoAccounts: ConflictAccount[] = [];
  let totals: Totals = new Map();
  try {
    for (const { motion, audience } of change.motions) {
      const m = index.motionPosition(motion.id);
      if (m === undefined || !p.motions[m]) throw new Error(`No motion ${motion.id} in the plan`);
      index.flushLeftOut();
      undoMotions.push({
        id: motion.id,
        motion: p.motions[m],
        audience: Int32Array.from(p.audiences[m] ?? []),
      });
      index.updateMotion(motion.id, motion, audience);
    }
    for (const account of change.accounts) {
      const i = index.accountPosition(account.id);
      if (i === undefined) throw new Error(`No account ${account.id} in the plan`);
      undoAccounts.push(p.accounts[i]!);
      index.updateAccount(account);
    }
    totals = totalsFrom(net);
    index.recorder = null;
    whileChanged(totals);
  } finally {
    index.recorder = null;
    for (const account of undoAccounts.reverse()) index.updateAccount(account);
    for (const u of undoMotions.reverse()) index.updateMotion(u.id, u.motion, u.audience);
  }
  return totals;
}

function totalsFrom(net: Map<number, Map<number, number[]>>): Totals {
  const totals: Totals = new Map();
  for (const mine of net.values()) {
    for (const [key, [sum = 0, before = 0, after = 0]] of mine) {
      if (sum === 0) continue;
      let t = totals.get(key);
      if (!t) totals.set(key, (t = [0, 0, 0, 0]));
      if (sum < 0) {
        t[0]!++;
        t[2] = before;
      } else {
        t[1]!++;
        t[3] = after;
      }
    }
  }
  return totals;
}
