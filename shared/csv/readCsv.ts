/**
 * Reads a CSV file from its bytes (or already-decoded text) into a header and string rows,
 * or one clear error naming file, row and column. Used by every import (accounts, motions,
 * RACI) and by the CLI, in a Worker or in Node: no DOM, no store.
 *
 * A file past a limit of limits.ts is refused; control characters are removed with a notice;
 * a file with a UTF-8 BOM may be the workbench's own Excel-safe export, so its escapes are
 * undone here, once, for every import.
 */
import Papa from 'papaparse';
import {
  controlCharactersNotice,
  hasControlCharacters,
  removeControlCharacters,
} from './controlCharacters';
import { columnLetter, type CsvError } from './csvError';
import { decodeText, encodingNotices, type EncodingSource } from './decodeText';
import type { TextEncodingName } from './encodings';
import { detectDelimiter, type CsvDelimiter } from './detectDelimiter';
import { restoreFromExcel } from './excelSafe';
import {
  CSV_LIMITS,
  cellSizeError,
  columnCountError,
  fileSizeError,
  rowCountError,
} from './limits';

export interface CsvTable {
  ok: true;
  file: string;
  headers: string[];
  /** Data rows, each exactly headers.length cells; blank rows are left out. */
  rows: string[][];
  /** The row number a spreadsheet shows for each entry of rows (header = row 1). */
  rowNumbers: number[];
  delimiter: CsvDelimiter;
  encoding: TextEncodingName;
  /** How the encoding was decided ('chosen': the person picked it). */
  encodingSource: EncodingSource;
  /** True when the decoded text looks wrong (the notices say why): the picker is worth a look. */
  encodingSuspect: boolean;
  /** The warning among the notices that says the reading looks wrong (null when it does not). */
  encodingWarning: string | null;
  /**
   * Things the user should know that did not stop the read (encoding fallback, footer). The
   * encoding notices name the file, as they are also shown on their own; the others do not:
   * show a list of files' notices through noticeOf (csvError.ts).
   */
  notices: string[];
}

export type ReadCsvResult = CsvTable | { ok: false; error: CsvError };

function fail(file: string, message: string, row?: number, column?: string): ReadCsvResult {
  const error: CsvError = { file, message };
  if (row !== undefined) error.row = row;
  if (column !== undefined) error.column = column;
  return { ok: false, error };
}

const refuse = (error: CsvError): ReadCsvResult => ({ ok: false, error });

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** One notice per repeated header name, naming the first few; at most this many names. */
const REPEATS_NAMED = 10;
const COLUMNS_NAMED = 5;

/** Header names trimmed; empty ones named by letter; repeats made unique so mapping can tell them apart. */
function cleanHeaders(raw: string[]): { headers: string[]; notices: string[] } {
  const seen = new Map<string, number>();
  const repeats = new Map<string, string[]>();
  const headers = raw.map((cell, i) => {
    let name = cell.replace(/^\uFEFF/, '').trim();
    if (name === '') name = `Column ${columnLetter(i)}`;
    const count = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), count);
    if (count > 1) {
      const renamed = `${name} (${count})`;
      const list = repeats.get(name.toLowerCase()) ?? [];
      if (list.length < COLUMNS_NAMED) list.push(`column ${columnLetter(i)} as "${renamed}"`);
      repeats.set(name.toLowerCase(), list);
      name = renamed;
    }
    return name;
  });
  const notices: string[] = [];
  for (const [key, list] of repeats) {
    if (notices.length === REPEATS_NAMED) {
      notices.push(`${repeats.size - REPEATS_NAMED} more header name(s) appear more than once.`);
      break;
    }
    const times = seen.get(key) as number;
    const more = times - 1 > list.length ? ', …' : '';
    const name = raw.find(
      (cell) =>
        cell
          .replace(/^\uFEFF/, '')
          .trim()
          .toLowerCase() === key,
    );
    notices.push(
      `The header "${(name ?? key).replace(/^\uFEFF/, '').trim()}" appears ${times} times; ` +
        `the repeats are read apart: ${list.join(', ')}${more}.`,
    );
  }
  return { headers, notices };
}

/** Undoes the workbench's Excel-safe escapes (excelSafe.ts) in every cell that has one. */
function restoreExcelSafe(data: string[][]): void {
  for (const cells of data) {
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] as string;
      if (cell.includes("'")) cells[c] = restoreFromExcel(cell);
    }
  }
}

/**
 * A report's totals row: "Total" / "Grand Totals" before the footer, or "Grand Totals (12
 * records)" anywhere at the end; the record count makes the second safe to drop on its own.
 */
const TOTALS_ROW = /^(grand\s+)?totals?$/i;
const TOTALS_WITH_COUNT = /^(grand\s+)?totals?\s*\(\s*[\d,.\s]+records?\s*\)$/i;

/**
 * Salesforce report exports end with a blank row and one-cell lines (copyright, "Generated By"),
 * and a summary report puts a totals row (its sums in the number columns) above that blank row.
 */
function footerStart(data: string[][], width: number): number {
  if (width < 2) return data.length;
  let i = data.length;
  while (i > 1 && isBlank(data[i - 1] as string[])) i--;
  let j = i;
  while (j > 1 && (data[j - 1] as string[]).length === 1 && !isBlank(data[j - 1] as string[])) j--;
  const footer = j < i && j > 1 && isBlank(data[j - 1] as string[]) ? j - 1 : data.length;
  let k = footer;
  while (k > 1 && isBlank(data[k - 1] as string[])) k--;
  const first = k > 1 ? ((data[k - 1] as string[])[0] ?? '').trim() : '';
  if (TOTALS_WITH_COUNT.test(first)) return k - 1;
  if (footer < data.length && TOTALS_ROW.test(first)) return k - 1;
  return footer;
}

export interface ReadCsvOptions {
  /** Read the bytes in this encoding instead of the detected one. */
  encoding?: TextEncodingName;
}

export function readCsv(
  file: string,
  input: Uint8Array | string,
  options: ReadCsvOptions = {},
): ReadCsvResult {
  let text: string;
  let encoding: TextEncodingName = 'utf-8';
  let encodingSource: EncodingSource = 'utf-8';
  let encodingSuspect = false;
  let encodingWarning: string | null = null;
  let withBom: boolean;
  const notices: string[] = [];
  if (typeof input === 'string') {
    const tooBig = fileSizeError(file, input.length);
    if (tooBig) return refuse(tooBig);
    withBom = input.startsWith('\uFEFF');
    text = withBom ? input.slice(1) : input;
  } else {
    if (input.length === 0) return fail(file, 'The file is empty.');
    const tooBig = fileSizeError(file, input.length);
    if (tooBig) return refuse(tooBig);
    const decoded = decodeText(input, options.encoding);
    if (!decoded.ok) return fail(file, decoded.message);
    text = decoded.text;
    encoding = decoded.encoding;
    // A chosen UTF-8 keeps 'utf-8-bom' when the file has one (decodeText), so this holds either way.
    withBom = encoding === 'utf-8-bom';
    encodingSource = decoded.source;
    encodingSuspect = decoded.suspect !== null;
    const said = encodingNotices(file, decoded);
    // The suspect warning is the last notice when there is one (see encodingNotices).
    if (encodingSuspect) encodingWarning = said[said.length - 1] ?? null;
    for (const notice of said) notices.push(notice);
  }
  if (text.trim() === '') return fail(file, 'The file is empty.');

  const delimiter = detectDelimiter(text);
  // Parsing stops past the limit: two records more than it are enough to know (one may be the
  // empty record after the file's last line break, which is no row).
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    preview: CSV_LIMITS.rows + 2,
  });
  const data = parsed.data;
  const last = data[data.length - 1];
  const endsWithEmptyRecord = last !== undefined && last.length === 1 && last[0] === '';
  const records =
    data.length <= CSV_LIMITS.rows + 1 && endsWithEmptyRecord ? data.length - 1 : data.length;
  const tooLong = rowCountError(file, records);
  if (tooLong) return refuse(tooLong);
  const tooWide = columnCountError(file, data[0]?.length ?? 0);
  if (tooWide) return refuse(tooWide);
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const index = quoteError.row ?? data.length - 1;
    const cells = data[index] ?? [];
    const headerCells = data[0] ?? [];
    const col = Math.max(0, cells.length - 1);
    const column = (headerCells[col] ?? '').trim() || `column ${columnLetter(col)}`;
    const message =
      quoteError.code === 'MissingQuotes'
        ? 'A quoted value starts here but its closing quote is missing.'
        : 'A quoted value has text after its closing quote (a quote inside a value must be doubled: "").';
    return fail(file, message, index + 1, column);
  }

  const rawName = (c: number) =>
    (data[0]?.[c] ?? '').replace(/^\uFEFF/, '').trim() || `column ${columnLetter(c)}`;
  // A value can only be longer than the limit when the whole text is.
  const tooBigCell = text.length > CSV_LIMITS.cellChars ? cellSizeError(file, data, rawName) : null;
  if (tooBigCell) return refuse(tooBigCell);
  const controls = hasControlCharacters(text) ? removeControlCharacters(data) : null;
  if (withBom) restoreExcelSafe(data);

  const first = data[0];
  if (!first || isBlank(first))
    return fail(file, 'The first row must be the header row, but it is blank.', 1);
  const cleaned = cleanHeaders(first);
  const headers = cleaned.headers;
  for (const notice of cleaned.notices) notices.push(notice);
  if (controls && controls.cells > 0)
    notices.push(
      controlCharactersNotice(controls, (c) => headers[c] ?? `column ${columnLetter(c)}`),
    );
  const width = headers.length;

  const end = footerStart(data, width);
  if (end < data.length) {
    const dropped = data.slice(end).filter((cells) => !isBlank(cells)).length;
    if (dropped > 0)
      notices.push(`Ignored ${dropped} footer line(s) after the data (report footer).`);
  }

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = 1; i < end; i++) {
    const cells = data[i] as string[];
    if (isBlank(cells)) continue;
    const rowNumber = i + 1;
    if (cells.length > width) {
      const extra = cells.slice(width);
      if (!isBlank(extra)) {
        return fail(
          file,
          `This row has ${cells.length} values but the header has ${width} columns. ` +
            `A value probably holds a "${delimiter === '\t' ? 'tab' : delimiter}" without quotes.`,
          rowNumber,
          `column ${columnLetter(width)}`,
        );
      }
      cells.length = width;
    } else if (cells.length < width) {
      return fail(
        file,
        `This row has ${cells.length} values but the header has ${width} columns.`,
        rowNumber,
        headers[cells.length],
      );
    }
    rows.push(cells);
    rowNumbers.push(rowNumber);
  }
  if (rows.length === 0) return fail(file, 'The file has a header row but no data rows.', 1);
  return {
    ok: true,
    file,
    headers,
    rows,
    rowNumbers,
    delimiter,
    encoding,
    encodingSource,
    encodingSuspect,
    encodingWarning,
    notices,
  };
}
