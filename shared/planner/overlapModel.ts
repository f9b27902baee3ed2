/**
 * What a shift of one motion clears, without running the engine: for every pair of live
 * motions, how many accounts they share (counted once from the per-account lists) and which
 * pair rules they break at what severity; for every direct motion and blackout, how many of its
 * accounts the blackout covers. A pair or a blackout conflicts on all of those accounts exactly
 * when the date ranges overlap, so the block and warn conflicts of a motion at any shift are a
 * sum over its partners — a prefix sum over the shifts, built in O(partners + window days).
 *
 * Contact pressure (weekly touches) is left out: the planner's final count, from the engine,
 * is what is reported and what the warn promise is checked against.
 */
import type { ConflictIndex } from '../conflicts';
import type { CompiledPlan } from '../conflicts/compiledPlan';
import { pairRuleCount, pairRules, severityOf } from '../conflicts/pairRules';
import { findTwins } from '../conflicts/twins';
import type { ConflictRule, Severity } from '../domain/types';

export interface Partner {
  /** A motion position, or for a blackout −1 − its position. */
  other: number;
  /** Conflicts (accounts × rules) while the two overlap, by severity. */
  block: number;
  warn: number;
  /** The same per rule, for the reason wording. */
  rules: { rule: ConflictRule; severity: Severity; count: number }[];
}

export interface ShiftScore {
  blocks: number;
  warns: number;
}

export class OverlapModel {
  /** Per motion, what it conflicts with when the dates overlap. */
  readonly partners: Partner[][];
  readonly start: Int32Array;
  readonly end: Int32Array;
  private readonly plan: CompiledPlan;

  /**
   * `keeps(i, m)`: false when account `i` leaves motion `m` whatever the dates (a primary
   * team the user set rules it out), so it counts toward no shift.
   */
  constructor(
    index: ConflictIndex,
    keeps: (i: number, m: number) => boolean,
    /** Called every 1,024 accounts and pairs (a long run reports from it). */
    onProgress?: () => void,
  ) {
    const p = index.plan;
    this.plan = p;
    const n = p.motionCount;
    this.start = Int32Array.from(p.mStart.subarray(0, n));
    this.end = Int32Array.from(p.mEnd.subarray(0, n));
    // Accounts alike but for their people share every count here: a fresh index's classes
    // (coarseTwins, found by the detection) serve, else they are found again. Either way a
    // class's first account comes first, so the tables fill in the same order.
    const twins = index.pristine ? index.coarseTwins : findTwins(p, false, onProgress);
    const weight = new Int32Array(p.accounts.length);
    for (let i = 0; i < twins.length; i++) weight[twins[i]!]!++;
    // Shared accounts per pair: a square table while it stays small, else a map.
    const dense = n <= 3000 ? new Int32Array(n * n) : null;
    const shared = new Map<number, number>();
    const nb = p.bStart.length;
    // Accounts per (direct motion, blackout): a flat table while it stays small, else a map.
    const coveredDense = n * nb <= 4_000_000 ? new Int32Array(n * nb) : null;
    const covered = new Map<number, number>();
    const addCovered = (key: number, w: number) => {
      if (coveredDense) coveredDense[key]! += w;
      else covered.set(key, (covered.get(key) ?? 0) + w);
    };
    let kept = new Int32Array(64);
    for (let i = 0; i < p.accounts.length; i++) {
      if (onProgress && (i & 1023) === 0) onProgress();
      const w = weight[i]!;
      if (w === 0) continue;
      const list = p.lists[i];
      if (!list) continue;
      if (kept.length < list.length) kept = new Int32Array(list.length * 2);
      let count = 0;
      for (let k = 0; k < list.length; k++) if (keeps(i, list[k]!)) kept[count++] = list[k]!;
      // By position, so each motion's row of the table is walked in order (cache friendly).
      const sorted = kept.subarray(0, count).sort();
      for (let x = 0; x < count; x++) {
        const a = sorted[x]!;
        const row = a * n;
        if (dense) for (let y = x + 1; y < count; y++) dense[row + sorted[y]!]! += w;
        else
          for (let y = x + 1; y < count; y++) {
            const key = row + sorted[y]!;
            shared.set(key, (shared.get(key) ?? 0) + w);
          }
        if (!p.mDirect[a]) continue;
        const global = p.globalBlackouts;
        for (let k = 0; k < global.length; k++) addCovered(a * nb + global[k]!, w);
        const own = p.aBlackouts[i];
        if (own) for (let k = 0; k < own.length; k++) addCovered(a * nb + own[k]!, w);
      }
    }
    if (coveredDense)
      for (let key = 0; key < coveredDense.length; key++)
        if (coveredDense[key]) covered.set(key, coveredDense[key]!);
    this.partners = Array.from({ length: n }, () => []);
    const linkPair = (key: number, count: number) => {
      const a = Math.floor(key / n);
      const b = key % n;
      // Most pairs break no rule: counted without building anything.
      if (pairRuleCount(p, a, b) === 0) return;
      const rules = pairRules(p, a, b)
        .map((rule) => ({ rule, severity: severityOf(p, rule, a, b), count }))
        .filter((r) => r.severity !== 'info');
      if (rules.length === 0) return;
      this.link(a, b, rules);
      this.link(b, a, rules);
    };
    if (dense) {
      for (let key = 0; key < dense.length; key++) {
        if (onProgress && (key & 65535) === 0) onProgress();
        if (dense[key]) linkPair(key, dense[key]!);
      }
    } else for (const [key, count] of shared) linkPair(key, count);
    const blackoutSeverity = p.severities.blackout;
    if (blackoutSeverity !== 'info' && p.bStart.length > 0) {
      for (const [key, count] of covered) {
        const m = Math.floor(key / p.bStart.length);
        const b = key % p.bStart.length;
        this.link(m, -1 - b, [{ rule: 'blackout', severity: blackoutSeverity, count }]);
      }
    }
  }

  private link(m: number, other: number, rules: Partner['rules']): void {
    let block = 0;
    let warn = 0;
    for (const r of rules) {
      if (r.severity === 'block') block += r.count;
      else warn += r.count;
    }
    this.partners[m]!.push({ other, block, warn, rules });
  }

  /** The other side's day range: a motion where it is now, or a blackout. */
  rangeOf(other: number): [number, number] {
    if (other >= 0) return [this.start[other]!, this.end[other]!];
    const b = -1 - other;
    return [this.plan.bStart[b]!, this.plan.bEnd[b]!];
  }

  /**
   * Motion `m`'s block and warn conflicts for every start from `first` to `last` (its length
   * kept), as two arrays indexed by start − first.
   */
  conflictsByStart(
    m: number,
    first: number,
    last: number,
  ): { blocks: Float64Array; warns: Float64Array } {
    const size = Math.max(0, last - first + 1);
    const blocks = new Float64Array(size + 1);
    const warns = new Float64Array(size + 1);
    const length = this.end[m]! - this.start[m]!;
    const bStart = this.plan.bStart;
    const bEnd = this.plan.bEnd;
    for (const partner of this.partners[m] ?? []) {
      const o = partner.other;
      const os = o >= 0 ? this.start[o]! : bStart[-1 - o]!;
      const oe = o >= 0 ? this.end[o]! : bEnd[-1 - o]!;
      // Overlap while start ≤ oe and start + length ≥ os.
      const from = Math.max(first, os - length) - first;
      const to = Math.min(last, oe) - first;
      if (from > to) continue;
      blocks[from]! += partner.block;
      blocks[to + 1]! -= partner.block;
      warns[from]! += partner.warn;
      warns[to + 1]! -= partner.warn;
    }
    for (let k = 1; k < size; k++) {
      blocks[k]! += blocks[k - 1]!;
      warns[k]! += warns[k - 1]!;
    }
    return { blocks, warns };
  }

  /** What moving motion `m` to start on `to` clears and creates, partner by partner. */
  difference(m: number, to: number): { cleared: Partner[]; created: Partner[] } {
    const length = this.end[m]! - this.start[m]!;
    const cleared: Partner[] = [];
    const created: Partner[] = [];
    for (const partner of this.partners[m] ?? []) {
      const [os, oe] = this.rangeOf(partner.other);
      const before = this.start[m]! <= oe && this.end[m]! >= os;
      const after = to <= oe && to + length >= os;
      if (before && !after) cleared.push(partner);
      else if (after && !before) created.push(partner);
    }
    return { cleared, created };
  }

  move(m: number, start: number): void {
    const length = this.end[m]! - this.start[m]!;
    this.start[m] = start;
    this.end[m] = start + length;
  }
}
