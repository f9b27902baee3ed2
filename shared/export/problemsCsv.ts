/**
 * The row problems of an export as a table the user can save and work through: one line per
 * problem with the file, row, column, record and what is wrong.
 */
import type { ExportProblem, ExportTable } from './exportTypes';

export const PROBLEM_HEADERS = ['File', 'Row', 'Column', 'Record', 'Problem'];

export function problemsTable(problems: readonly ExportProblem[]): ExportTable {
  return {
    suffix: 'problems',
    headers: PROBLEM_HEADERS,
    rows: problems.map((p) => [p.file, String(p.row), p.column, p.record, p.message]),
  };
}

/** "hubspot-companies.csv, row 7, column "Company owner" (Acme): …" */
export function formatProblem(p: ExportProblem): string {
  return `${p.file}, row ${p.row}, column "${p.column}" (${p.record}): ${p.message}`;
}

/** The tables without the rows that have problems (rows are renumbered by position). */
export function withoutProblemRows(
  tables: readonly ExportTable[],
  problems: readonly ExportProblem[],
  fileNameOf: (table: ExportTable) => string,
): ExportTable[] {
  const bad = new Map<string, Set<number>>();
  for (const p of problems) {
    const rows = bad.get(p.file) ?? new Set<number>();
    rows.add(p.row);
    bad.set(p.file, rows);
  }
  return tables.map((table) => {
    const rows = bad.get(fileNameOf(table));
    if (!rows) return table;
    return { ...table, rows: table.rows.filter((_row, i) => !rows.has(i + 2)) };
  });
}
