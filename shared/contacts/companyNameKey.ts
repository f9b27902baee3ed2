/**
 * The company-name key of lead-to-account matching (matchAccounts.ts): a person's company as
 * written and an account's name are one key when they name the same company ("ACME, Inc."
 * and "Acme").
 */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'bv',
  'nv',
  'plc',
  'pty',
  'oy',
  'ab',
  'as',
  'spa',
  'srl',
  'kk',
  'kg',
  'llp',
  'lp',
  'the',
]);

/**
 * The words of a printable-ASCII name as the Unicode steps below would give them (lower
 * case, "&" as "and", split on anything but a-z and 0-9), in one pass; null for any other
 * name. Most names are plain ASCII, and 100,000 accounts' names each need a key.
 */
function asciiWords(name: string): string[] | null {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    let c = i < name.length ? name.charCodeAt(i) : 32;
    if (c < 0x20 || c > 0x7e) return null;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      words.push(name.slice(start, i).toLowerCase());
      start = -1;
    }
    if (c === 38) words.push('and');
  }
  return words;
}

/**
 * A company name as a matching key: lower case, accents and punctuation dropped, "&" as
 * "and", legal forms (Inc., GmbH, Ltd) left out: "ACME, Inc." and "Acme" are one key.
 */
export function companyNameKey(name: string): string {
  if (name === '') return '';
  const words =
    asciiWords(name) ??
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '');
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}
