/**
 * Copy and paste of rectangular cell ranges as tab-separated text, the format Excel, Google
 * Sheets and Numbers put on the clipboard. A paste is all or nothing: one unreadable cell
 * stops it with a message naming the pasted row and column and the grid cell it was aimed at.
 */
import Papa from 'papaparse';
import type { RaciGrid, RaciLetter } from '../domain/types';
import { cellsInRange, normalizeRange, setCell, type CellRange } from './cellOps';
import { cellLetters, formatLetters, parseLetters } from './letters';

export function copyRangeAsTsv(grid: RaciGrid, range: CellRange): string {
  const r = normalizeRange(range);
  const lines: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const activity = grid.activities[row];
    if (!activity) break;
    const cells: string[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const role = grid.roles[col];
      if (!role) break;
      cells.push(formatLetters(cellLetters(grid, activity.id, role.id)));
    }
    lines.push(cells.join('\t'));
  }
  return lines.join('\r\n');
}

/** Clipboard text as rows of cells; spreadsheets end the last row with a line break. */
export function parseTsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/(\r\n|\n|\r)$/, ''), {
    delimiter: '\t',
    header: false,
  });
  return parsed.data;
}

export type PasteResult =
  | { ok: true; grid: RaciGrid; range: CellRange; notice: string | null }
  | { ok: false; message: string };

/**
 * Pastes at the selection's top-left corner. A single copied cell fills the whole selection,
 * as in Excel. Cells that would land outside the grid are left out and reported.
 */
export function pasteTsv(grid: RaciGrid, selection: CellRange, text: string): PasteResult {
  const rows = parseTsv(text);
  if (rows.length === 0) return { ok: false, message: 'The clipboard holds no cells to paste.' };
  const letters: RaciLetter[][][] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as string[];
    const parsedRow: RaciLetter[][] = [];
    for (let j = 0; j < row.length; j++) {
      const text = row[j] as string;
      const parsed = parseLetters(text);
      if (parsed === null) {
        const target = describeTarget(grid, selection, i, j);
        return {
          ok: false,
          message:
            `Pasted row ${i + 1}, column ${j + 1}${target}: "${text.trim()}" is not R, A, C or I. ` +
            'Nothing was pasted.',
        };
      }
      parsedRow.push(parsed);
    }
    letters.push(parsedRow);
  }
  const sel = normalizeRange(selection);
  const single = letters.length === 1 && letters[0]?.length === 1;
  const width = letters.reduce((most, r) => Math.max(most, r.length), 0);
  const range: CellRange = single
    ? sel
    : {
        top: sel.top,
        left: sel.left,
        bottom: sel.top + letters.length - 1,
        right: sel.left + width - 1,
      };
  let next = grid;
  let pasted = 0;
  for (const cell of cellsInRange(grid, range)) {
    const value = single ? letters[0]?.[0] : letters[cell.row - sel.top]?.[cell.col - sel.left];
    if (value === undefined) continue;
    next = setCell(next, cell.activityId, cell.roleId, value);
    pasted++;
  }
  const wanted = single ? pasted : letters.reduce((sum, r) => sum + r.length, 0);
  const notice =
    wanted > pasted
      ? `${wanted - pasted} pasted cell(s) fell outside the grid and were left out.`
      : null;
  const clipped: CellRange = {
    ...range,
    bottom: Math.min(range.bottom, grid.activities.length - 1),
    right: Math.min(range.right, grid.roles.length - 1),
  };
  return { ok: true, grid: next, range: clipped, notice };
}

function describeTarget(grid: RaciGrid, selection: CellRange, i: number, j: number): string {
  const sel = normalizeRange(selection);
  const activity = grid.activities[sel.top + i];
  const role = grid.roles[sel.left + j];
  return activity && role ? ` (for ${role.name} on "${activity.name}")` : '';
}
