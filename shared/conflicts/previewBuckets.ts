/**
 * A tally's buckets turned into the conflicts they clear and create: each bucket's records
 * are worked out as the plan is and again with the changed motions' new fields in place,
 * with the same rules as sweepAccount.ts; a record in one and not the other is cleared or
 * created for every account the bucket counted. Records are numbers (group key × rule),
 * so the totals are a Map of numbers.
 */
import type { ConflictRule, Severity } from '../domain/types';
import { CONFLICT_RULES } from '../domain/types';
import type { CompiledPlan } from './compiledPlan';
import { rulesOf } from './materialize';
import { severityOf } from './pairRules';
import { putBack, setAfter, type PreviewScope } from './previewScope';
import { FIELD_CODES } from './previewAccounts';
import { fromOwnKey, type Tally } from './previewTally';
import {
  REC_BLACKOUT,
  REC_OFFLIST,
  REC_OWNER,
  REC_PAIR,
  REC_PERSON,
  REC_PRESSURE,
} from './records';
import { pairHasRule } from './sweepAccount';

export const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info'];
const RULE_INDEX = new Map(CONFLICT_RULES.map((r, i) => [r, i]));
const SEVERITY_INDEX = new Map(SEVERITIES.map((s, i) => [s, i]));
const A = 2 ** 21;
const OFFSET = 2 ** 20;

/** One number per group and rule (< 2^48). */
export function keyOf(kind: number, a: number, b: number, rule: number): number {
  return ((kind * A + (a + OFFSET)) * A + (b + OFFSET)) * 8 + rule;
}

export function decode(key: number): { ref: readonly [number, number, number]; rule: number } {
  const rule = key % 8;
  const g = (key - rule) / 8;
  const b = (g % A) - OFFSET;
  const rest = Math.floor(g / A);
  const a = (rest % A) - OFFSET;
  return { ref: [Math.floor(rest / A), a, b], rule };
}

/** Per group key: [cleared, created, severity of the cleared, severity of the created]. */
export type Totals = Map<number, number[]>;

const SINGLE = 0;
const OWN = 1;
const PAIR = 2;
const CHANGED_PAIR = 3;
const STRIDE = 6;

/** The non-empty buckets as rows [kind, …5 numbers], with their account counts. */
function bucketsOf(p: CompiledPlan, scope: PreviewScope, tally: Tally) {
  const rows: number[] = [];
  const weights: number[] = [];
  const add = (w: number, kind: number, a: number, b: number, c: number, d = 0, e = 0) => {
    rows.push(kind, a, b, c, d, e);
    weights.push(w);
  };
  const { changedSingles, ownSingles, pairs, changedPairs } = tally;
  for (let at = 0; at < changedSingles.length; at++) {
    if (changedSingles[at] === 0) continue;
    const code = at % FIELD_CODES;
    const ct = (at - code) / FIELD_CODES;
    add(changedSingles[at]!, SINGLE, scope.changed[ct >> 2]!, ct & 3, code);
  }
  for (let at = 0; at < ownSingles.length; at++) {
    if (ownSingles[at] === 0) continue;
    const code = at % FIELD_CODES;
    add(ownSingles[at]!, SINGLE, (at - code) / FIELD_CODES, 3, code);
  }
  for (const [key, w] of tally.ownBlackouts) {
    const [m, b, t, inB, inA] = fromOwnKey(key);
    add(w, OWN, m, b, t, inB, inA);
  }
  const count = scope.changed.length;
  for (let at = 0; at < pairs.length; at++) {
    if (pairs[at] === 0) continue;
    const cx = at >> 2;
    add(pairs[at]!, PAIR, Math.floor(cx / p.motionCount), cx % p.motionCount, at & 3);
  }
  for (let at = 0; at < changedPairs.length; at++) {
    if (changedPairs[at] === 0) continue;
    const pair = at >> 4;
    add(
      changedPairs[at]!,
      CHANGED_PAIR,
      Math.floor(pair / count),
      pair % count,
      (at >> 2) & 3,
      at & 3,
    );
  }
  return { rows, weights };
}

class Entries {
  data = new Float64Array(64);
  length = 0;

  push(p: CompiledPlan, kind: number, a: number, b: number): void {
    for (const rule of rulesOf(p, kind, a, b)) {
      const severity = kind === REC_PAIR ? severityOf(p, rule, a, b) : p.severities[rule];
      if (this.length === this.data.length) {
        const grown = new Float64Array(this.data.length * 2);
        grown.set(this.data);
        this.data = grown;
      }
      this.data[this.length++] =
        keyOf(kind, a, b, RULE_INDEX.get(rule)!) * 4 + SEVERITY_INDEX.get(severity)!;
    }
  }
}

function overlaps(p: CompiledPlan, x: number, y: number): boolean {
  return p.mStart[x]! <= p.mEnd[y]! && p.mEnd[x]! >= p.mStart[y]!;
}

/** The records of one bucket in the plan's current state (`after`: the changed motions' new one). */
function recordsOf(
  p: CompiledPlan,
  scope: PreviewScope,
  row: number[],
  at: number,
  after: boolean,
  out: Entries,
): void {
  const held = (t: number) => (after ? t & 1 : t & 2) !== 0;
  const kind = row[at]!;
  if (kind === SINGLE) {
    const [x, t, code] = [row[at + 1]!, row[at + 2]!, row[at + 3]!];
    if (!held(t)) return;
    const fields = code >> 2;
    const primary = (after ? fields % 3 : Math.floor(fields / 3)) - 1;
    const target = after ? code & 1 : (code >> 1) & 1;
    if (target === 0) out.push(p, REC_OFFLIST, x, 0);
    if (!p.mDirect[x]) return;
    if (primary >= 0 && p.mSide[x] !== primary) out.push(p, REC_OWNER, x, 0);
    for (const b of p.globalBlackouts)
      if (p.bStart[b]! <= p.mEnd[x]! && p.bEnd[b]! >= p.mStart[x]!) out.push(p, REC_BLACKOUT, x, b);
  } else if (kind === OWN) {
    const [x, b, t, inB, inA] = [
      row[at + 1]!,
      row[at + 2]!,
      row[at + 3]!,
      row[at + 4]!,
      row[at + 5]!,
    ];
    if (!held(t) || (after ? inA : inB) === 0 || !p.mDirect[x]) return;
    if (p.bStart[b]! <= p.mEnd[x]! && p.bEnd[b]! >= p.mStart[x]!) out.push(p, REC_BLACKOUT, x, b);
  } else if (kind === PAIR) {
    const [m, x, t] = [scope.changed[row[at + 1]!]!, row[at + 2]!, row[at + 3]!];
    if (held(t) && overlaps(p, m, x) && pairHasRule(p, x, m))
      out.push(p, REC_PAIR, Math.min(m, x), Math.max(m, x));
  } else {
    const [m1, m2] = [scope.changed[row[at + 1]!]!, scope.changed[row[at + 2]!]!];
    if (held(row[at + 3]!) && held(row[at + 4]!) && overlaps(p, m1, m2) && pairHasRule(p, m1, m2))
      out.push(p, REC_PAIR, Math.min(m1, m2), Math.max(m1, m2));
  }
}

function tally(totals: Totals, entry: number, weight: number, created: boolean): void {
  const key = Math.floor(entry / 4);
  let t = totals.get(key);
  if (!t) totals.set(key, (t = [0, 0, 0, 0]));
  t[created ? 1 : 0]! += weight;
  t[created ? 3 : 2] = entry - key * 4;
}

/**
 * Totals of the change, by group key. Leaves the plan's changed motions in their new state
 * (call `described` on it, then putBack).
 */
export function totalsOf(p: CompiledPlan, scope: PreviewScope, counted: Tally): Totals {
  const { rows, weights } = bucketsOf(p, scope, counted);
  const before: Entries[] = [];
  for (let r = 0; r < weights.length; r++) {
    const e = new Entries();
    recordsOf(p, scope, rows, r * STRIDE, false, e);
    before.push(e);
  }
  const totals: Totals = new Map();
  const after = new Entries();
  setAfter(p, scope);
  for (let r = 0; r < weights.length; r++) {
    after.length = 0;
    recordsOf(p, scope, rows, r * STRIDE, true, after);
    diff(totals, before[r]!, after, weights[r]!);
  }
  const rule = RULE_INDEX.get('contact-pressure' satisfies ConflictRule)!;
  const severity = SEVERITY_INDEX.get(p.severities['contact-pressure'])!;
  scope.slotWeek.forEach((w, s) => {
    const entry = keyOf(REC_PRESSURE, w, 0, rule) * 4 + severity;
    if (counted.pressureCleared[s]) tally(totals, entry, counted.pressureCleared[s]!, false);
    if (counted.pressureCreated[s]) tally(totals, entry, counted.pressureCreated[s]!, true);
  });
  const personRule = RULE_INDEX.get('person-pressure' satisfies ConflictRule)!;
  const personSeverity = SEVERITY_INDEX.get(p.severities['person-pressure'])!;
  const persons = counted.persons;
  scope.slotWeek.forEach((w, s) => {
    const entry = keyOf(REC_PERSON, w, 0, personRule) * 4 + personSeverity;
    if (persons.cleared[s]) tally(totals, entry, persons.cleared[s]!, false);
    if (persons.created[s]) tally(totals, entry, persons.created[s]!, true);
  });
  return totals;
}

/** Adds, for `weight` accounts, the records only before (cleared) or only after (created). */
function diff(totals: Totals, before: Entries, after: Entries, weight: number): void {
  const b = before.data.subarray(0, before.length).sort();
  const a = after.data.subarray(0, after.length).sort();
  let i = 0;
  let j = 0;
  while (i < b.length || j < a.length) {
    const kb = i < b.length ? Math.floor(b[i]! / 4) : Infinity;
    const ka = j < a.length ? Math.floor(a[j]! / 4) : Infinity;
    if (kb === ka) {
      i++;
      j++;
    } else if (kb < ka) tally(totals, b[i++]!, weight, false);
    else tally(totals, a[j++]!, weight, true);
  }
}

export { putBack };
