/**
 * Salesforce record ids come in a case-sensitive 15-character form (reports, the UI) and a
 * case-safe 18-character form (Data Loader, the API). The last three characters of the 18
 * encode which of the first 15 are upper case. A 15-character id is extended with them; an
 * 18-character id is taken only when they match its first 15 characters. An id is never
 * re-cased: `001a…` and `001A…` are different records, and restoring case from a suffix that
 * does not match (a spreadsheet lower-cased the id, or someone typed it) names another record.
 */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ALPHANUMERIC = /^[a-zA-Z0-9]*$/;

/** The three checksum characters of a 15-character id. */
export function salesforceSuffix(id15: string): string {
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

export type SalesforceIdCheck = { ok: true; id: string } | { ok: false; reason: string };

/**
 * The 18-character id for a 15- or 18-character Salesforce id, or why the text is not one.
 * The reason completes `"<value>" is not a valid Salesforce ID: …`.
 */
export function checkSalesforceId(raw: string): SalesforceIdCheck {
  const id = raw.trim();
  const bad = (why: string): SalesforceIdCheck => ({
    ok: false,
    reason: `"${id}" is not a valid Salesforce ID: ${why}`,
  });
  // Messages are built only for a bad id: exports check every id cell of 50,000 rows.
  const length = () =>
    `it has ${id.length} character${id.length === 1 ? '' : 's'}; a Salesforce ID has 15 or 18`;
  if (!ALPHANUMERIC.test(id)) {
    const odd = [...new Set(id.replace(/[a-zA-Z0-9]/g, ''))].map((c) => JSON.stringify(c));
    const what = `it holds ${odd.join(', ')}; a Salesforce ID has only letters and digits`;
    return bad(id.length === 15 || id.length === 18 ? what : `${what}, and ${length()}`);
  }
  if (id.length === 15) return { ok: true, id: id + salesforceSuffix(id) };
  if (id.length !== 18) return bad(length());
  const expected = salesforceSuffix(id);
  const suffix = id.slice(15);
  if (suffix === expected) return { ok: true, id };
  return bad(
    `the checksum does not match (its last 3 characters are "${suffix}"; its first 15 give ` +
      `"${expected}"). Its upper and lower case may have been changed, by a spreadsheet or by ` +
      'hand: copy the ID from Salesforce again.',
  );
}

/** The 18-character id, or null when the text is not a valid Salesforce id. */
export function toSalesforceId18(raw: string): string | null {
  const checked = checkSalesforceId(raw);
  return checked.ok ? checked.id : null;
}
