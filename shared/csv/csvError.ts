/**
 * The one shape every CSV problem takes, and how it reads to a person: it always names the
 * file, and the row (as a spreadsheet shows it: the header is row 1) and column when known;
 * a notice (which did not stop the read) names the file once, too.
 */
export interface CsvError {
  file: string;
  /** 1-based, header = row 1, one row per CSV record (a quoted line break stays in its row). */
  row?: number;
  /** The column's header text (or "column 7" beyond the header). */
  column?: string;
  message: string;
}

export function formatCsvError(error: CsvError): string {
  const where = [error.file];
  if (error.row !== undefined) where.push(`row ${error.row}`);
  if (error.column !== undefined) where.push(`column "${error.column}"`);
  return `${where.join(', ')}: ${error.message}`;
}

/**
 * A file's notice in a list of several files' notices, naming the file once: "accounts.csv:
 * Removed 1 invisible …". The encoding notices name the file already and stay as they are.
 */
export function noticeOf(file: string, notice: string): string {
  return notice.startsWith(`${file} `) || notice.startsWith(`${file}:`)
    ? notice
    : `${file}: ${notice}`;
}

/** Spreadsheet letter of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
