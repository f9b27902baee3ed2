/**
 * The accounts' keys (their domains, their company-name keys) as an open-addressing hash table
 * of positions (matchAccounts.ts), one per key, or AMBIGUOUS once a second account has it.
 * Built for 100,000 accounts in one pass with no Map to grow, and probed by a key where it
 * stands in a longer text: most people's e-mail host is, as written, their account's domain,
 * and looking it up inside the address cuts no string out of it, so matching 500,000 people
 * allocates nothing for them.
 */

import { fnv1a } from '../text/stringTable';

/** The position of a key that several accounts have. */
export const AMBIGUOUS = -2;

export interface PositionTable {
  /**
   * The position of the account whose key is `text` from `from` to its end: AMBIGUOUS when
   * several accounts have that key, -1 when none has.
   */
  find(text: string, from: number): number;
}

/** A table of `keyOf(i)` for i below `count` ('' is no key). */
export function positionTable(count: number, keyOf: (i: number) => string): PositionTable {
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  // Each slot: the entry's index + 1 (0 = empty); the entries' keys and positions.
  const slots = new Int32Array(size);
  const keys: string[] = [];
  const positions: number[] = [];
  const slotOf = (text: string, from: number): number => {
    const length = text.length - from;
    let s = fnv1a(text, from) & mask;
    for (;;) {
      const entry = slots[s] as number;
      if (entry === 0) return s;
      const key = keys[entry - 1] as string;
      if (key.length === length && text.startsWith(key, from)) return s;
      s = (s + 1) & mask;
    }
  };
  for (let i = 0; i < count; i++) {
    const key = keyOf(i);
    if (key === '') continue;
    const s = slotOf(key, 0);
    const entry = slots[s] as number;
    if (entry === 0) {
      keys.push(key);
      positions.push(i);
      slots[s] = keys.length;
    } else if (positions[entry - 1] !== i) positions[entry - 1] = AMBIGUOUS;
  }
  return {
    find(text, from) {
      const entry = slots[slotOf(text, from)] as number;
      return entry === 0 ? -1 : (positions[entry - 1] as number);
    },
  };
}
