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

/** Appends REC_PERSON records (ascending weeks) for account `i` to `out`. */
export function sweepPersonPressure(
  p: CompiledPlan,
  i: number,
  out: RecordBuffer,
  s: SweepScratch,
): void {
  const pp = p.people;
  const profiles = pp.aProfiles[i];
  const list = p.lists[i];
  if (!profiles || !list || list.length === 0) return;
  const n = pp.profileCount;
  const { reach, mW0, mW1, mHead, mTail, mTouches } = pp;
  const b = s.base;
  if (marks.length < s.diff.length) marks = new Uint8Array(s.diff.length);
  const cap7 = p.personCap7 + 1e-9;
  // An account's own days for a motion (a staggered wave, a hand-over) count, not the motion's.
  const own = p.hasOwnDays(i);
  const days = p.datesOn(i);
  let minAll = 1 << 30;
  let maxAll = -(1 << 30);
  for (let q = 0; q < profiles.length; q++) {
    const k = profiles[q]!;
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
      if (own) {
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
        marks[at] = 1;
        if (w < minAll) minAll = w;
        if (w > maxAll) maxAll = w;
      }
      s.diff[at] = 0;
      s.part[at] = 0;
    }
  }
  for (let w = minAll; w <= maxAll; w++) {
    if (marks[w - b] === 0) continue;
    marks[w - b] = 0;
    out.push(REC_PERSON, w, 0);
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
