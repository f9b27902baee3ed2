/**
 * What a key does in the RACI grid editor, as data: the editor turns the action into an edit
 * or a new selection. Kept free of React and the DOM so the mapping is unit-tested.
 */
import type { RaciLetter } from '../../../../shared/domain/types';
import type { CellRange } from '../../../../shared/raci/cellOps';

export interface CellPos {
  row: number;
  col: number;
}

/** The anchor stays where a Shift-selection began; focus is the cell with the caret. */
export interface GridSelection {
  anchor: CellPos;
  focus: CellPos;
}

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export type EditorAction =
  | { kind: 'select'; selection: GridSelection }
  | { kind: 'toggle'; letter: RaciLetter }
  | { kind: 'cycle' }
  | { kind: 'clear' }
  | { kind: 'move-activity'; delta: -1 | 1 }
  | { kind: 'move-role'; delta: -1 | 1 };

export function selectionRange(selection: GridSelection): CellRange {
  const { anchor, focus } = selection;
  return {
    top: Math.min(anchor.row, focus.row),
    bottom: Math.max(anchor.row, focus.row),
    left: Math.min(anchor.col, focus.col),
    right: Math.max(anchor.col, focus.col),
  };
}

export function singleCell(pos: CellPos): GridSelection {
  return { anchor: pos, focus: pos };
}

const ARROWS: Record<string, CellPos> = {
  ArrowUp: { row: -1, col: 0 },
  ArrowDown: { row: 1, col: 0 },
  ArrowLeft: { row: 0, col: -1 },
  ArrowRight: { row: 0, col: 1 },
};

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));

/** The action for a key, or null when the editor should let the key through. */
export function keyAction(
  e: KeyInput,
  selection: GridSelection,
  size: { rows: number; cols: number },
): EditorAction | null {
  if (size.rows === 0 || size.cols === 0) return null;
  const { focus } = selection;
  const mod = e.ctrlKey || e.metaKey;
  const step = ARROWS[e.key];
  if (step && e.altKey && !mod) {
    if (step.row !== 0) return { kind: 'move-activity', delta: step.row as -1 | 1 };
    return { kind: 'move-role', delta: step.col as -1 | 1 };
  }
  if (step && !e.altKey) {
    const next = mod
      ? {
          row: step.row === 0 ? focus.row : step.row < 0 ? 0 : size.rows - 1,
          col: step.col === 0 ? focus.col : step.col < 0 ? 0 : size.cols - 1,
        }
      : {
          row: clamp(focus.row + step.row, size.rows - 1),
          col: clamp(focus.col + step.col, size.cols - 1),
        };
    const anchor = e.shiftKey ? selection.anchor : next;
    return { kind: 'select', selection: { anchor, focus: next } };
  }
  if (e.key === 'Tab' && !mod && !e.altKey) {
    const index = focus.row * size.cols + focus.col + (e.shiftKey ? -1 : 1);
    // Past either end, Tab leaves the grid as it does everywhere else.
    if (index < 0 || index >= size.rows * size.cols) return null;
    const next = { row: Math.floor(index / size.cols), col: index % size.cols };
    return { kind: 'select', selection: singleCell(next) };
  }
  if ((e.key === 'Home' || e.key === 'End') && !e.altKey) {
    const next = {
      row: mod ? (e.key === 'Home' ? 0 : size.rows - 1) : focus.row,
      col: e.key === 'Home' ? 0 : size.cols - 1,
    };
    return {
      kind: 'select',
      selection: { anchor: e.shiftKey ? selection.anchor : next, focus: next },
    };
  }
  if (mod || e.altKey) return null;
  if (e.key === 'Delete' || e.key === 'Backspace') return { kind: 'clear' };
  if (e.key === ' ' || e.key === 'Enter') return { kind: 'cycle' };
  if (e.key === 'Escape') return { kind: 'select', selection: singleCell(focus) };
  const letter = e.key.toUpperCase();
  if (e.key.length === 1 && (letter === 'R' || letter === 'A' || letter === 'C' || letter === 'I'))
    return { kind: 'toggle', letter };
  return null;
}
