/**
 * The row problems of an export as a table the user can save and work through: one line per
 * problem with the file, row, column, record and what is wrong.
 */
import type { ExportProblem, ExportTable } from './exportTypes';

export const PROBLEM_HEADERS = ['Severity', 'File', 'Row', 'Column', 'Record', 'Problem'];

export function problemsTable(problems: readonly ExportProblem[]): ExportTable {
  return {
    suffix: 'problems',
    headers: PROBLEM_HEADERS,
    rows: problems.map((p) => [p.severity, p.file, String(p.row), p.column, p.record, p.message]),
  };
}

/** "hubspot-companies.csv, row 7, column "Company owner" (Acme): …" */
export function formatProblem(p: ExportProblem): string {
  const prefix = p.severity === 'warning' ? 'warning: ' : '';
  return `${prefix}${p.file}, row ${p.row}, column "${p.column}" (${p.record}): ${p.message}`;
}

/** The rows the CRM would reject, as 'file:row' keys. */
export function errorRows(problems: readonly ExportProblem[]): Set<string> {
  return new Set(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.row}`));
}

/** The tables without the rows that have errors (warnings keep their row). */
export function withoutProblemRows(
  tables: readonly ExportTable[],
  problems: readonly ExportProblem[],
  fileNameOf: (table: ExportTable) => string,
): ExportTable[] {
  const bad = new Map<string, Set<number>>();
  for (const p of problems) {
    if (p.severity !== 'error') continue;
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
