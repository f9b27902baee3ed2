/**
 * The one CSV writer: every export (CRM profiles, conflicts, motions, RACI grids, the
 * problem list) writes through it, so each file quotes, escapes and reads back alike.
 *
 * 'crm': UTF-8 without BOM, values as they are (the file goes to Salesforce or HubSpot).
 * 'excel': a BOM so Excel reads UTF-8, and every piece Excel could run as a formula in any
 * locale neutralized reversibly (excelSafe.ts); numbers and phone numbers stay readable.
 * Neither mode touches digits, so leading zeros survive.
 *
 * Quoting is RFC 4180 (what readCsv reads back): a cell is quoted, its quotes doubled, when
 * it holds a quote, a line break or the delimiter. In Excel-safe mode also when it holds any
 * other character some Excel locale splits on (, ; tab |), so a ';' in a value cannot split
 * the cell in German or French Excel. Header cells are always quoted that way: readCsv only
 * considers a delimiter that appears unquoted in the header, so its detection stays sure
 * ("Segments; Tags" as a header cannot make a comma file read as ';'). CRM-mode values are
 * otherwise written as the CRM's own exports write them (`;a;b` for HubSpot stays bare).
 *
 * Its own code rather than Papa Parse's unparse because an export of 100,000 accounts must
 * stay well under a second: most rows need no care, and those are joined as they are.
 */
import { carefulFirst, neutralizeForExcel, startsWithSign } from './excelSafe';

export type CsvMode = 'crm' | 'excel';

export interface WriteCsvOptions {
  mode: CsvMode;
  /** Default ','. Excel in German or French locales expects ';'. */
  delimiter?: ',' | ';' | '\t';
  /** Default '\r\n' (RFC 4180, what CRMs and Excel write). */
  newline?: '\r\n' | '\n';
}

/** A quote, a line break, or anything an Excel locale or readCsv may take for the delimiter. */
const NEEDS_QUOTES_ANYWHERE = /[",;\t|\r\n]/;
/** What RFC 4180 needs quoted for the delimiter written. */
const NEEDS_QUOTES_FOR: Record<',' | ';' | '\t', RegExp> = {
  ',': /[",\r\n]/,
  ';': /[";\r\n]/,
  '\t': /["\t\r\n]/,
};
const QUOTE = /"/g;

function quoteWhen(needs: RegExp): (cell: string) => string {
  return (cell) => (needs.test(cell) ? `"${cell.replace(QUOTE, '""')}"` : cell);
}

const quoteAnywhere = quoteWhen(NEEDS_QUOTES_ANYWHERE);

/** One Excel-safe line; a cell after a readable signed value is quoted (see startsWithSign). */
function excelLine(cells: readonly string[], delimiter: string): string {
  let line = '';
  let quoteNext = false;
  for (let c = 0; c < cells.length; c++) {
    const escaped = neutralizeForExcel(cells[c] as string);
    const quoted =
      quoteNext || NEEDS_QUOTES_ANYWHERE.test(escaped)
        ? `"${escaped.replace(QUOTE, '""')}"`
        : escaped;
    line += c === 0 ? quoted : delimiter + quoted;
    quoteNext = startsWithSign(escaped);
  }
  return line;
}

// mayNeedNeutralizing's piece breaks are all in NEEDS_QUOTES_ANYWHERE: one regex per cell.
// A missing optional field can reach here as undefined: it writes as an empty cell, as before.
function needsExcelCare(cell: string): boolean {
  const text: unknown = cell;
  if (typeof text !== 'string') return false;
  return (cell.length > 0 && carefulFirst(cell.charCodeAt(0))) || NEEDS_QUOTES_ANYWHERE.test(cell);
}

/** Text of a CSV file: the header line, one line per row, each line ended by the newline. */
export function writeCsvText(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: WriteCsvOptions,
): string {
  const excel = options.mode === 'excel';
  const delimiter = options.delimiter ?? ',';
  const crmNeeds = NEEDS_QUOTES_FOR[delimiter];
  const crmCell = quoteWhen(crmNeeds);
  const careful = excel
    ? (row: readonly string[]) => excelLine(row, delimiter)
    : (row: readonly string[]) => row.map(crmCell).join(delimiter);
  const needsCare = excel ? needsExcelCare : (value: string) => crmNeeds.test(value);
  const lines = new Array<string>(rows.length + 2);
  // The BOM goes in with the header line, so the join makes the whole text in one go
  // (prefixing the joined body would copy it all again when the text is encoded).
  lines[0] = excel
    ? `\uFEFF${excelLine(headers, delimiter)}`
    : headers.map(quoteAnywhere).join(delimiter);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly string[];
    let plain = true;
    for (let c = 0; c < row.length; c++) {
      if (needsCare(row[c] as string)) {
        plain = false;
        break;
      }
    }
    lines[r + 1] = plain ? row.join(delimiter) : careful(row);
  }
  lines[rows.length + 1] = '';
  return lines.join(options.newline ?? '\r\n');
}

export function writeCsvBytes(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: WriteCsvOptions,
): Uint8Array {
  return new TextEncoder().encode(writeCsvText(headers, rows, options));
}

/** A header + rows table (an export's file), written in the given mode with ',' and CRLF. */
export function writeCsvTable(
  table: { readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] },
  mode: CsvMode,
): string {
  return writeCsvText(table.headers, table.rows, { mode });
}
