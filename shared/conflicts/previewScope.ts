/**
 * What a change to preview touches, in plan positions: the changed motions (with their slots
 * saved, so their new fields can be set for a moment and put back exactly), the accounts whose
 * own fields change, and the weeks the changed motions cover before or after — the only weeks
 * whose contact pressure can change — with each changed motion's touches in them.
 */
import type { CompiledPlan, SavedMotion } from './compiledPlan';
import type { ConflictIndex } from './conflictIndex';
import type { PlanChange } from './preview';
import type { AudienceMembers, ConflictAccount, ConflictMotion } from './types';

export interface PreviewScope {
  /** Positions of the changed motions. */
  changed: number[];
  /** Per motion position: its index in `changed`, or -1. */
  changedAt: Int32Array;
  motions: ConflictMotion[];
  /** The changed motions' new audiences, by index in `changed`. */
  audiences: AudienceMembers[];
  saved: SavedMotion[];
  /** 1 when the changed motion runs before / after the change. */
  liveBefore: Uint8Array;
  liveAfter: Uint8Array;
  /** 1 when only the changed motion's audience changes (dates, channel, team… as they were):
   *  then an account it holds before and after keeps its conflicts. */
  sameFields: Uint8Array;
  /** Accounts whose own fields change, by position, with their new fields. */
  accounts: Map<number, ConflictAccount>;
  /** Disjoint runs of whole weeks, as [first day, last day] pairs in day order. */
  days: number[];
  /** The longest live motion, in days: no motion starting earlier than the window's first day
   *  minus this can reach into the window. */
  longest: number;
  /** The first and last week of all runs (an empty window: first > last). */
  firstWeek: number;
  lastWeek: number;
  /** Per week from firstWeek to lastWeek: its slot among the runs' weeks, or -1. */
  weekSlot: Int32Array;
  slotWeek: number[];
  /** Per changed motion and slot: touches × days in that week, before and after. */
  touchesBefore: Float64Array[];
  touchesAfter: Float64Array[];
  /** Per changed motion: which profiles of people it reaches before / after (person pressure). */
  reachBefore: Uint8Array[];
  reachAfter: Uint8Array[];
}

/** Puts the changed motions' new fields into the plan (take them back with putBack). */
export function setAfter(p: CompiledPlan, scope: PreviewScope): void {
  scope.changed.forEach((m, c) => p.setMotionFields(m, scope.motions[c]!));
}

export function putBack(p: CompiledPlan, scope: PreviewScope): void {
  for (let c = scope.changed.length - 1; c >= 0; c--)
    p.restoreMotion(scope.changed[c]!, scope.saved[c]!);
}

/** Touches × days motion `m` puts in week `w` (0 when it is not a direct motion). */
export function touchDays(p: CompiledPlan, m: number, w: number): number {
  const t = p.mTouches[m]!;
  if (!p.mLive[m] || !p.mDirect[m] || t <= 0) return 0;
  const days = Math.min(p.mEnd[m]!, 7 * w + 3) - Math.max(p.mStart[m]!, 7 * w - 3) + 1;
  return days > 0 ? t * days : 0;
}

export function scopeOf(index: ConflictIndex, change: PlanChange): PreviewScope {
  const p = index.plan;
  const scope: PreviewScope = {
    changed: [],
    changedAt: new Int32Array(p.motionCount).fill(-1),
    motions: [],
    audiences: [],
    saved: [],
    liveBefore: new Uint8Array(change.motions.length),
    liveAfter: new Uint8Array(change.motions.length),
    sameFields: new Uint8Array(change.motions.length),
    accounts: new Map(),
    days: [],
    longest: 0,
    firstWeek: 0,
    lastWeek: -1,
    weekSlot: new Int32Array(0),
    slotWeek: [],
    touchesBefore: [],
    touchesAfter: [],
    reachBefore: [],
    reachAfter: [],
  };
  for (const { motion, audience } of change.motions) {
    const m = index.motionPosition(motion.id);
    if (m === undefined || !p.motions[m]) throw new Error(`No motion ${motion.id} in the plan`);
    // A motion named twice: the last one wins, as when the changes are applied in order.
    let c = scope.changedAt[m]!;
    if (c < 0) {
      c = scope.changed.length;
      scope.changedAt[m] = c;
      scope.changed.push(m);
      scope.saved.push(p.saveMotion(m));
    }
    scope.motions[c] = motion;
    scope.audiences[c] = audience;
  }
  for (const a of change.accounts) {
    const i = index.accountPosition(a.id);
    if (i === undefined) throw new Error(`No account ${a.id} in the plan`);
    scope.accounts.set(i, a);
  }
  const weeks: [number, number][] = [];
  const addWeeks = () => {
    for (const m of scope.changed)
      if (p.mLive[m] === 1)
        weeks.push([Math.floor((p.mStart[m]! + 3) / 7), Math.floor((p.mEnd[m]! + 3) / 7)]);
  };
  addWeeks();
  try {
    setAfter(p, scope);
    scope.changed.forEach((m, c) => {
      const before = scope.saved[c]!.values;
      scope.liveBefore[c] = before[0]!;
      scope.liveAfter[c] = p.mLive[m]!;
      const now = p.saveMotion(m).values;
      scope.sameFields[c] = now.every((v, k) => v === before[k]) ? 1 : 0;
    });
    addWeeks();
  } finally {
    putBack(p, scope);
  }
  weekRuns(scope, weeks);
  for (let m = 0; m < p.motionCount; m++)
    if (p.mLive[m] === 1) scope.longest = Math.max(scope.longest, p.mEnd[m]! - p.mStart[m]!);
  scope.touchesBefore = touchesIn(p, scope);
  scope.reachBefore = scope.changed.map((m) => p.people.saveRow(m));
  try {
    setAfter(p, scope);
    scope.touchesAfter = touchesIn(p, scope);
    scope.reachAfter = scope.changed.map((m) => p.people.saveRow(m));
  } finally {
    putBack(p, scope);
  }
  return scope;
}

/** Merges the week ranges into disjoint runs and numbers their weeks. */
function weekRuns(scope: PreviewScope, weeks: [number, number][]): void {
  if (weeks.length === 0) return;
  weeks.sort((a, b) => a[0] - b[0]);
  const runs: [number, number][] = [];
  for (const [w0, w1] of weeks) {
    const last = runs[runs.length - 1];
    if (last && w0 <= last[1] + 1) last[1] = Math.max(last[1], w1);
    else runs.push([w0, w1]);
  }
  scope.firstWeek = runs[0]![0];
  scope.lastWeek = runs[runs.length - 1]![1];
  scope.weekSlot = new Int32Array(scope.lastWeek - scope.firstWeek + 1).fill(-1);
  for (const [w0, w1] of runs) {
    scope.days.push(7 * w0 - 3, 7 * w1 + 3);
    for (let w = w0; w <= w1; w++) {
      scope.weekSlot[w - scope.firstWeek] = scope.slotWeek.length;
      scope.slotWeek.push(w);
    }
  }
}

function touchesIn(p: CompiledPlan, scope: PreviewScope): Float64Array[] {
  return scope.changed.map((m) => Float64Array.from(scope.slotWeek, (w) => touchDays(p, m, w)));
}
