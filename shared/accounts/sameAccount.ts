/**
 * Whether two reads of an account hold the same values. Every read from the store is a new
 * object, so the grid compares values to find which of 100,000 rows really changed.
 */
import type { Account } from '../domain/types';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => x === b[i]);
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return ka.every((k) => Object.hasOwn(rb, k) && ra[k] === rb[k]);
  }
  return false;
}

export function sameAccount(a: Account, b: Account): boolean {
  if (a === b) return true;
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  // Walked, not listed (Object.keys): the grid compares 100,000 rows after a bulk edit, and
  // two arrays per row were most of that time.
  let n = 0;
  for (const k in ra) {
    if (!Object.hasOwn(rb, k) || !sameValue(ra[k], rb[k])) return false;
    n++;
  }
  for (const k in rb) if (Object.hasOwn(rb, k)) n--;
  return n === 0;
}
