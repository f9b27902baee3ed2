/**
 * The per-account sweep: walks one account's motions in start order keeping the ones still
 * running, so each overlapping pair is met exactly once (no all-pairs loop); weekly pressure
 * comes from a difference array over weeks. Cost per account: O(its motions + its conflicts
 * + the weeks its motions span).
 */
import { weekdayOfDay, weekIndexOfDay } from '../dates/calendarDate';
import type { CompiledPlan } from './compiledPlan';
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
    const size = maxWeek - minWeek + 2;
    if (minWeek >= this.base && maxWeek - this.base + 2 <= this.diff.length) return;
    this.base = minWeek;
    this.diff = new Float64Array(Math.max(size, 0));
    this.part = new Float64Array(Math.max(size, 0));
  }
}

/** True when the two motions break rule 1, 2 or 6 wherever they overlap. */
export function pairHasRule(p: CompiledPlan, x: number, y: number): boolean {
  const bothDirect = p.mDirect[x]! & p.mDirect[y]!;
  if (bothDirect) {
    if (p.mSide[x] !== p.mSide[y]) return true;
    if (p.mChannel[x] === p.mChannel[y]) return true;
  }
  const tx = p.mTheme[x]!;
  const ty = p.mTheme[y]!;
  return tx !== 0 && ty !== 0 && tx !== ty;
}

/** Appends account `i`'s conflict records to `out`. */
export function sweepAccount(p: CompiledPlan, i: number, out: RecordBuffer, s: SweepScratch): void {
  const list = p.lists[i];
  if (!list || list.length === 0) return;
  const start = p.mStart;
  const end = p.mEnd;
  const direct = p.mDirect;
  const primary = p.aPrimary[i]!;
  const offList = p.aTarget[i] === 0;
  let active = s.active;
  let activeCount = 0;
  let touched = false;
  let minW = 0;
  let maxW = 0;

  for (let k = 0; k < list.length; k++) {
    const m = list[k]!;
    const ms = start[m]!;
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

    if (offList) out.push(REC_OFFLIST, m, 0);
    if (!direct[m]) continue;
    if (primary >= 0 && p.mSide[m] !== primary) out.push(REC_OWNER, m, 0);
    const me = end[m]!;
    const t = p.mTouches[m]!;
    if (t > 0) {
      const w0 = weekIndexOfDay(ms);
      const w1 = weekIndexOfDay(me);
      if (!touched) {
        touched = true;
        minW = w0;
        maxW = w1;
      } else {
        if (w0 < minW) minW = w0;
        if (w1 > maxW) maxW = w1;
      }
      const b = s.base;
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
  }

  blackouts(p, i, list, out);
  if (touched) pressure(p, minW, maxW, out, s);
}

function pressure(p: CompiledPlan, minW: number, maxW: number, out: RecordBuffer, s: SweepScratch) {
  const cap7 = p.cap7 + 1e-9;
  let run = 0;
  for (let w = minW; w <= maxW; w++) {
    const at = w - s.base;
    run += s.diff[at]!;
    if (run * 7 + s.part[at]! > cap7) out.push(REC_PRESSURE, w, 0);
    s.diff[at] = 0;
    s.part[at] = 0;
  }
  s.diff[maxW + 1 - s.base] = 0;
}

function blackouts(p: CompiledPlan, i: number, list: Int32Array, out: RecordBuffer): void {
  const own = p.aBlackouts[i];
  const global = p.globalBlackouts;
  if (!own && global.length === 0) return;
  for (let k = 0; k < list.length; k++) {
    const m = list[k]!;
    if (!p.mDirect[m]) continue;
    const ms = p.mStart[m]!;
    const me = p.mEnd[m]!;
    for (let j = 0; j < global.length; j++) {
      const b = global[j]!;
      if (p.bStart[b]! <= me && p.bEnd[b]! >= ms) out.push(REC_BLACKOUT, m, b);
    }
    if (!own) continue;
    for (let j = 0; j < own.length; j++) {
      const b = own[j]!;
      if (p.bStart[b]! <= me && p.bEnd[b]! >= ms) out.push(REC_BLACKOUT, m, b);
    }
  }
}
