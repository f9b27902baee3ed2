// Typing, clicking, clearing and the clipboard: what the grid editor does to cells.
import { describe, expect, it } from 'vitest';
import {
  clearRange,
  cycleCell,
  toggleLetter,
  toggleLetterInRange,
} from '../../../shared/raci/cellOps';
import { copyRangeAsTsv, pasteTsv } from '../../../shared/raci/clipboard';
import { formatLetters, parseLetters } from '../../../shared/raci/letters';
import { activityId, gridOf, picture, roleId } from './helpers';

describe('RACI cells', () => {
  const base = () =>
    gridOf(
      ['Ops', 'Sales', 'Mkt'],
      [
        ['Plan', '', 'C', 'I'],
        ['Run', 'R', '', ''],
      ],
    );

  it('typing a letter toggles it; letters stay in R, A, C, I order', () => {
    let grid = base();
    const [plan, ops] = [activityId(grid, 'Plan'), roleId(grid, 'Ops')];
    grid = toggleLetter(grid, plan, ops, 'A');
    grid = toggleLetter(grid, plan, ops, 'R');
    expect(grid.cells[`${plan}:${ops}`]).toEqual(['R', 'A']);
    grid = toggleLetter(grid, plan, ops, 'A');
    grid = toggleLetter(grid, plan, ops, 'R');
    expect(grid.cells[`${plan}:${ops}`]).toBeUndefined();
  });

  it('clicking cycles empty → R → A → C → I → empty, and clears a combination', () => {
    let grid = base();
    const [plan, ops] = [activityId(grid, 'Plan'), roleId(grid, 'Ops')];
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      grid = cycleCell(grid, plan, ops);
      seen.push(formatLetters(grid.cells[`${plan}:${ops}`] ?? []));
    }
    expect(seen).toEqual(['R', 'A', 'C', 'I', '']);
    grid = toggleLetter(toggleLetter(grid, plan, ops, 'R'), plan, ops, 'A');
    expect(grid.cells[`${plan}:${ops}`]).toEqual(['R', 'A']);
    expect(cycleCell(grid, plan, ops).cells[`${plan}:${ops}`]).toBeUndefined();
  });

  it('Delete clears a range; a letter typed over a range sets it everywhere, then removes it', () => {
    let grid = clearRange(base(), { top: 0, left: 1, bottom: 1, right: 2 });
    expect(picture(grid)).toEqual([
      ['Plan', '', '', ''],
      ['Run', 'R', '', ''],
    ]);
    const all = { top: 1, left: 0, bottom: 0, right: 2 };
    grid = toggleLetterInRange(grid, all, 'I');
    expect(picture(grid)).toEqual([
      ['Plan', 'I', 'I', 'I'],
      ['Run', 'RI', 'I', 'I'],
    ]);
    grid = toggleLetterInRange(grid, all, 'I');
    expect(picture(grid)).toEqual([
      ['Plan', '', '', ''],
      ['Run', 'R', '', ''],
    ]);
  });

  it('reads the ways people write letters in Excel, and rejects anything else', () => {
    expect(parseLetters(' a/r ')).toEqual(['R', 'A']);
    expect(parseLetters('Responsible, Informed')).toEqual(['R', 'I']);
    expect(parseLetters('CIR')).toEqual(['R', 'C', 'I']);
    expect(parseLetters('')).toEqual([]);
    expect(parseLetters('X')).toBeNull();
    expect(parseLetters('Owner')).toBeNull();
  });

  it('copies a range as Excel-style TSV and pastes it back elsewhere', () => {
    const grid = base();
    const tsv = copyRangeAsTsv(grid, { top: 0, left: 0, bottom: 1, right: 1 });
    expect(tsv).toBe('\tC\r\nR\t');
    const pasted = pasteTsv(grid, { top: 0, left: 1, bottom: 0, right: 1 }, `${tsv}\r\n`);
    expect(pasted.ok && picture(pasted.grid)).toEqual([
      ['Plan', '', '', 'C'],
      ['Run', 'R', 'R', ''],
    ]);
    expect(pasted.ok && pasted.notice).toBeNull();
  });

  it('one copied cell fills the whole selection, as in Excel', () => {
    const result = pasteTsv(base(), { top: 0, left: 0, bottom: 1, right: 2 }, 'A\n');
    expect(result.ok && picture(result.grid)).toEqual([
      ['Plan', 'A', 'A', 'A'],
      ['Run', 'A', 'A', 'A'],
    ]);
  });

  it('cells pasted beyond the grid are left out and reported', () => {
    const result = pasteTsv(base(), { top: 1, left: 2, bottom: 1, right: 2 }, 'R\tA\nC\tI');
    expect(result.ok && picture(result.grid)[1]).toEqual(['Run', 'R', '', 'R']);
    expect(result.ok && result.notice).toBe(
      '3 pasted cell(s) fell outside the grid and were left out.',
    );
  });

  it('a paste with one bad cell changes nothing and names the cell', () => {
    const grid = base();
    const result = pasteTsv(grid, { top: 0, left: 0, bottom: 0, right: 0 }, 'R\tA\nC\tOwner');
    expect(result).toEqual({
      ok: false,
      message:
        'Pasted row 2, column 2 (for Sales on "Run"): "Owner" is not R, A, C or I. Nothing was pasted.',
    });
    expect(picture(grid)).toEqual(picture(base()));
  });
});
