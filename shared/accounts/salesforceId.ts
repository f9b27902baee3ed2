/**
 * Salesforce record ids come in a case-sensitive 15-character form (reports, the UI) and a
 * case-safe 18-character form (Data Loader, the API). The last three characters of the 18
 * encode which of the first 15 are upper case, so both forms map to one canonical 18.
 */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID15 = /^[a-zA-Z0-9]{15}$/;
const ID18 = /^[a-zA-Z0-9]{18}$/;

function suffixOf(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return suffix;
}

/**
 * The canonical 18-character id for a 15- or 18-character Salesforce id, or null when the
 * value is not one. An 18-character id whose letters lost their case (a spreadsheet that
 * upper-cased it) is restored from its suffix.
 */
export function toSalesforceId18(raw: string): string | null {
  const id = raw.trim();
  if (ID15.test(id)) return id + suffixOf(id);
  if (!ID18.test(id)) return null;
  const suffix = id.slice(15).toUpperCase();
  let restored = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    const bits = SUFFIX_ALPHABET.indexOf(suffix[chunk] as string);
    if (bits < 0) return null;
    for (let i = 0; i < 5; i++) {
      const c = id[chunk * 5 + i] as string;
      restored += bits & (1 << i) ? c.toUpperCase() : c.toLowerCase();
    }
  }
  // A digit cannot be upper case: a bit set on a digit means the id is corrupt.
  if (suffixOf(restored) !== suffix) return null;
  return restored + suffix;
}
