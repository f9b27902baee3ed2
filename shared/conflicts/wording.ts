/**
 * The words a conflict is shown with: short dates ("Feb 3 – Feb 21"), group titles,
 * one-sentence explanations and the labels of resolutions. Kept apart from the engine so the
 * rules stay readable and the wording can change without touching them.
 */
import type { IsoDate, Side } from '../domain/types';
import { sideOfTeam } from '../domain/types';
import type { ConflictWindow } from './types';
import type { ConflictMotion } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Feb 3"; with `thisYear`, "Feb 3, 2028" when the day is in another year. */
export function shortDate(date: IsoDate, thisYear?: number): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '?';
  const day = `${month} ${Number(date.slice(8, 10))}`;
  const year = Number(date.slice(0, 4));
  return thisYear === undefined || year === thisYear ? day : `${day}, ${year}`;
}

/**
 * "Feb 3 – Feb 21". Given the current year, a window in another year says so once at the end
 * ("Feb 3 – Feb 21, 2028"), and one across a new year names both ("Dec 28, 2026 – Jan 3, 2027").
 */
export function windowText(w: ConflictWindow, thisYear?: number): string {
  if (w.first === w.last) return shortDate(w.first, thisYear);
  const sameYear = w.first.slice(0, 4) === w.last.slice(0, 4);
  const first = sameYear ? shortDate(w.first) : shortDate(w.first, thisYear);
  const last = sameYear ? shortDate(w.last, thisYear) : shortDate(w.last, thisYear);
  // Across a new year, the first day's year is needed even when it is this one.
  const across = !sameYear && thisYear !== undefined && first === shortDate(w.first);
  return `${across ? `${first}, ${w.first.slice(0, 4)}` : first} – ${last}`;
}

export function sideOf(m: ConflictMotion): Side {
  return sideOfTeam(m.team);
}

export function formatTouches(touches: number): string {
  return String(Math.round(touches * 10) / 10);
}
