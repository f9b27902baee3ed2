/**
 * Writes an export table as CSV text or bytes in one of the two export modes. Its own
 * writer rather than Papa Parse's unparse because an export of 100,000 accounts must stay
 * well under a second; the quoting is RFC 4180 (the same rule readCsv reads back):
 * a cell holding a comma, quote, CR or LF is quoted and its quotes doubled.
 *
 * 'crm': UTF-8 without BOM, values as they are. 'excel': a BOM so Excel reads UTF-8, and
 * cells Excel would run as formulas neutralized reversibly (excelSafe.ts; numbers and phone
 * numbers stay readable). Neither mode touches digits, so leading zeros survive.
 */
import { neutralizeForExcel } from '../csv/excelSafe';
import type { ExportMode, ExportTable } from './exportTypes';

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;
const FORMULA_OR_APOSTROPHE_START = /^[=+\-@\t\r\n']/;

// = + - @ tab CR LF and the apostrophe: a start Excel might run, or an earlier escape.
const CAREFUL_STARTS = new Set([61, 43, 45, 64, 9, 13, 10, 39]);

/** Cells that need any care in Excel-safe mode: quoting, or a start Excel might run. */
function needsExcelCare(cell: string): boolean {
  return CAREFUL_STARTS.has(cell.charCodeAt(0)) || NEEDS_QUOTES.test(cell);
}

function needsQuotes(cell: string): boolean {
  return NEEDS_QUOTES.test(cell);
}

function quote(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(QUOTE, '""')}"` : cell;
}

function excelCell(cell: string): string {
  return quote(FORMULA_OR_APOSTROPHE_START.test(cell) ? neutralizeForExcel(cell) : cell);
}

export function serializeCsv(
  table: Pick<ExportTable, 'headers' | 'rows'>,
  mode: ExportMode,
): string {
  const cell = mode === 'excel' ? excelCell : quote;
  const needsCare = mode === 'excel' ? needsExcelCare : needsQuotes;
  const rows = table.rows;
  const lines = new Array<string>(rows.length + 2);
  lines[0] = table.headers.map(cell).join(',');
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly string[];
    // Most rows hold no cell that needs care: one test per cell, then a plain join.
    let plain = true;
    for (let c = 0; c < row.length; c++) {
      if (needsCare(row[c] as string)) {
        plain = false;
        break;
      }
    }
    lines[r + 1] = plain ? row.join(',') : row.map(cell).join(',');
  }
  lines[rows.length + 1] = '';
  const body = lines.join('\r\n');
  return mode === 'excel' ? `\uFEFF${body}` : body;
}

export function serializeCsvBytes(
  table: Pick<ExportTable, 'headers' | 'rows'>,
  mode: ExportMode,
): Uint8Array {
  return new TextEncoder().encode(serializeCsv(table, mode));
}
