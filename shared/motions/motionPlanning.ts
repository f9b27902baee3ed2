/**
 * A motion's planning constraints as people write them — in the motion CSV's `Locked dates`,
 * `Allowed window` and `Minimum audience` columns and in the motion editor — and back: "yes" /
 * "no", "month" / "quarter" / "±2 weeks", "90%". An empty value means "the default" and leaves
 * the constraint unset, so a file round-trips without pinning defaults onto every motion.
 */
import type { AllowedWindow, MotionPlanning } from '../domain/types';

export const DEFAULT_MINIMUM_AUDIENCE_PERCENT = 90;
/** A window wider than a year is no window; the planner tries every week of it. */
export const MAX_WINDOW_WEEKS = 52;

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; reason: string };

const YES = new Set(['yes', 'y', 'true', '1', 'locked']);
const NO = new Set(['no', 'n', 'false', '0', 'unlocked']);

export function parseLockedDates(cell: string): Parsed<boolean> {
  const key = cell.trim().toLowerCase();
  if (key === '') return { ok: true, value: undefined };
  if (YES.has(key)) return { ok: true, value: true };
  if (NO.has(key)) return { ok: true, value: false };
  return { ok: false, reason: `"${cell.trim()}" is not yes or no` };
}

export function formatLockedDates(locked: boolean | undefined): string {
  return locked === undefined ? '' : locked ? 'yes' : 'no';
}

/** "month", "quarter", "±2 weeks" (also "+-2 weeks", "2 weeks", "± 1 week", "2w"). */
export function parseAllowedWindow(cell: string): Parsed<AllowedWindow> {
  const key = cell.trim().toLowerCase();
  if (key === '') return { ok: true, value: undefined };
  if (key === 'month') return { ok: true, value: 'month' };
  if (key === 'quarter') return { ok: true, value: 'quarter' };
  const weeks = /^(?:±|\+\/?-|\+-)?\s*(\d{1,3})\s*(?:weeks?|wks?|w)$/.exec(key);
  const n = weeks ? Number(weeks[1]) : NaN;
  if (Number.isInteger(n) && n <= MAX_WINDOW_WEEKS) return { ok: true, value: { weeks: n } };
  if (Number.isInteger(n))
    return { ok: false, reason: `a window of ${n} weeks is more than ${MAX_WINDOW_WEEKS}` };
  return {
    ok: false,
    reason: `"${cell.trim()}" is not month, quarter or ±N weeks (e.g. ±2 weeks)`,
  };
}

export function formatAllowedWindow(window: AllowedWindow | undefined): string {
  if (window === undefined) return '';
  if (typeof window === 'string') return window;
  return `±${window.weeks} week${window.weeks === 1 ? '' : 's'}`;
}

/** "90%", "90", "90.5 %" → 90; a share above 100% or below 0 is refused. */
export function parseMinimumAudience(cell: string): Parsed<number> {
  const key = cell.trim();
  if (key === '') return { ok: true, value: undefined };
  const match = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(key);
  const n = match ? Number(match[1]!.replace(',', '.')) : NaN;
  if (Number.isFinite(n) && n >= 0 && n <= 100) return { ok: true, value: n };
  return { ok: false, reason: `"${key}" is not a percentage from 0 to 100 (e.g. 90%)` };
}

export function formatMinimumAudience(percent: number | undefined): string {
  return percent === undefined ? '' : `${percent}%`;
}

/** The constraints without unset parts; undefined when none is set (nothing to store). */
export function compactPlanning(planning: MotionPlanning): MotionPlanning | undefined {
  const out: MotionPlanning = {};
  if (planning.lockedDates !== undefined) out.lockedDates = planning.lockedDates;
  if (planning.allowedWindow !== undefined) out.allowedWindow = planning.allowedWindow;
  if (planning.minimumAudiencePercent !== undefined)
    out.minimumAudiencePercent = planning.minimumAudiencePercent;
  if (planning.neverExclude !== undefined && planning.neverExclude.length > 0)
    out.neverExclude = planning.neverExclude;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The motion with `patch` over its constraints; `planning` dropped when none is left. */
export function withPlanning<M extends { planning?: MotionPlanning }>(
  motion: M,
  patch: Partial<MotionPlanning>,
): M {
  const { planning: _old, ...rest } = motion;
  const planning = compactPlanning({ ...motion.planning, ...patch });
  return (planning ? { ...rest, planning } : rest) as M;
}
