/**
 * Writes a table as CSV in one of two modes. 'crm': UTF-8 without BOM, values as they are
 * (the file goes to Salesforce or HubSpot). 'excel': with a BOM so Excel reads UTF-8, and
 * formula-looking cells (= + - @ tab CR LF) neutralized with a leading apostrophe — except
 * plain numbers (-12.5) and phone numbers (+49 30 1234), which stay readable.
 */
import Papa from 'papaparse';
import { neutralizeForExcel } from './excelSafe';

export { isFormulaLike } from './excelSafe';

export type CsvMode = 'crm' | 'excel';

export interface WriteCsvOptions {
  mode: CsvMode;
  /** Default ','. Excel in German or French locales expects ';'. */
  delimiter?: ',' | ';' | '\t';
  /** Default '\r\n' (RFC 4180, what CRMs and Excel write). */
  newline?: '\r\n' | '\n';
}

/** Excel-safe cells are escaped reversibly (excelSafe.ts), so an import gets every value back. */
export const neutralizeCell = neutralizeForExcel;

export function writeCsvText(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: WriteCsvOptions,
): string {
  const clean =
    options.mode === 'excel' ? (cell: string) => neutralizeCell(cell) : (cell: string) => cell;
  const body = Papa.unparse(
    { fields: headers.map(clean), data: rows.map((row) => row.map(clean)) },
    {
      delimiter: options.delimiter ?? ',',
      newline: options.newline ?? '\r\n',
      quotes: false,
      escapeFormulae: false,
    },
  );
  return options.mode === 'excel' ? `\uFEFF${body}` : body;
}

export function writeCsvBytes(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: WriteCsvOptions,
): Uint8Array {
  return new TextEncoder().encode(writeCsvText(headers, rows, options));
}
