/**
 * Excel-safe cells, reversibly. Excel runs a cell starting with = + - @ tab CR LF as a
 * formula (CSV injection); a leading apostrophe makes it text. Plain numbers and phone
 * numbers stay as they are (shared/csv's isFormulaLike exempts them). To make the escape
 * reversible, text that already starts with apostrophes before such a character gets one
 * more, so an import strips exactly one and every value comes back as it was.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;
const PLAIN_NUMBER = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;
const PHONE = /^\+\d[\d\s().\-/]{3,}$/;

/** True when Excel would run the cell as a formula and it is not a plain number or phone number. */
export function isFormulaLike(cell: string): boolean {
  if (!FORMULA_START.test(cell)) return false;
  if (PLAIN_NUMBER.test(cell)) return false;
  if (PHONE.test(cell)) return false;
  return true;
}

const FORMULA_OR_APOSTROPHE_START = /^[=+\-@\t\r\n']/;
const LEADING_APOSTROPHES = /^'+/;

export function neutralizeForExcel(cell: string): string {
  if (!FORMULA_OR_APOSTROPHE_START.test(cell)) return cell;
  if (isFormulaLike(cell)) return `'${cell}`;
  const bare = cell.replace(LEADING_APOSTROPHES, '');
  return bare !== cell && isFormulaLike(bare) ? `'${cell}` : cell;
}

/** The inverse of neutralizeForExcel, for reading an Excel-safe file back. */
export function restoreFromExcel(cell: string): string {
  return cell.startsWith("'") && isFormulaLike(cell.replace(LEADING_APOSTROPHES, ''))
    ? cell.slice(1)
    : cell;
}
