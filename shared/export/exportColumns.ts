/**
 * Turns records into checked CSV tables: each column says how to read its value from a
 * record and which checks the value must pass. Every problem names the file, the row as a
 * spreadsheet shows it (header = row 1), the column and the record, so the user can find it.
 */
import type { CellCheck } from './columnChecks';
import type { ExportProblem, ExportTable } from './exportTypes';

export interface ExportColumn<R> {
  header: string;
  value: (record: R) => string;
  checks?: readonly CellCheck<R>[];
  /** Checks whose findings do not stop the row: it imports, but without this value. */
  warnings?: readonly CellCheck<R>[];
}

export interface TableSpec<R> {
  /** The export's base file name, e.g. 'salesforce-accounts'. */
  baseName: string;
  /** Tells grouped files apart ('update', 'new'); '' for a profile with one group. */
  group: string;
  columns: readonly ExportColumn<R>[];
  /** How a problem names the record, e.g. the account's name. */
  describe: (record: R) => string;
}

export interface CheckedTables {
  tables: ExportTable[];
  problems: ExportProblem[];
}

/** Salesforce's Data Import Wizard takes fewer than 50,000 records a file. */
export const SALESFORCE_MAX_ROWS_PER_FILE = 49_999;

/** The file name of one table of an export: 'base.csv' or 'base-suffix.csv'. */
export function tableFileName(baseName: string, suffix: string, extension: string): string {
  return suffix === '' ? `${baseName}.${extension}` : `${baseName}-${suffix}.${extension}`;
}

/**
 * Builds the tables of one group, split into files of at most `maxRows` data rows (each
 * with the header), suffixed '-1', '-2' … only when there is more than one file.
 */
export function buildTables<R>(
  records: readonly R[],
  spec: TableSpec<R>,
  maxRows: number = Number.POSITIVE_INFINITY,
): CheckedTables {
  if (!(maxRows >= 1)) throw new RangeError('maxRows must be at least 1');
  const parts = Math.max(1, Math.ceil(records.length / maxRows));
  const tables: ExportTable[] = [];
  const problems: ExportProblem[] = [];
  for (let part = 0; part < parts; part++) {
    const slice = parts === 1 ? records : records.slice(part * maxRows, (part + 1) * maxRows);
    const numbered = parts === 1 ? '' : String(part + 1);
    const suffix = [spec.group, numbered].filter((s) => s !== '').join('-');
    const file = tableFileName(spec.baseName, suffix, 'csv');
    const rows = fillRows(slice, spec, file, problems);
    tables.push({ suffix, headers: spec.columns.map((c) => c.header), rows });
  }
  return { tables, problems };
}

function fillRows<R>(
  records: readonly R[],
  spec: TableSpec<R>,
  file: string,
  problems: ExportProblem[],
): string[][] {
  const columns = spec.columns;
  const width = columns.length;
  const rows = new Array<string[]>(records.length);
  for (let r = 0; r < records.length; r++) {
    const record = records[r] as R;
    const cells = new Array<string>(width);
    for (let c = 0; c < width; c++) {
      const column = columns[c] as ExportColumn<R>;
      const value = column.value(record);
      cells[c] = value;
      if (column.checks)
        collect(problems, column.checks, 'error', value, record, r, file, column, spec);
      if (column.warnings)
        collect(problems, column.warnings, 'warning', value, record, r, file, column, spec);
    }
    rows[r] = cells;
  }
  return rows;
}

// Called for every checked cell (four per row at 50,000 campaign members): nothing is
// allocated until a check finds something.
function collect<R>(
  problems: ExportProblem[],
  checks: readonly CellCheck<R>[],
  severity: ExportProblem['severity'],
  value: string,
  record: R,
  r: number,
  file: string,
  column: ExportColumn<R>,
  spec: TableSpec<R>,
): void {
  for (let k = 0; k < checks.length; k++) {
    const message = (checks[k] as CellCheck<R>)(value, record);
    if (message === null) continue;
    problems.push({
      severity,
      file,
      row: r + 2,
      column: column.header,
      record: spec.describe(record),
      message: `${column.header} ${message}.`,
    });
  }
}
