/**
 * The per-account sweep: walks one account's motions in start order keeping the ones still
 * running, so each overlapping pair is met exactly once (no all-pairs loop); weekly pressure
 * comes from a difference array over weeks. Cost per account: O(its motions + its conflicts
 * + the weeks its motions span). sweepMotionOnAccount does the same for one motion only,
 * which is what an incremental update needs. Every day is read as the account sees it
 * (CompiledPlan.datesOn: a motion's own days for the account when it has some).
 */
import { weekdayOfDay, weekIndexOfDay } from '../dates/calendarDate';
import type { CompiledPlan, MotionDays } from './compiledPlan';
import type { PairTally } from './pairTally';
import { sweepPersonPressure } from './personPressure';
import {
  REC_BLACKOUT,
  REC_OFFLIST,
  REC_OWNER,
  REC_PAIR,
  REC_PRESSURE,
  type RecordBuffer,
} from './records';

/** Reusable scratch memory so the sweep allocates nothing per account. */
export class SweepScratch {
  active = new Int32Array(64);
  /** Full-week touches, as a difference array over weeks. */
  diff = new Float64Array(0);
  /** Touches × 7 of partial weeks. */
  part = new Float64Array(0);
  base = 0;

  fit(minWeek: number, maxWeek: number): void {
    if (minWeek >= this.base && maxWeek - this.base + 2 <= this.diff.length) return;
    const size = Math.max(maxWeek - minWeek + 2, 0);
    this.base = minWeek;
    this.diff = new Float64Array(size);
    this.part = new Float64Array(size);
  }
}

/** True when the two motions break rule 1, 2 or 6 wherever they overlap. */
export function pairHasRule(p: CompiledPlan, x: number, y: number): boolean {
  if (p.mDirect[x]! & p.mDirect[y]!) {
    if (p.mSide[x] !== p.mSide[y]) return true;
    if (p.mChannel[x] === p.mChannel[y]) return true;
  }
  const tx = p.mTheme[x]!;
  const ty = p.mTheme[y]!;
  return tx !== 0 && ty !== 0 && tx !== ty;
}

/**
 * Appends all of account `i`'s conflict records to `out`; without `people`, all but person
 * pressure (what a class of identical accounts shares: their people differ). With `pairs`,
 * overlapping motion pairs go to the tally instead of `out` (the full detection's path).
 */
export function sweepAccount(
  p: CompiledPlan,
  i: number,
  out: RecordBuffer,
  s: SweepScratch,
  people = true,
  pairs: PairTally | null = null,
): void {
  const list = p.lists[i];
  if (!list || list.length === 0) return;
  const days = p.datesOn(i);
  if (pairs) {
    pairs.walk(list, days);
    for (let k = 0; k < list.length; k++) singleMotionRules(p, i, list[k]!, out, days);
    sweepPressure(p, i, out, s);
    if (people) sweepPersonPressure(p, i, out, s);
    return;
  }
  const end = days.end;
  let active = s.active;
  let activeCount = 0;
  for (let k = 0; k < list.length; k++) {
    const m = list[k]!;
    const ms = days.start[m]!;
    let kept = 0;
    for (let j = 0; j < activeCount; j++) {
      const x = active[j]!;
      if (end[x]! < ms) continue;
      active[kept++] = x;
      if (pairHasRule(p, x, m)) out.push(REC_PAIR, x < m ? x : m, x < m ? m : x);
    }
    activeCount = kept;
    if (activeCount === active.length) {
      const next = new Int32Array(active.length * 2);
      next.set(active);
      active = s.active = next;
    }
    active[activeCount++] = m;
    singleMotionRules(p, i, m, out, days);
  }
  sweepPressure(p, i, out, s);
  if (people) sweepPersonPressure(p, i, out, s);
}

/** Account `i`'s records that involve motion `m` (none when m is not in its list). */
export function sweepMotionOnAccount(
  p: CompiledPlan,
  i: number,
  m: number,
  out: RecordBuffer,
): void {
  const list = p.lists[i];
  if (!list || !list.includes(m)) return;
  const days = p.datesOn(i);
  const ms = days.start[m]!;
  const me = days.end[m]!;
  for (let k = 0; k < list.length; k++) {
    const x = list[k]!;
    if (days.start[x]! > me) break;
    if (x === m || days.end[x]! < ms) continue;
    if (pairHasRule(p, x, m)) out.push(REC_PAIR, x < m ? x : m, x < m ? m : x);
  }
  singleMotionRules(p, i, m, out, days);
}

/** Rules 4, 5 and 7: one motion against one account. */
function singleMotionRules(
  p: CompiledPlan,
  i: number,
  m: number,
  out: RecordBuffer,
  days: MotionDays,
): void {
  if (p.aTarget[i] === 0) out.push(REC_OFFLIST, m, 0);
  if (!p.mDirect[m]) return;
  const primary = p.aPrimary[i]!;
  if (primary >= 0 && p.mSide[m] !== primary) out.push(REC_OWNER, m, 0);
  const global = p.globalBlackouts;
  const own = p.aBlackouts[i];
  if (global.length === 0 && !own) return;
  const ms = days.start[m]!;
  const me = days.end[m]!;
  for (let j = 0; j < global.length; j++) {
    const b = global[j]!;
    if (p.bStart[b]! <= me && p.bEnd[b]! >= ms) out.push(REC_BLACKOUT, m, b);
  }
  if (!own) return;
  for (let j = 0; j < own.length; j++) {
    const b = own[j]!;
    if (p.bStart[b]! <= me && p.bEnd[b]! >= ms) out.push(REC_BLACKOUT, m, b);
  }
}

/** Rule 3: weeks in which account `i`'s direct touches exceed the cap (strictly). */
export function sweepPressure(
  p: CompiledPlan,
  i: number,
  out: RecordBuffer,
  s: SweepScratch,
): void {
  const list = p.lists[i];
  if (!list) return;
  let minW = 1 << 30;
  let maxW = -(1 << 30);
  const b = s.base;
  const days = p.datesOn(i);
  for (let k = 0; k < list.length; k++) {
    const m = list[k]!;
    const t = p.mTouches[m]!;
    if (!p.mDirect[m] || t <= 0) continue;
    const ms = days.start[m]!;
    const me = days.end[m]!;
    const w0 = weekIndexOfDay(ms);
    const w1 = weekIndexOfDay(me);
    if (w0 < minW) minW = w0;
    if (w1 > maxW) maxW = w1;
    if (w0 === w1) s.part[w0 - b]! += t * (me - ms + 1);
    else {
      s.part[w0 - b]! += t * (7 - weekdayOfDay(ms));
      s.part[w1 - b]! += t * (weekdayOfDay(me) + 1);
      if (w1 > w0 + 1) {
        s.diff[w0 + 1 - b]! += t;
        s.diff[w1 - b]! -= t;
      }
    }
  }
  const cap7 = p.cap7 + 1e-9;
  let run = 0;
  for (let w = minW; w <= maxW; w++) {
    const at = w - b;
    run += s.diff[at]!;
    if (run * 7 + s.part[at]! > cap7) out.push(REC_PRESSURE, w, 0);
    s.diff[at] = 0;
    s.part[at] = 0;
  }
}
