/**
 * Excel-safe cells, reversibly, in every Excel locale. Excel runs a value starting with
 * = + - @ as a formula (CSV injection); a leading apostrophe makes it text. English Excel
 * splits a CSV on ',', German and French Excel on ';', and "Text (tab delimited)" on tab, and
 * once a reader splits on a delimiter the file was not written with, the quotes no longer
 * guard the cell: `Acme;=1+1;x` quoted for ',' still yields the cell `=1+1` in German Excel.
 * So every piece of a cell after a , ; tab or line break is checked, not only its start.
 *
 * Plain numbers (-12.5, 1,234) and phone numbers (+49 30 1234567) stay as they are; an
 * arithmetic-looking `+1-2-3-4` does not count as a phone number (Excel computes it).
 *
 * Reversible: a piece that already starts with apostrophes before such a start (number or
 * not) gets one more, so restoreFromExcel strips exactly one wherever apostrophes stand
 * before such a start, and every value comes back as it was.
 */

// = + - @ and their full-width forms, which Excel (with a Japanese or Chinese IME) also reads
// as the start of a formula.
const FORMULA_STARTERS = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);
// What a reader may skip before it looks at the first character: spaces (some readers trim),
// and quotes (a piece read outside its quotes begins with the file's `""`).
const SKIPPED = new Set([' ', '\u00A0', '\u3000', '"']);
const APOSTROPHE = 39;

const NUMBER =
  /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+)(?:[.,]\d+)?(?:[eE][+-]?\d{1,3})?$/;
// "+49 30 1234567", "+1 (555) 010-0000", "+44 (0)20 7946 0958": a country code, then groups
// each after a space. Excel cannot read spaced groups as a formula, so they stay text;
// without a space (+1-555-0100) Excel would compute a difference, so such text is escaped.
const PHONE = /^\+\d{1,4}(?: (?:\(\d{1,6}\)\d{0,12}|\d{1,12})(?:[-./]\d{1,12})*)+$/;

function isPhoneNumber(text: string): boolean {
  if (!PHONE.test(text)) return false;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits >= 7 && digits <= 15; // E.164: at most 15 digits
}

function isBreak(c: number): boolean {
  return c === 44 || c === 59 || c === 9 || c === 10 || c === 13; // , ; tab LF CR
}

/** Where each piece starts: 0, and after every , ; tab and line break (CRLF counts once). */
function pieceStarts(cell: string): number[] {
  const starts = [0];
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (!isBreak(c)) continue;
    if (c === 13 && cell.charCodeAt(i + 1) === 10) i++;
    starts.push(i + 1);
  }
  return starts;
}

function isConstant(text: string): boolean {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) || isPhoneNumber(trimmed);
}

/**
 * Whether the text from `at` up to the next delimiter reads as a number or phone number
 * for a reader splitting on any of , ; tab: `-1,234.50` does everywhere, `-1,5+A1` does not
 * (German Excel reads `-1,5+A1` whole).
 */
function plainValueEverywhere(cell: string, at: number): boolean {
  for (const delimiter of [44, 59, 9]) {
    let end = at;
    while (end < cell.length) {
      const c = cell.charCodeAt(end);
      if (c === delimiter || c === 10 || c === 13) break;
      end++;
    }
    if (!isConstant(cell.slice(at, end))) return false;
  }
  return true;
}

/**
 * Whether the piece at `at` (its apostrophes skipped) starts as a formula does: = + - @
 * after any spaces or quotes, and at the start of the cell also a tab or line break (OWASP's
 * list). Numbers included: this is what an escape apostrophe may stand before.
 */
function startsLikeFormula(cell: string, at: number, cellStart: boolean): boolean {
  const start = formulaStart(cell, at);
  return start === 'sign' || (start === 'control' && cellStart);
}

function formulaStart(cell: string, at: number): 'sign' | 'control' | null {
  let k = at;
  while (k < cell.length && SKIPPED.has(cell[k] as string)) k++;
  const c = cell[k];
  if (c === '\t' || c === '\r' || c === '\n') return 'control';
  return c !== undefined && FORMULA_STARTERS.has(c) ? 'sign' : null;
}

/**
 * Whether a reader would run the piece at `at` as a formula: it starts like one and is not
 * a number or phone number. The cell's start is read whole (as the reader of its delimiter
 * and any reader respecting its quotes sees it); a later piece up to the next delimiter.
 */
function runsAsFormula(cell: string, at: number, cellStart: boolean): boolean {
  const start = formulaStart(cell, at);
  if (start === 'control') return cellStart;
  if (start === null) return false;
  return cellStart ? !isConstant(cell.slice(at)) : !plainValueEverywhere(cell, at);
}

function afterApostrophes(cell: string, from: number): number {
  let at = from;
  while (cell.charCodeAt(at) === APOSTROPHE) at++;
  return at;
}

/** True when Excel would run the cell, read whole, as a formula (numbers and phones excepted). */
export function isFormulaLike(cell: string): boolean {
  return runsAsFormula(cell, 0, true);
}

/**
 * Whether a cell as written (neutralized already) starts with a sign: a number or phone
 * number left readable. A reader splitting on another delimiter reads it together with what
 * follows (`-1,5` and then `,x` in German Excel), so the writer quotes the next cell: what
 * follows is then a string literal, and a constant followed by a string is no formula.
 */
export function startsWithSign(written: string): boolean {
  return formulaStart(written, 0) === 'sign';
}

// Cells that can need no escape: no piece break and an ordinary first character.
const PIECE_BREAK = /[,;\t\r\n]/;

/**
 * Whether a cell starting with this character code may need care: = + - @ (and their
 * full-width forms), an apostrophe, a quote, or a space, tab or line break. A switch on the
 * first character rather than a regex: the writer asks this of every cell of every row.
 */
export function carefulFirst(code: number): boolean {
  switch (code) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0xff1d:
    case 0xff0b:
    case 0xff0d:
    case 0xff20:
    case 0x27: // '
    case 0x22: // "
    case 0x20:
    case 0xa0:
    case 0x3000:
    case 0x09:
    case 0x0d:
    case 0x0a:
      return true;
    default:
      return false;
  }
}

/** Whether neutralizeForExcel may change the cell: a cheap test for the writer's fast path. */
export function mayNeedNeutralizing(cell: string): boolean {
  // A missing optional field can reach here as undefined: left as it is, as before.
  const text: unknown = cell;
  if (typeof text !== 'string') return false;
  return (cell.length > 0 && carefulFirst(cell.charCodeAt(0))) || PIECE_BREAK.test(cell);
}

export function neutralizeForExcel(cell: string): string {
  if (!mayNeedNeutralizing(cell)) return cell;
  const starts = pieceStarts(cell);
  let out = '';
  let copied = 0;
  for (let n = 0; n < starts.length; n++) {
    const start = starts[n] as number;
    const at = afterApostrophes(cell, start);
    const escape =
      at > start ? startsLikeFormula(cell, at, n === 0) : runsAsFormula(cell, at, n === 0);
    if (escape) {
      out += `${cell.slice(copied, start)}'`;
      copied = start;
    }
  }
  return copied === 0 && out === '' ? cell : out + cell.slice(copied);
}

/**
 * The inverse of neutralizeForExcel, for reading an Excel-safe file back: one apostrophe
 * goes wherever apostrophes stand before a formula-like start. That needs nothing but the
 * piece itself, so it holds whatever neutralizeForExcel decided elsewhere in the cell.
 */
export function restoreFromExcel(cell: string): string {
  if (!cell.includes("'")) return cell;
  const starts = pieceStarts(cell);
  let out = '';
  let copied = 0;
  for (let n = 0; n < starts.length; n++) {
    const start = starts[n] as number;
    if (cell.charCodeAt(start) !== APOSTROPHE) continue;
    if (startsLikeFormula(cell, afterApostrophes(cell, start), n === 0)) {
      out += cell.slice(copied, start);
      copied = start + 1;
    }
  }
  return copied === 0 ? cell : out + cell.slice(copied);
}
