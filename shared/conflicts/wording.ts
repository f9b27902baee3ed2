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

export function shortDate(date: IsoDate): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '?';
  return `${month} ${Number(date.slice(8, 10))}`;
}

export function windowText(w: ConflictWindow): string {
  return w.first === w.last ? shortDate(w.first) : `${shortDate(w.first)} – ${shortDate(w.last)}`;
}

export function sideOf(m: ConflictMotion): Side {
  return sideOfTeam(m.team);
}

export function formatTouches(touches: number): string {
  return String(Math.round(touches * 10) / 10);
}
