/**
 * Where a motion may move and whether it may move at all, from the motion's own constraints
 * (Motion.planning): its allowed window (default its fiscal quarter) as day numbers, and the
 * shifts (whole weeks, so a motion keeps its weekdays and its length) that keep it inside.
 *
 * Today bounds it too (PlannerOptions.today, given by the caller: shared/ reads no clock): the
 * past is not re-planned. The window starts no earlier than today, so no shift, wave or
 * hand-over is proposed before today. A motion that started before today keeps its dates
 * (no shift, no stagger: its audience has been hearing from it since its start, and moving it
 * later would leave a gap in a running motion, which no planner user expects); it can still
 * hand an account over from today on. A motion starting today has not started yet: the plan
 * can still move it later.
 */
import { toDayNumber } from '../dates/calendarDate';
import { fiscalQuarterOf, monthOf } from '../dates/fiscal';
import type { MotionPlanning } from '../domain/types';
import type { PlannerMotion, PlannerOptions } from './plannerTypes';

export interface DayRange {
  first: number;
  last: number;
}

export function constraintsOf(motion: PlannerMotion): MotionPlanning {
  return motion.planning ?? {};
}

/** The share (0–1) of its audience motion keeps: its own, else the options' default. */
export function minimumShareOf(motion: PlannerMotion, options: PlannerOptions): number {
  const percent = constraintsOf(motion).minimumAudiencePercent;
  const share = percent === undefined ? options.minimumAudience : percent / 100;
  return Math.min(1, Math.max(0, share));
}

/** Dates that never move: set by the user, or (when unset) the motion already runs or ran. */
export function datesLocked(motion: PlannerMotion): boolean {
  const locked = constraintsOf(motion).lockedDates;
  if (locked !== undefined) return locked;
  return motion.status === 'In Progress' || motion.status === 'Completed';
}

/** Today as a day number, or null when the caller gave none (no bound: tests of old plans). */
export function todayOf(options: Pick<PlannerOptions, 'today'>): number | null {
  return options.today === undefined ? null : toDayNumber(options.today);
}

/** True when the motion's first day is before today: it runs or ran, so its dates stay. */
export function startedBefore(motion: PlannerMotion, today: number | null): boolean {
  return today !== null && toDayNumber(motion.start) < today;
}

/** The motion's own window (its constraint), as it was set: today not applied. */
function ownWindow(motion: PlannerMotion, fiscalYearStartMonth: number): DayRange {
  const window = constraintsOf(motion).allowedWindow ?? 'quarter';
  const start = toDayNumber(motion.start);
  const end = toDayNumber(motion.end);
  if (window === 'month') {
    const m = monthOf(motion.start);
    return { first: toDayNumber(m.start), last: Math.max(toDayNumber(m.end), end) };
  }
  if (window === 'quarter') {
    const q = fiscalQuarterOf(motion.start, fiscalYearStartMonth);
    return { first: toDayNumber(q.start), last: Math.max(toDayNumber(q.end), end) };
  }
  const days = Math.max(0, Math.floor(window.weeks)) * 7;
  return { first: start - days, last: end + days };
}

/** The days the motion may run on: its own window from today on (`today` null: no bound). */
export function allowedWindow(
  motion: PlannerMotion,
  fiscalYearStartMonth: number,
  today: number | null = null,
): DayRange {
  const own = ownWindow(motion, fiscalYearStartMonth);
  return today === null ? own : { first: Math.max(own.first, today), last: own.last };
}

/**
 * Why today keeps the motion where it is, in words for "what cannot be cleared", or null when
 * it does not: its whole allowed window is in the past, it started before today, or today cut
 * its window so that no shift is left in it.
 */
export function todayLimitText(
  motion: PlannerMotion,
  fiscalYearStartMonth: number,
  today: number | null,
): string | null {
  if (today === null) return null;
  const own = ownWindow(motion, fiscalYearStartMonth);
  if (own.last < today) return `${motion.name}: its allowed window ends before today`;
  if (startedBefore(motion, today)) return `${motion.name} started before today, so its dates stay`;
  const left = allowedWindow(motion, fiscalYearStartMonth, today);
  if (own.first < today && candidateShifts(motion, left).length === 0)
    return `${motion.name}: what is left of its allowed window after today leaves no room to move it`;
  return null;
}

/**
 * Shifts in days that keep the motion inside the window, nearest first (later before
 * earlier): every whole week, plus the exact shifts that start it the day after, or end it
 * the day before, each of `edges` (other motions and blackouts it collides with).
 */
export function candidateShifts(
  motion: PlannerMotion,
  window: DayRange,
  edges: readonly DayRange[] = [],
): number[] {
  const start = toDayNumber(motion.start);
  const end = toDayNumber(motion.end);
  const found = new Set<number>();
  const maxWeeks = Math.ceil((window.last - window.first) / 7) + 1;
  for (let k = 1; k <= maxWeeks; k++) found.add(7 * k).add(-7 * k);
  for (const e of edges) found.add(e.last + 1 - start).add(e.first - 1 - end);
  found.delete(0);
  return [...found]
    .filter((d) => start + d >= window.first && end + d <= window.last)
    .sort((a, b) => Math.abs(a) - Math.abs(b) || b - a);
}
