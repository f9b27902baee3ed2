/**
 * One pass over the accounts a change can touch, counting them into buckets: accounts in the
 * same bucket have the same records of that bucket's kind before and after the change, so a
 * bucket's records are worked out once (previewBuckets.ts) and counted for all its accounts.
 * Per account this is a scan of its motions near the changed weeks, a few counter increments
 * and its weekly touches in those weeks — no sweep, no allocation, no hashing.
 *
 * A membership "transition" is 2 bits: held before (2) and held after (1).
 * Fields code: primary team (3) and target status (2), before and after = 36 values.
 */
import type { CompiledPlan } from './compiledPlan';
import { primaryCodeOf } from './compiledPlan';
import { FIELD_CODES, fieldsCode, touchedAccounts, type Touched } from './previewAccounts';
import { touchDays, type PreviewScope } from './previewScope';
import { PersonTally } from './previewPersons';

export class Tally {
  /** Single-motion rules (4, 5 global, 7) of the changed motions: by (c × 4 + transition) × 36 + fields. */
  readonly changedSingles: Int32Array;
  /** The same on the other motions, of accounts whose own fields change: by motion × 36 + fields. */
  readonly ownSingles: Int32Array;
  /** Pairs of a changed motion c and an unchanged one x: by (c × motions + x) × 4 + transition of c. */
  readonly pairs: Int32Array;
  /** Pairs of two changed motions c1 < c2: by ((c1 × C + c2) × 4 + t1) × 4 + t2. */
  readonly changedPairs: Int32Array;
  /** Rule 5 with the account's own blackouts: by ownKey(motion, blackout, transition, in before, in after). */
  readonly ownBlackouts = new Map<number, number>();
  /** Per week slot: accounts whose week goes over the cap (created) or back under (cleared). */
  readonly pressureCreated: Int32Array;
  readonly pressureCleared: Int32Array;
  /** The same for person pressure: a week in which one of the account's people is over. */
  readonly persons: PersonTally;

  constructor(p: CompiledPlan, scope: PreviewScope) {
    const c = scope.changed.length;
    this.changedSingles = new Int32Array(c * 4 * FIELD_CODES);
    this.ownSingles = new Int32Array(scope.accounts.size > 0 ? p.motionCount * FIELD_CODES : 0);
    this.pairs = new Int32Array(c * p.motionCount * 4);
    this.changedPairs = new Int32Array(c * c * 16);
    this.pressureCreated = new Int32Array(scope.slotWeek.length);
    this.pressureCleared = new Int32Array(scope.slotWeek.length);
    this.persons = new PersonTally(scope.slotWeek.length);
  }
}

export function tallyAccounts(p: CompiledPlan, twinClass: Int32Array, scope: PreviewScope): Tally {
  const tally = new Tally(p, scope);
  const touched = touchedAccounts(p, twinClass, scope);
  try {
    tallyEach(p, scope, touched, tally);
  } finally {
    touched.release();
  }
  return tally;
}

/** Counts each representative account, for all the accounts it stands for. */
function tallyEach(p: CompiledPlan, scope: PreviewScope, touched: Touched, tally: Tally): void {
  const { changed, changedAt, days, weekSlot, firstWeek } = scope;
  const count = changed.length;
  const { reps, weights, seen, member, words } = touched;
  const motionCount = p.motionCount;
  const { mStart, mEnd, mDirect, mTouches } = p;
  const lastDay = days.length > 0 ? days[days.length - 1]! : -Infinity;
  const earliest = days.length > 0 ? days[0]! - scope.longest : Infinity;
  const before = new Uint8Array(count);
  const trans = new Uint8Array(count);
  const slots = scope.slotWeek.length;
  const base = new Float64Array(slots);
  const cap7 = p.cap7 + 1e-9;
  let window = new Int32Array(64);
  for (let r = 0; r < reps.length; r++) {
    const i = reps[r]!;
    const weight = weights[r]!;
    const list = p.lists[i]!;
    const next = seen[i] === 2 ? scope.accounts.get(i) : undefined;
    const pb = p.aPrimary[i]!;
    const tb = p.aTarget[i]!;
    const pa = next ? primaryCodeOf(next.primaryTeam) : pb;
    const ta = next ? (next.status === 'target' ? 1 : 0) : tb;
    const code = fieldsCode(pb, pa, tb, ta);
    before.fill(0);
    if (window.length < list.length) window = new Int32Array(2 * list.length);
    let inWindow = 0;
    for (let k = next ? 0 : firstIn(list, mStart, earliest); k < list.length; k++) {
      const x = list[k]!;
      const start = mStart[x]!;
      // Lists are in start order: past the window, only an account's own fields matter.
      if (start > lastDay && !next) break;
      const c = changedAt[x]!;
      if (c >= 0) {
        before[c] = 1;
        continue;
      }
      if (next) tally.ownSingles[x * FIELD_CODES + code]! += weight;
      const end = mEnd[x]!;
      for (let d = 0; d < days.length; d += 2) {
        if (start <= days[d + 1]! && end >= days[d]!) {
          window[inWindow++] = x;
          break;
        }
      }
    }
    for (let c = 0; c < count; c++) {
      const after = (member[i * words + (c >> 5)]! >>> (c & 31)) & 1 & scope.liveAfter[c]!;
      const t = (before[c]! << 1) | after;
      trans[c] = t;
      if (t === 0) continue;
      tally.changedSingles[(c * 4 + t) * FIELD_CODES + code]! += weight;
      for (let k = 0; k < inWindow; k++)
        tally.pairs[(c * motionCount + window[k]!) * 4 + t]! += weight;
    }
    for (let c2 = 1; c2 < count; c2++) {
      const t2 = trans[c2]!;
      if (t2 === 0) continue;
      for (let c1 = 0; c1 < c2; c1++) {
        const t1 = trans[c1]!;
        if (t1 !== 0) tally.changedPairs[((c1 * count + c2) * 4 + t1) * 4 + t2]! += weight;
      }
    }
    const own = p.aBlackouts[i] ?? null;
    const ownAfter = next ? p.blackoutsFor(i, next.tags) : own;
    if (own || ownAfter) countOwnBlackouts(tally, scope, list, trans, own, ownAfter, weight);
    if (slots === 0) continue;
    base.fill(0);
    for (let k = 0; k < inWindow; k++) {
      const x = window[k]!;
      if (!mDirect[x] || mTouches[x]! <= 0) continue;
      const w0 = Math.max(firstWeek, Math.floor((mStart[x]! + 3) / 7));
      const w1 = Math.min(scope.lastWeek, Math.floor((mEnd[x]! + 3) / 7));
      for (let w = w0; w <= w1; w++) {
        const slot = weekSlot[w - firstWeek]!;
        if (slot >= 0) base[slot]! += touchDays(p, x, w);
      }
    }
    for (let s = 0; s < slots; s++) {
      let sb = base[s]!;
      let sa = sb;
      for (let c = 0; c < count; c++) {
        const t = trans[c]!;
        if (t & 2) sb += scope.touchesBefore[c]![s]!;
        if (t & 1) sa += scope.touchesAfter[c]![s]!;
      }
      const over = sb > cap7;
      if (over !== sa > cap7) (over ? tally.pressureCleared : tally.pressureCreated)[s]! += weight;
    }
    tally.persons.count(p, scope, i, window, inWindow, trans, weight);
  }
}

/** The first position in a start-ordered list whose motion starts on or after `day`. */
function firstIn(list: Int32Array, start: Int32Array, day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[list[mid]!]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Map key of an own-blackout bucket. */
export function ownKey(m: number, b: number, t: number, inB: number, inA: number): number {
  return ((m * 2 ** 21 + b) * 4 + t) * 4 + inB * 2 + inA;
}

export function fromOwnKey(
  key: number,
): [m: number, b: number, t: number, inB: number, inA: number] {
  const ins = key % 4;
  const rest = (key - ins) / 4;
  const t = rest % 4;
  const mb = (rest - t) / 4;
  const b = mb % 2 ** 21;
  return [(mb - b) / 2 ** 21, b, t, ins >> 1, ins & 1];
}

/** Rule 5 with the account's own blackouts: on the changed motions, and on all its motions
 *  when its own fields change which blackouts cover it. */
function countOwnBlackouts(
  tally: Tally,
  scope: PreviewScope,
  list: Int32Array,
  trans: Uint8Array,
  own: Int32Array | null,
  ownAfter: Int32Array | null,
  weight: number,
): void {
  const bump = (key: number) =>
    tally.ownBlackouts.set(key, (tally.ownBlackouts.get(key) ?? 0) + weight);
  const count = scope.changed.length;
  if (own === ownAfter) {
    for (let j = 0; j < own!.length; j++)
      for (let c = 0; c < count; c++)
        if (trans[c]) bump(ownKey(scope.changed[c]!, own![j]!, trans[c]!, 1, 1));
    return;
  }
  const differ = !sameSet(own, ownAfter);
  for (const b of new Set([...(own ?? []), ...(ownAfter ?? [])])) {
    const inB = own?.includes(b) ? 1 : 0;
    const inA = ownAfter?.includes(b) ? 1 : 0;
    for (let c = 0; c < count; c++)
      if (trans[c]) bump(ownKey(scope.changed[c]!, b, trans[c]!, inB, inA));
    if (differ) for (const x of list) if (scope.changedAt[x]! < 0) bump(ownKey(x, b, 3, inB, inA));
  }
}

function sameSet(x: Int32Array | null, y: Int32Array | null): boolean {
  if (!x || !y) return !x === !y;
  return x.length === y.length && x.every((b) => y.includes(b));
}
