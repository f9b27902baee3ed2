/**
 * The largest CSV file the workbench reads, in one place: every import (accounts, motions,
 * RACI), the command line and the desktop shell check these, and the README's "Limits" table
 * states them. Past a limit the file is refused with a message naming the file, row and
 * column; nothing is cut off silently.
 */
import { columnLetter, type CsvError } from './csvError';

export const CSV_LIMITS = {
  /**
   * 512 MB. The decoded text must fit one JavaScript string (V8 holds at most 2^29 − 24,
   * about 536.9 million characters), and a CSV decodes to at most one character per byte.
   */
  fileBytes: 512_000_000,
  /** Excel's sheet (1,048,576 rows, the header included) and HubSpot's import file limit. */
  rows: 1_048_576,
  /**
   * Salesforce allows at most 800 custom fields on an object and HubSpot 1,000 custom
   * properties (plus roughly 250 of their own), so a full export of either stays below this.
   */
  columns: 2_000,
  /**
   * Salesforce's Long Text Area, the largest text any CRM we read can hold (HubSpot: 65,536;
   * Excel: 32,767), so no real export is refused, while a 20 MB value pasted into a name is.
   */
  cellChars: 131_072,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

function limitError(file: string, message: string, row?: number, column?: string): CsvError {
  const error: CsvError = { file, message };
  if (row !== undefined) error.row = row;
  if (column !== undefined) error.column = column;
  return error;
}

/** The file's size, checked before it is decoded (and, where the caller can, before it is read). */
export function fileSizeError(file: string, bytes: number): CsvError | null {
  if (bytes <= CSV_LIMITS.fileBytes) return null;
  return limitError(
    file,
    `The file is ${count(Math.ceil(bytes / 1_000_000))} MB; the workbench reads files up to ` +
      `${count(CSV_LIMITS.fileBytes / 1_000_000)} MB. Split it into smaller files and import them together.`,
  );
}

/** Rows as a spreadsheet counts them (the header is row 1). */
export function rowCountError(file: string, rows: number): CsvError | null {
  if (rows <= CSV_LIMITS.rows) return null;
  return limitError(
    file,
    `The file has more than ${count(CSV_LIMITS.rows)} rows, the most the workbench (and Excel) ` +
      'reads from one file. Split it into smaller files and import them together.',
    CSV_LIMITS.rows + 1,
  );
}

export function columnCountError(file: string, columns: number): CsvError | null {
  if (columns <= CSV_LIMITS.columns) return null;
  return limitError(
    file,
    `The header has ${count(columns)} columns; the workbench reads at most ` +
      `${count(CSV_LIMITS.columns)}. Remove the columns you do not need before importing.`,
    1,
    `column ${columnLetter(CSV_LIMITS.columns)}`,
  );
}

/**
 * The first cell longer than the limit, by row (spreadsheet numbering) and column: the
 * header's name for a value, the column's letter for a header that is itself too long.
 */
export function cellSizeError(
  file: string,
  data: readonly (readonly string[])[],
  columnName: (index: number) => string,
): CsvError | null {
  const max = CSV_LIMITS.cellChars;
  for (let r = 0; r < data.length; r++) {
    const cells = data[r] as readonly string[];
    for (let c = 0; c < cells.length; c++) {
      const length = (cells[c] as string).length;
      if (length > max) {
        return limitError(
          file,
          `This value is ${count(length)} characters long; the workbench reads values of up ` +
            `to ${count(max)} characters (the most a CRM text field holds). Shorten it, or ` +
            'leave the column out of the file.',
          r + 1,
          r === 0 ? `column ${columnLetter(c)}` : columnName(c),
        );
      }
    }
  }
  return null;
}

/**
 * Why a file the user picked is not opened at all: it is larger than any file the workbench
 * reads (CSV or workspace). Checked on its size on disk, before a byte of it is read, by the
 * desktop shell's main process and by the browser's file picker; null when it may be read.
 */
export function openFileRefusal(file: string, bytes: number): string | null {
  if (bytes <= CSV_LIMITS.fileBytes) return null;
  return (
    `${file}: the file is ${count(Math.ceil(bytes / 1_000_000))} MB; the workbench opens files ` +
    `up to ${count(CSV_LIMITS.fileBytes / 1_000_000)} MB. Nothing was opened.`
  );
}
