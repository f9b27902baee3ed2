/**
 * Where a motion may move and whether it may move at all, from the motion's own constraints
 * (Motion.planning): its allowed window (default its fiscal quarter) as day numbers, and the shifts (whole weeks, so a motion keeps its weekdays
 * and its length) that keep it inside.
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

export function allowedWindow(motion: PlannerMotion, fiscalYearStartMonth: number): DayRange {
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
