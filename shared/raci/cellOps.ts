/**
 * Edits of a grid's cells: set, toggle a letter, cycle on click, clear a rectangular range.
 * A range is given by row and column indexes (activities × roles in their current order),
 * which is how the editor's selection and the clipboard think about it.
 */
import type { RaciGrid, RaciLetter } from '../domain/types';
import { cellKey, cellLetters, nextInCycle, normalizeLetters } from './letters';

/** Inclusive, 0-based; top/left may be given larger than bottom/right (a drag upwards). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function normalizeRange(range: CellRange): CellRange {
  return {
    top: Math.min(range.top, range.bottom),
    bottom: Math.max(range.top, range.bottom),
    left: Math.min(range.left, range.right),
    right: Math.max(range.left, range.right),
  };
}

/** Empty cells are left out of the record, so equal grids have equal cells. */
function withCell(
  cells: Record<string, RaciLetter[]>,
  key: string,
  letters: readonly RaciLetter[],
): Record<string, RaciLetter[]> {
  const next = { ...cells };
  const clean = normalizeLetters(letters);
  if (clean.length === 0) delete next[key];
  else next[key] = clean;
  return next;
}

export function setCell(
  grid: RaciGrid,
  activityId: string,
  roleId: string,
  letters: readonly RaciLetter[],
): RaciGrid {
  return { ...grid, cells: withCell(grid.cells, cellKey(activityId, roleId), letters) };
}

export function toggleLetter(
  grid: RaciGrid,
  activityId: string,
  roleId: string,
  letter: RaciLetter,
): RaciGrid {
  const current = cellLetters(grid, activityId, roleId);
  const next = current.includes(letter)
    ? current.filter((l) => l !== letter)
    : [...current, letter];
  return setCell(grid, activityId, roleId, next);
}

export function cycleCell(grid: RaciGrid, activityId: string, roleId: string): RaciGrid {
  return setCell(grid, activityId, roleId, nextInCycle(cellLetters(grid, activityId, roleId)));
}

/** The (activityId, roleId) pairs of a range, clipped to the grid. */
export function cellsInRange(
  grid: RaciGrid,
  range: CellRange,
): { activityId: string; roleId: string; row: number; col: number }[] {
  const r = normalizeRange(range);
  const out: { activityId: string; roleId: string; row: number; col: number }[] = [];
  for (let row = Math.max(0, r.top); row <= r.bottom; row++) {
    const activity = grid.activities[row];
    if (!activity) break;
    for (let col = Math.max(0, r.left); col <= r.right; col++) {
      const role = grid.roles[col];
      if (!role) break;
      out.push({ activityId: activity.id, roleId: role.id, row, col });
    }
  }
  return out;
}

export function clearRange(grid: RaciGrid, range: CellRange): RaciGrid {
  let cells = grid.cells;
  for (const { activityId, roleId } of cellsInRange(grid, range)) {
    cells = withCell(cells, cellKey(activityId, roleId), []);
  }
  return { ...grid, cells };
}

/** Toggles one letter on every cell of a range: on everywhere unless every cell has it already. */
export function toggleLetterInRange(
  grid: RaciGrid,
  range: CellRange,
  letter: RaciLetter,
): RaciGrid {
  const targets = cellsInRange(grid, range);
  const allHave = targets.every((t) => cellLetters(grid, t.activityId, t.roleId).includes(letter));
  let cells = grid.cells;
  for (const { activityId, roleId } of targets) {
    const key = cellKey(activityId, roleId);
    const current = cells[key] ?? [];
    const next = allHave ? current.filter((l) => l !== letter) : [...current, letter];
    cells = withCell(cells, key, next);
  }
  return { ...grid, cells };
}
