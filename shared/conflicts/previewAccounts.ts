/**
 * The accounts a change can touch — those in a changed motion's old or new audience, and those
 * whose own fields change — and one representative per group of them that behave alike:
 * accounts of one class of identical sweep inputs (ConflictIndex.twinClass) that the changed
 * motions hold alike afterwards and whose own fields, if they change, change alike (same team
 * and status, tags as they were). Any other account, and one that has left its class, stands
 * for itself. The per-account arrays are kept between previews of one plan and cleared after
 * each, so a preview allocates nothing in proportion to the whole plan.
 */
import type { CompiledPlan } from './compiledPlan';
import { primaryCodeOf } from './compiledPlan';
import type { PreviewScope } from './previewScope';

/** Fields code: primary team (3 values) and target status (2), before and after. */
export const FIELD_CODES = 36;

export function fieldsCode(pb: number, pa: number, tb: number, ta: number): number {
  return ((pb + 1) * 3 + (pa + 1)) * 4 + tb * 2 + ta;
}

export interface Touched {
  reps: number[];
  /** How many accounts each representative stands for. */
  weights: number[];
  /** Per account: 0 untouched, 1 touched, 2 touched and its own fields change. */
  seen: Uint8Array;
  /** Per account, `words` words of bits: which changed motions hold it afterwards. */
  member: Uint32Array;
  words: number;
  /** Clears the per-account arrays for the next preview. */
  release: () => void;
}

interface Scratch {
  seen: Uint8Array;
  member: Uint32Array;
  /** Which changed motions hold the account before (bits; one word only). */
  held: Uint32Array;
  first: Int32Array;
}
const scratchOf = new WeakMap<CompiledPlan, Scratch>();

function scratchFor(p: CompiledPlan): Scratch {
  const n = p.accounts.length;
  let s = scratchOf.get(p);
  if (!s || s.seen.length !== n) {
    s = {
      seen: new Uint8Array(n),
      member: new Uint32Array(n),
      held: new Uint32Array(n),
      first: new Int32Array(n).fill(-1),
    };
    scratchOf.set(p, s);
  }
  return s;
}

export function touchedAccounts(
  p: CompiledPlan,
  twinClass: Int32Array,
  scope: PreviewScope,
): Touched {
  const scratch = scratchFor(p);
  const words = Math.ceil(scope.changed.length / 32);
  // One word fits the usual one or two changed motions; more get their own array.
  const member = words <= 1 ? scratch.member : new Uint32Array(p.accounts.length * words);
  const { seen, first, held } = scratch;
  const out: number[] = [];
  scope.changed.forEach((m, c) => {
    const before = p.audiences[m] ?? [];
    for (let j = 0; j < before.length; j++) {
      const i = before[j]!;
      if (seen[i] === 0) out.push(i);
      seen[i] = 1;
      if (words === 1) held[i]! |= 1 << c;
    }
    const after = scope.audiences[c]!;
    for (let j = 0; j < after.length; j++) {
      const i = after[j]!;
      if (seen[i] === 0) out.push(i);
      seen[i] = 1;
      member[i * words + (c >> 5)]! |= 1 << (c & 31);
    }
  });
  for (const i of scope.accounts.keys()) {
    if (seen[i] === 0) out.push(i);
    seen[i] = 2;
  }
  const reps: number[] = [];
  const weights: number[] = [];
  const bitsOf: number[] = [];
  const fieldsOf: number[] = [];
  const nextOf: number[] = [];
  // An account the changed motions hold before and after alike, when only their audiences
  // change, keeps every conflict: it needs no look (most of an exclusion's audience).
  let liveBefore = 0;
  let liveAfter = 0;
  let sameFields = 0;
  scope.changed.forEach((_, c) => {
    if (c >= 32) return;
    liveBefore |= scope.liveBefore[c]! << c;
    liveAfter |= scope.liveAfter[c]! << c;
    sameFields |= scope.sameFields[c]! << c;
  });
  for (const i of out) {
    if (words === 1 && seen[i] === 1) {
      const b = held[i]! & liveBefore;
      if (b === (member[i]! & liveAfter) && (b & ~sameFields) === 0) continue;
    }
    let cls = words > 1 ? -1 : twinClass[i]!;
    let fields = 0;
    if (seen[i] === 2) {
      const next = scope.accounts.get(i)!;
      if (!sameTags(next.tags, p.accounts[i]!.tags)) cls = -1;
      const pa = primaryCodeOf(next.primaryTeam);
      fields = 1 + fieldsCode(p.aPrimary[i]!, pa, p.aTarget[i]!, next.status === 'target' ? 1 : 0);
    }
    const bits = words === 1 ? member[i]! : 0;
    let r = cls < 0 ? -1 : first[cls]!;
    while (r >= 0 && (bitsOf[r] !== bits || fieldsOf[r] !== fields)) r = nextOf[r]!;
    if (r >= 0) {
      weights[r]!++;
      continue;
    }
    reps.push(i);
    weights.push(1);
    bitsOf.push(bits);
    fieldsOf.push(fields);
    nextOf.push(cls < 0 ? -1 : first[cls]!);
    if (cls >= 0) first[cls] = reps.length - 1;
  }
  const release = () => {
    for (const i of out) {
      seen[i] = 0;
      held[i] = 0;
      if (words <= 1) member[i] = 0;
      const cls = twinClass[i]!;
      if (cls >= 0) first[cls] = -1;
    }
  };
  return { reps, weights, seen, member, words, release };
}

function sameTags(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((t, k) => t === y[k]);
}
