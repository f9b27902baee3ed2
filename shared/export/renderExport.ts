/**
 * The files an export writes, as names and bytes, in the chosen mode: what the UI saves and
 * the CLI writes. With `leaveOutProblemRows` the rows that failed validation are dropped.
 */
import { writeCsvTable } from '../csv/writeCsv';
import { tableFileName } from './exportColumns';
import type { ExportMode, ExportResult } from './exportTypes';
import { withoutProblemRows } from './problemsCsv';

export interface RenderedFile {
  name: string;
  text: string;
  /** Data rows written; null for a file whose format another module owns (.ics, RACI). */
  rows: number | null;
}

export function renderExport(
  result: ExportResult,
  mode: ExportMode,
  options: { leaveOutProblemRows?: boolean } = {},
): RenderedFile[] {
  if (result.render) {
    return [
      { name: `${result.baseName}.${result.extension}`, text: result.render(mode), rows: null },
    ];
  }
  const nameOf = (suffix: string) => tableFileName(result.baseName, suffix, result.extension);
  const tables = options.leaveOutProblemRows
    ? withoutProblemRows(result.tables, result.problems, (t) => nameOf(t.suffix))
    : result.tables;
  return tables.map((table) => ({
    name: nameOf(table.suffix),
    text: writeCsvTable(table, mode),
    rows: table.rows.length,
  }));
}

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
