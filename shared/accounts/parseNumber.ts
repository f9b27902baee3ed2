/**
 * Numbers as CRM exports and spreadsheets write them: thousands separators (1,234 · 1.234 ·
 * 1 234 · 1'234), locale decimals (1.234,50 in ';' files), currency signs and codes,
 * accounting negatives (1,200), and k / M / B suffixes. A value that is not a number is an
 * error the caller reports per row — never a silent zero, and never silently empty: 'n/a',
 * '-' or 'unknown' are errors too, unless the person marks them as empty (emptyValues.ts).
 */

export type DecimalSeparator = '.' | ',';
export type ParsedNumber = { ok: true; value: number | null } | { ok: false; reason: string };

const CURRENCY =
  /^(?:[$€£¥₹₩₽₺₪]|usd|eur|gbp|chf|jpy|cad|aud|sek|nok|dkk|pln|inr|cny)|(?:[$€£¥₹₩₽₺₪]|usd|eur|gbp|chf|jpy|cad|aud|sek|nok|dkk|pln|inr|cny)$/i;
const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };

function notANumber(raw: string): ParsedNumber {
  return { ok: false, reason: `"${raw}" is not a number` };
}

// Compiled once: the import runs this for every number cell of 100,000 rows.
const WITH_DECIMAL: Record<DecimalSeparator, RegExp> = {
  '.': /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/,
  ',': /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/,
};
const GROUPS_ONLY: Record<DecimalSeparator, RegExp> = {
  '.': /^\d{1,3}(?:\.\d{3})+$/,
  ',': /^\d{1,3}(?:,\d{3})+$/,
};

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch) n++;
  return n;
}

/** Decide which of '.' and ',' is the decimal mark in digits-and-separators text. */
function toPlainDigits(s: string, decimal: DecimalSeparator): string | null {
  const dots = count(s, '.');
  const commas = count(s, ',');
  if (dots + commas === 0) return s;
  let dec: DecimalSeparator | null = null;
  if (dots > 0 && commas > 0) {
    dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  } else if (dots + commas === 1) {
    const sep: DecimalSeparator = dots ? '.' : ',';
    const after = s.length - s.indexOf(sep) - 1;
    // One separator: the file's decimal mark is decimal; the other is thousands only before 3 digits.
    dec = sep === decimal || after !== 3 ? sep : null;
  }
  if (dec) {
    if (!WITH_DECIMAL[dec].test(s)) return null;
    const thousands = dec === '.' ? ',' : '.';
    return s.split(thousands).join('').replace(dec, '.');
  }
  const sep: DecimalSeparator = dots ? '.' : ',';
  return GROUPS_ONLY[sep].test(s) ? s.split(sep).join('') : null;
}

/**
 * What exports write most, with '.' as the decimal mark: digits, thousands in groups of
 * three after commas, decimals after a dot, and a leading dollar sign ("$1,234,567.00",
 * "12,345"). Read here in one test; the full reading below gives each the same number.
 */
const PLAIN_DOLLARS = /^\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DOLLAR_OR_COMMA = /[$,]/g;

export function parseNumber(raw: string, decimal: DecimalSeparator = '.'): ParsedNumber {
  if (/^\d{1,15}$/.test(raw)) return { ok: true, value: Number(raw) };
  if (decimal === '.' && PLAIN_DOLLARS.test(raw)) {
    const value = Number(raw.replace(DOLLAR_OR_COMMA, ''));
    if (Number.isFinite(value)) return { ok: true, value };
  }
  return parseNumberInFull(raw, decimal);
}

/** parseNumber without its shortcut for the common formats (exported for its test). */
export function parseNumberInFull(raw: string, decimal: DecimalSeparator = '.'): ParsedNumber {
  if (/^\d{1,15}$/.test(raw)) return { ok: true, value: Number(raw) };
  let s = raw.replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return { ok: true, value: null };
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  for (let i = 0; i < 2; i++) s = s.replace(CURRENCY, '');
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  s = s.replace(CURRENCY, '');
  let factor = 1;
  const suffix = /([a-z]+)$/i.exec(s);
  if (suffix) {
    const f = SUFFIX[(suffix[1] as string).toLowerCase()];
    if (f === undefined) return notANumber(raw);
    factor = f;
    s = s.slice(0, -(suffix[1] as string).length);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return notANumber(raw);
  const plain = toPlainDigits(s, decimal);
  if (plain === null) return notANumber(raw);
  const value = Number(plain) * factor * (negative ? -1 : 1);
  return Number.isFinite(value) ? { ok: true, value } : notANumber(raw);
}
