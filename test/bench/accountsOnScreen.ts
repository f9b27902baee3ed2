/**
 * The accounts bench's rows for the user's time of a bulk edit, its undo and its redo
 * (test/bench/app/bulkOnScreen.ts): the action to the first painted frame whose grid shows
 * the new value (target ≤ 1 s), with the time until the write is durable as a note.
 */
import type { BenchResult } from './types';

interface OnScreen {
  screen: number;
  durable: number;
}

export function onScreenRows(
  r: { edit: OnScreen; undo: OnScreen; redo: OnScreen; ok: boolean },
  rows: number,
  size: string,
): BenchResult[] {
  const row = (what: string, t: OnScreen): BenchResult => ({
    name: `accounts ${what}, action to the painted grid showing it (user's time, ${size})`,
    value: t.screen,
    unit: 'ms',
    target: '≤ 1000',
    pass: r.ok && t.screen <= 1000,
    note: `${rows.toLocaleString('en-US')} rows through the bulk edit bar's code path; durable at ${t.durable.toFixed(0)} ms${r.ok ? '' : '; the grid did NOT show the expected tiers'}`,
  });
  return [
    row('bulk edit of the tier on every row', r.edit),
    row('undo of that bulk edit', r.undo),
    row('redo of that bulk edit', r.redo),
  ];
}
