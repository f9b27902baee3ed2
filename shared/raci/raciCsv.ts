/**
 * A RACI grid as CSV: activities in the first column, one column per role (the header is the
 * role's name), the letters in the cells, then a Phase and a Note column when any row has
 * one. Export then import gives back the same grid (ids aside): the property test in
 * test/unit/raci holds it to that. Reading and writing go through shared/csv (readCsv undoes
 * an Excel-safe file's escapes; writeCsvText quotes any role holding , ; tab or |).
 */
import { readCsv } from '../csv/readCsv';
import { columnLetter, type CsvError } from '../csv/csvError';
import { writeCsvText } from '../csv/writeCsv';
import type { IdGenerator } from '../domain/ids';
import type { IsoDateTime, RaciGrid, RaciLetter } from '../domain/types';
import { cellKey, cellLetters, formatLetters, parseLetters } from './letters';
import {
  ACTIVITY_HEADER,
  NOTE_HEADER,
  PHASE_HEADER,
  normalizeLineBreaks,
  normalizeName,
} from './names';

/** 'plain': UTF-8 as it is. 'excel': with a BOM, formula-looking text neutralized. */
export type RaciCsvMode = 'plain' | 'excel';

export function raciCsvTable(grid: RaciGrid): { headers: string[]; rows: string[][] } {
  const withPhase = grid.activities.some((a) => a.phase !== '');
  const withNote = grid.activities.some((a) => a.note !== '');
  const headers = [ACTIVITY_HEADER, ...grid.roles.map((r) => r.name)];
  if (withPhase) headers.push(PHASE_HEADER);
  if (withNote) headers.push(NOTE_HEADER);
  const rows = grid.activities.map((activity) => {
    const row = [
      activity.name,
      ...grid.roles.map((role) => formatLetters(cellLetters(grid, activity.id, role.id))),
    ];
    if (withPhase) row.push(activity.phase);
    if (withNote) row.push(activity.note);
    return row;
  });
  return { headers, rows };
}

export function raciToCsvText(grid: RaciGrid, mode: RaciCsvMode = 'plain'): string {
  const { headers, rows } = raciCsvTable(grid);
  return writeCsvText(headers, rows, { mode: mode === 'excel' ? 'excel' : 'crm' });
}

export function raciToCsvBytes(grid: RaciGrid, mode: RaciCsvMode = 'plain'): Uint8Array {
  return new TextEncoder().encode(raciToCsvText(grid, mode));
}

export type RaciCsvResult =
  { ok: true; grid: RaciGrid; notices: string[] } | { ok: false; error: CsvError };

function gridNameFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return normalizeName(base.replace(/\.(csv|tsv|txt)$/i, '')) || 'Imported RACI';
}

function isMetaHeader(header: string, meta: string): boolean {
  return header.toLowerCase() === meta.toLowerCase();
}

/**
 * Reads a RACI grid from a CSV file. The activity column is the first one that is not Phase
 * or Note; every other column is a role. All or nothing: the first bad cell stops the import
 * with its file, row and column.
 */
export function raciFromCsv(
  file: string,
  input: Uint8Array | string,
  ids: IdGenerator,
  now: IsoDateTime,
): RaciCsvResult {
  const table = readCsv(file, input);
  if (!table.ok) return table;
  const fail = (message: string, row?: number, column?: string): RaciCsvResult => {
    const error: CsvError = { file, message };
    if (row !== undefined) error.row = row;
    if (column !== undefined) error.column = column;
    return { ok: false, error };
  };

  const headers = table.headers;
  let phaseCol = -1;
  let noteCol = -1;
  let activityCol = -1;
  const roleCols: number[] = [];
  for (let c = 0; c < headers.length; c++) {
    const header = headers[c] as string;
    if (isMetaHeader(header, PHASE_HEADER) || isMetaHeader(header, NOTE_HEADER)) {
      if (isMetaHeader(header, PHASE_HEADER)) phaseCol = c;
      else noteCol = c;
    } else if (activityCol < 0) activityCol = c;
    else roleCols.push(c);
  }
  if (activityCol < 0) return fail('The file has no activity column (the first column).', 1);

  const notices = [...table.notices];
  const roleColumns: { col: number; name: string }[] = [];
  for (const c of roleCols) {
    const header = headers[c] as string;
    const unnamed = header === `Column ${columnLetter(c)}`;
    const used = table.rows.some((row) => (row[c] ?? '').trim() !== '');
    if (unnamed && !used) {
      notices.push(`Column ${columnLetter(c)} has no header and no letters; it was left out.`);
      continue;
    }
    if (unnamed)
      return fail(
        'This column holds letters but its header (the role name) is empty.',
        1,
        `column ${columnLetter(c)}`,
      );
    roleColumns.push({ col: c, name: normalizeName(header) });
  }

  const grid: RaciGrid = {
    id: ids(),
    name: gridNameFromFile(file),
    source: `Imported from ${file}`,
    roles: roleColumns.map((r) => ({ id: ids(), name: r.name })),
    activities: [],
    cells: {},
    createdAt: now,
    updatedAt: now,
  };
  const phaseOrder: string[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i] as string[];
    const rowNumber = table.rowNumbers[i] as number;
    const name = normalizeName(row[activityCol] ?? '');
    if (name === '')
      return fail('The activity name is empty.', rowNumber, headers[activityCol] as string);
    const phase = phaseCol >= 0 ? normalizeName(row[phaseCol] ?? '') : '';
    const note = noteCol >= 0 ? normalizeLineBreaks(row[noteCol] ?? '') : '';
    const activity = { id: ids(), name, phase, note };
    for (let r = 0; r < roleColumns.length; r++) {
      const { col, name: roleName } = roleColumns[r] as { col: number; name: string };
      const raw = row[col] ?? '';
      const letters: RaciLetter[] | null = parseLetters(raw);
      if (letters === null)
        return fail(
          `"${raw.trim()}" is not a RACI letter: use R, A, C and I (several in one cell, e.g. "RA").`,
          rowNumber,
          roleName,
        );
      const role = grid.roles[r];
      if (role && letters.length > 0) grid.cells[cellKey(activity.id, role.id)] = letters;
    }
    if (!phaseOrder.includes(phase)) phaseOrder.push(phase);
    grid.activities.push(activity);
  }
  const byPhase = [...grid.activities].sort(
    (a, b) => phaseOrder.indexOf(a.phase) - phaseOrder.indexOf(b.phase),
  );
  if (byPhase.some((a, i) => a !== grid.activities[i]))
    notices.push('Rows of the same phase were scattered; they are now grouped by phase.');
  grid.activities = byPhase;
  return { ok: true, grid, notices };
}
