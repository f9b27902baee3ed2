/**
 * What the quarter's motions reached, for the review: the touches each account got in the
 * quarter (coverage), the sides whose motions engaged each opportunity (the credit model),
 * and per motion the opportunities it influenced. Sums run over (motion, audience key)
 * pairs (audienceKeys.ts): a key's opportunities are sorted by created day, so a motion
 * finds the ones created in its window with two binary searches instead of walking its
 * audience account by account. Accounts a motion names or dates on their own are walked
 * one by one, on their own days.
 */
import { sideOfTeam } from '../domain/types';
import { toDayNumber } from '../dates/calendarDate';
import { activeRangeOn } from '../motions/accountDates';
import type { AudienceKeys } from './audienceKeys';
import { MARKETING_MOTION, SALES_MOTION } from './credit';
import type { DayRange } from './pipeline';
import type { ReviewAccount, ReviewMotion } from './reviewTypes';

const DAYS_PER_WEEK = 7;

/** The opportunities as the reach reads them, by index. */
export interface ReachOpportunities {
  count: number;
  /** Account position (-1: unmatched). */
  position: Int32Array;
  created: Float64Array;
}

/** Per motion: count, amount, won count, won amount, then count and amount per credit. */
export const SUM_WIDTH = 4 + 2 * 4;

export interface MotionReach {
  touches: Float64Array;
  touched: Uint8Array;
  /** Per opportunity, MARKETING_MOTION | SALES_MOTION bits of the motions that engaged it. */
  sides: Uint8Array;
  /** Per motion, the accounts its audience holds. */
  accountsTouched: Int32Array;
  /** Adds each influenced opportunity to its motion's sums (SUM_WIDTH per motion). */
  influenceSums(
    amounts: Float64Array,
    won: Uint8Array,
    creditOf: (i: number) => number,
  ): Float64Array;
}

/** Opportunities per key (regular accounts only), sorted by created day: a CSR table. */
function oppsByKey(keys: AudienceKeys, opps: ReachOpportunities) {
  const { position, created } = opps;
  const offsets = new Int32Array(keys.keyCount + 1);
  const order = Int32Array.from({ length: opps.count }, (_, i) => i).sort(
    (a, b) => (created[a] as number) - (created[b] as number) || a - b,
  );
  for (let i = 0; i < opps.count; i++) {
    const p = position[i] as number;
    if (p >= 0 && keys.isNamed[p] === 0) (offsets[(keys.keyOf[p] as number) + 1] as number)++;
  }
  for (let k = 0; k < keys.keyCount; k++)
    offsets[k + 1] = (offsets[k + 1] as number) + (offsets[k] as number);
  const fill = offsets.slice(0, keys.keyCount);
  const list = new Int32Array(offsets[keys.keyCount] as number);
  const days = new Float64Array(list.length);
  for (const i of order) {
    const p = position[i] as number;
    if (p < 0 || keys.isNamed[p] === 1) continue;
    const at = (fill[keys.keyOf[p] as number] as number)++;
    list[at] = i;
    days[at] = created[i] as number;
  }
  return { offsets, list, days };
}

/** First index in days[from, to) whose value is ≥ value (> value when `after`). */
function bound(days: Float64Array, from: number, to: number, value: number, after: boolean) {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = days[mid] as number;
    if (d < value || (after && d === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Named accounts' opportunities, by account position (a CSR table in index order). */
function oppsOfNamed(keys: AudienceKeys, opps: ReachOpportunities) {
  const at = new Map<number, number[]>();
  for (const { position } of keys.named) at.set(position, []);
  if (at.size > 0) {
    for (let i = 0; i < opps.count; i++) at.get(opps.position[i] as number)?.push(i);
  }
  return at;
}

export function motionReach(
  accounts: readonly ReviewAccount[],
  motions: readonly ReviewMotion[],
  keys: AudienceKeys,
  opps: ReachOpportunities,
  q: DayRange,
  windowDays: number,
): MotionReach {
  const n = accounts.length;
  const touches = new Float64Array(n);
  const touched = new Uint8Array(n);
  const sides = new Uint8Array(opps.count);
  const accountsTouched = new Int32Array(motions.length);
  const keyTouches = new Float64Array(keys.keyCount);
  const keyTouched = new Uint8Array(keys.keyCount);
  const byKey = oppsByKey(keys, opps);
  // (motion, from, to) of each key range an in-quarter motion influenced, for the sums.
  let ranges = new Int32Array(3 * 1024);
  let rangeCount = 0;
  // (motion, opportunity) of each named account's influenced opportunity.
  const namedMotion: number[] = [];
  const namedOpp: number[] = [];

  const days = motions.map((m) => {
    const start = toDayNumber(m.start);
    const end = toDayNumber(m.end);
    const inQuarter = start <= q.last && end >= q.first;
    const share = (first: number, last: number) =>
      (m.touchesPerWeek * (Math.min(last, q.last) - Math.max(first, q.first) + 1)) / DAYS_PER_WEEK;
    return { start, end, inQuarter, share: inQuarter ? share(start, end) : 0, shareOf: share };
  });
  const bits = motions.map((m) =>
    sideOfTeam(m.team) === 'marketing' ? MARKETING_MOTION : SALES_MOTION,
  );

  motions.forEach((m, i) => {
    const d = days[i] as (typeof days)[number];
    const bit = bits[i] as number;
    const windowEnd = d.end + windowDays;
    const selected = keys.motionKeys[i] as Int32Array;
    for (let j = 0; j < selected.length; j++) {
      const k = selected[j] as number;
      accountsTouched[i] = (accountsTouched[i] as number) + (keys.regularSize[k] as number);
      if (d.inQuarter && (keys.regularSize[k] as number) > 0) {
        keyTouches[k] = (keyTouches[k] as number) + d.share;
        keyTouched[k] = 1;
      }
      const first = byKey.offsets[k] as number;
      const last = byKey.offsets[k + 1] as number;
      if (first === last) continue;
      const lo = bound(byKey.days, first, last, d.start, false);
      const hi = bound(byKey.days, lo, last, windowEnd, true);
      if (lo === hi) continue;
      for (let r = lo; r < hi; r++) {
        const o = byKey.list[r] as number;
        sides[o] = (sides[o] as number) | bit;
      }
      if (!d.inQuarter) continue;
      if (3 * rangeCount + 3 > ranges.length) {
        const grown = new Int32Array(ranges.length * 2);
        grown.set(ranges);
        ranges = grown;
      }
      ranges[3 * rangeCount] = i;
      ranges[3 * rangeCount + 1] = lo;
      ranges[3 * rangeCount + 2] = hi;
      rangeCount++;
    }
  });

  const namedOpps = oppsOfNamed(keys, opps);
  const dated = motions.map((m) => m.accountDates !== undefined);
  const NONE: number[] = [];
  /** The named account at `p` (id `id`, opportunities `mine`) in motion i's audience. */
  const visitNamed = (p: number, id: string, mine: readonly number[], i: number) => {
    accountsTouched[i] = (accountsTouched[i] as number) + 1;
    const d = days[i] as (typeof days)[number];
    // An account with days of its own (a wave, a hand-over) is touched and influenced on them.
    let first = d.start;
    let last = d.end;
    let share = d.share;
    let cut = d.inQuarter;
    if (dated[i] === true) {
      const m = motions[i] as ReviewMotion;
      if (m.accountDates?.[id]) {
        const own = activeRangeOn(m, id);
        if (!own) return;
        first = toDayNumber(own.start);
        last = toDayNumber(own.end);
        cut = d.inQuarter && first <= q.last && last >= q.first;
        share = cut ? d.shareOf(first, last) : 0;
      }
    }
    if (cut) {
      touches[p] = (touches[p] as number) + share;
      touched[p] = 1;
    }
    if (mine.length === 0) return;
    const to = last + windowDays;
    for (let j = 0; j < mine.length; j++) {
      const o = mine[j] as number;
      const c = opps.created[o] as number;
      if (c < first || c > to) continue;
      sides[o] = (sides[o] as number) | (bits[i] as number);
      if (!cut) continue;
      namedMotion.push(i);
      namedOpp.push(o);
    }
  };
  for (const named of keys.named) {
    const p = named.position;
    const id = (accounts[p] as ReviewAccount).id;
    const mine = namedOpps.get(p) ?? NONE;
    const { selected, skip, extra } = named;
    for (let j = 0; j < selected.length; j++) {
      const i = selected[j] as number;
      if (skip.length === 0 || !skip.includes(i)) visitNamed(p, id, mine, i);
    }
    for (let j = 0; j < extra.length; j++) visitNamed(p, id, mine, extra[j] as number);
  }
  for (let p = 0; p < n; p++) {
    if (keys.isNamed[p] === 1) continue;
    const k = keys.keyOf[p] as number;
    touches[p] = keyTouches[k] as number;
    touched[p] = keyTouched[k] as number;
  }

  return {
    touches,
    touched,
    sides,
    accountsTouched,
    influenceSums(amounts, won, creditOf) {
      const sums = new Float64Array(SUM_WIDTH * motions.length);
      const add = (i: number, o: number) => {
        const base = SUM_WIDTH * i;
        const a = amounts[o] as number;
        sums[base] = (sums[base] as number) + 1;
        sums[base + 1] = (sums[base + 1] as number) + a;
        if (won[o] === 1) {
          sums[base + 2] = (sums[base + 2] as number) + 1;
          sums[base + 3] = (sums[base + 3] as number) + a;
        }
        const c = base + 4 + 2 * creditOf(o);
        sums[c] = (sums[c] as number) + 1;
        sums[c + 1] = (sums[c + 1] as number) + a;
      };
      for (let r = 0; r < rangeCount; r++) {
        const i = ranges[3 * r] as number;
        for (let j = ranges[3 * r + 1] as number, to = ranges[3 * r + 2] as number; j < to; j++)
          add(i, byKey.list[j] as number);
      }
      for (let j = 0; j < namedMotion.length; j++)
        add(namedMotion[j] as number, namedOpp[j] as number);
      return sums;
    },
  };
}
