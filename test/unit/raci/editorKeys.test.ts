// What each key does in the grid editor: the keyboard contract a spreadsheet user expects.
import { describe, expect, it } from 'vitest';
import {
  keyAction,
  singleCell,
  type GridSelection,
  type KeyInput,
} from '../../../renderer/src/features/raci/editorKeys';

const size = { rows: 3, cols: 4 };
const at = (row: number, col: number): GridSelection => singleCell({ row, col });
const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('grid editor keys', () => {
  it('arrows move one cell and stop at the edges', () => {
    expect(keyAction(key('ArrowRight'), at(0, 0), size)).toEqual({
      kind: 'select',
      selection: at(0, 1),
    });
    expect(keyAction(key('ArrowUp'), at(0, 2), size)).toEqual({
      kind: 'select',
      selection: at(0, 2),
    });
    expect(keyAction(key('ArrowDown', { ctrlKey: true }), at(0, 2), size)).toEqual({
      kind: 'select',
      selection: at(2, 2),
    });
  });

  it('Shift+arrows extend the selection from where it started', () => {
    expect(keyAction(key('ArrowDown', { shiftKey: true }), at(1, 1), size)).toEqual({
      kind: 'select',
      selection: { anchor: { row: 1, col: 1 }, focus: { row: 2, col: 1 } },
    });
  });

  it('Tab walks the cells row by row and leaves the grid after the last one', () => {
    expect(keyAction(key('Tab'), at(0, 3), size)).toEqual({ kind: 'select', selection: at(1, 0) });
    expect(keyAction(key('Tab', { shiftKey: true }), at(1, 0), size)).toEqual({
      kind: 'select',
      selection: at(0, 3),
    });
    expect(keyAction(key('Tab'), at(2, 3), size)).toBeNull();
    expect(keyAction(key('Tab', { shiftKey: true }), at(0, 0), size)).toBeNull();
  });

  it('R, A, C and I toggle letters in either case; Delete and Backspace clear; Space and Enter cycle', () => {
    expect(keyAction(key('a'), at(0, 0), size)).toEqual({ kind: 'toggle', letter: 'A' });
    expect(keyAction(key('I'), at(0, 0), size)).toEqual({ kind: 'toggle', letter: 'I' });
    expect(keyAction(key('Delete'), at(0, 0), size)).toEqual({ kind: 'clear' });
    expect(keyAction(key('Backspace'), at(0, 0), size)).toEqual({ kind: 'clear' });
    expect(keyAction(key(' '), at(0, 0), size)).toEqual({ kind: 'cycle' });
    expect(keyAction(key('Enter'), at(0, 0), size)).toEqual({ kind: 'cycle' });
    expect(keyAction(key('x'), at(0, 0), size)).toBeNull();
  });

  it('Alt+arrows reorder rows and columns; Ctrl+letters stay with the app (copy, undo)', () => {
    expect(keyAction(key('ArrowUp', { altKey: true }), at(1, 1), size)).toEqual({
      kind: 'move-activity',
      delta: -1,
    });
    expect(keyAction(key('ArrowRight', { altKey: true }), at(1, 1), size)).toEqual({
      kind: 'move-role',
      delta: 1,
    });
    expect(keyAction(key('c', { ctrlKey: true }), at(0, 0), size)).toBeNull();
    expect(keyAction(key('z', { ctrlKey: true }), at(0, 0), size)).toBeNull();
  });

  it('an empty grid lets every key through', () => {
    expect(keyAction(key('ArrowDown'), at(0, 0), { rows: 0, cols: 4 })).toBeNull();
  });
});
