/**
 * Person pressure (issue 18): the weeks in which one person at an account would get more
 * touches than the per-person cap from all the motions, of both sides, that reach them — the
 * account's direct motions whose personas (if any) hold the person's and whose channel the
 * person has not opted out of. Worked out per profile (PeoplePlan) with the same difference
 * array over weeks as contact pressure; an account gets one record per week in which any of
 * its people is over the cap. personPressureOf() names those people for one account and week.
 */
import { weekdayOfDay, weekIndexOfDay } from '../dates/calendarDate';
import type { CompiledPlan } from './compiledPlan';
import { REC_PERSON, type RecordBuffer } from './records';
import type { SweepScratch } from './sweepAccount';

/** Scratch for the weeks found over the cap, shared by every sweep of one thread. */
let marks = new Uint8Array(0);
/** Scratch for one profile's weeks (PersonPressureByClass). */
let single = new Uint8Array(0);
/** The first and last week marked by the last markProfile() calls (widened, never narrowed). */
const span = new Int32Array(2);

function fitMarks(s: SweepScratch): void {
  if (marks.length < s.diff.length) marks = new Uint8Array(s.diff.length);
  if (single.length < s.diff.length) single = new Uint8Array(s.diff.length);
}

/** Appends REC_PERSON records (ascending weeks) for account `i` to `out`. */
export function sweepPersonPressure(
  p: CompiledPlan,
  i: number,
  out: RecordBuffer,
  s: SweepScratch,
): void {
  const profiles = p.people.aProfiles[i];
  const list = p.lists[i];
  if (!profiles || !list || list.length === 0) return;
  fitMarks(s);
  span[0] = 1 << 30;
  span[1] = -(1 << 30);
  for (let q = 0; q < profiles.length; q++) markProfile(p, i, profiles[q]!, s, marks);
  emitMarked(out, s.base);
}

/** Appends one REC_PERSON record per marked week in `span`, clearing the marks. */
function emitMarked(out: RecordBuffer, b: number): void {
  for (let w = span[0]!; w <= span[1]!; w++) {
    if (marks[w - b] === 0) continue;
    marks[w - b] = 0;
    out.push(REC_PERSON, w, 0);
  }
}

/**
 * Sets into[w - base] = 1 for each week w in which the motions on account `i`'s list that
 * reach profile `k` put more touches on one person than the cap, and widens `span` to them.
 */
function markProfile(
  p: CompiledPlan,
  i: number,
  k: number,
  s: SweepScratch,
  into: Uint8Array,
): void {
  const pp = p.people;
  const list = p.lists[i]!;
  const n = pp.profileCount;
  const { reach, mW0, mW1, mHead, mTail, mTouches } = pp;
  const b = s.base;
  const cap7 = p.personCap7 + 1e-9;
  // An account's own days for a motion (a staggered wave, a hand-over) count, not the motion's.
  const own = p.hasOwnDays(i);
  const days = own ? p.datesOn(i) : null;
  let minW = 1 << 30;
  let maxW = -(1 << 30);
  for (let j = 0; j < list.length; j++) {
    const m = list[j]!;
    if (reach[m * n + k] === 0) continue;
    const t = mTouches[m]!;
    let w0 = mW0[m]!;
    let w1 = mW1[m]!;
    let head = mHead[m]!;
    let tail = mTail[m]!;
    if (days) {
      // This account's own days of the motion, so the motion's weeks computed once do not hold.
      const ms = days.start[m]!;
      const me = days.end[m]!;
      if (ms > me) continue;
      w0 = weekIndexOfDay(ms);
      w1 = weekIndexOfDay(me);
      head = w0 === w1 ? t * (me - ms + 1) : t * (7 - weekdayOfDay(ms));
      tail = t * (weekdayOfDay(me) + 1);
    }
    if (w0 < minW) minW = w0;
    if (w1 > maxW) maxW = w1;
    if (w0 === w1) s.part[w0 - b]! += head;
    else {
      s.part[w0 - b]! += head;
      s.part[w1 - b]! += tail;
      if (w1 > w0 + 1) {
        s.diff[w0 + 1 - b]! += t;
        s.diff[w1 - b]! -= t;
      }
    }
  }
  let run = 0;
  for (let w = minW; w <= maxW; w++) {
    const at = w - b;
    run += s.diff[at]!;
    if (run * 7 + s.part[at]! > cap7) {
      into[at] = 1;
      if (w < span[0]!) span[0] = w;
      if (w > span[1]!) span[1] = w;
    }
    s.diff[at] = 0;
    s.part[at] = 0;
  }
}

function markPooled(pool: Int32Array, f: number, t: number, b: number): void {
  for (let y = f; y < t; y++) marks[pool[y]! - b] = 1;
}

/**
 * The full detection's person pass: calls `found(i)` with `out` holding account i's REC_PERSON
 * records (ascending weeks), for each account that has any. A profile's weeks over the cap
 * depend only on the account's motion list and own days, so the accounts of one class of
 * identical sweep inputs (`classOf`, from findTwins, which gives an account with own days a
 * class of its own) share them: the accounts are visited class by class and each (class,
 * profile) is swept once — at 100,000 accounts × 500,000 people about a third of the sweeps
 * one per account and profile would take. No allocation per account or profile.
 */
export function sweepPersonPressureByClass(
  p: CompiledPlan,
  classOf: Int32Array,
  out: RecordBuffer,
  s: SweepScratch,
  found: (i: number) => void,
): void {
  const n = classOf.length;
  const profileCount = p.people.profileCount;
  if (profileCount === 0) return;
  fitMarks(s);
  const b = s.base;
  // Accounts in class order (a counting sort on the class's first account).
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) starts[classOf[i]! + 1]!++;
  for (let c = 0; c < n; c++) starts[c + 1]! += starts[c]!;
  const order = new Int32Array(n);
  const fill = starts.slice(0, n);
  for (let i = 0; i < n; i++) order[fill[classOf[i]!]!++] = i;
  // Per profile, the class its weeks were swept for and where they are in `pool`.
  const sweptFor = new Int32Array(profileCount).fill(-1);
  const from = new Int32Array(profileCount);
  const to = new Int32Array(profileCount);
  let pool = new Int32Array(256);
  let used = 0;
  for (let c = 0; c < n; c++) {
    const first = starts[c]!;
    const last = starts[c + 1]!;
    if (first === last) continue;
    const list = p.lists[c];
    if (!list || list.length === 0) continue;
    used = 0;
    for (let x = first; x < last; x++) {
      const i = order[x]!;
      const profiles = p.people.aProfiles[i];
      if (!profiles) continue;
      let lo = 1 << 30;
      let hi = -(1 << 30);
      // The one profile with weeks over the cap, while there is only one: its weeks are the
      // account's, written straight from the pool (the common case), without marks.
      let only = -1;
      let several = false;
      for (let q = 0; q < profiles.length; q++) {
        const k = profiles[q]!;
        if (sweptFor[k] !== c) {
          sweptFor[k] = c;
          span[0] = 1 << 30;
          span[1] = -(1 << 30);
          markProfile(p, c, k, s, single);
          from[k] = used;
          for (let w = span[0]!; w <= span[1]!; w++) {
            if (single[w - b] === 0) continue;
            single[w - b] = 0;
            if (used === pool.length) {
              const next = new Int32Array(pool.length * 2);
              next.set(pool);
              pool = next;
            }
            pool[used++] = w;
          }
          to[k] = used;
        }
        const f = from[k]!;
        const t = to[k]!;
        if (f === t) continue;
        if (!several && only < 0) {
          only = k;
          continue;
        }
        if (!several) {
          several = true;
          markPooled(pool, from[only]!, to[only]!, b);
          lo = Math.min(lo, pool[from[only]!]!);
          hi = Math.max(hi, pool[to[only]! - 1]!);
        }
        markPooled(pool, f, t, b);
        if (pool[f]! < lo) lo = pool[f]!;
        if (pool[t - 1]! > hi) hi = pool[t - 1]!;
      }
      if (only < 0) continue;
      out.clear();
      if (several) {
        span[0] = lo;
        span[1] = hi;
        emitMarked(out, b);
      } else for (let y = from[only]!; y < to[only]!; y++) out.push(REC_PERSON, pool[y]!, 0);
      found(i);
    }
  }
}

/** Touches × 7 that the motions reaching profile `k` put in week `w` on account `i`'s list. */
function profileTouches7(p: CompiledPlan, i: number, k: number, w: number): number {
  const n = p.people.profileCount;
  const monday = 7 * w - 3;
  const on = p.datesOn(i);
  let sum = 0;
  for (const m of p.lists[i] ?? []) {
    if (p.people.reach[m * n + k] === 0) continue;
    const days = Math.min(on.end[m]!, monday + 6) - Math.max(on.start[m]!, monday) + 1;
    if (days > 0) sum += p.mTouches[m]! * days;
  }
  return sum;
}

/** Account `i`'s people over the cap in week `w`, the motions that reach them, and the days. */
export function personPressureOf(p: CompiledPlan, i: number, w: number) {
  const pp = p.people;
  const n = pp.profileCount;
  const monday = 7 * w - 3;
  const over = new Map<number, number>();
  for (const k of pp.aProfiles[i] ?? []) {
    const t7 = profileTouches7(p, i, k, w);
    if (t7 > p.personCap7 + 1e-9) over.set(k, t7 / 7);
  }
  const people = Array.from(pp.peopleOf(i))
    .filter((j) => over.has(pp.profileOf[j]!))
    .map((j) => {
      const person = pp.people[j]!;
      return { id: person.id, name: person.name, touches: over.get(pp.profileOf[j]!)! };
    })
    .sort(
      (x, y) => y.touches - x.touches || x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1),
    );
  const motions: number[] = [];
  let first = monday + 6;
  let last = monday;
  const on = p.datesOn(i);
  for (const m of p.lists[i] ?? []) {
    const from = Math.max(on.start[m]!, monday);
    const to = Math.min(on.end[m]!, monday + 6);
    if (from > to) continue;
    let reaches = false;
    for (const k of over.keys()) if (pp.reach[m * n + k] === 1) reaches = true;
    if (!reaches) continue;
    motions.push(m);
    first = Math.min(first, from);
    last = Math.max(last, to);
  }
  return { people, motions, first, last };
}
