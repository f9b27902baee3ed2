// The matcher's position tables (shared/contacts/positionTable.ts) against a plain Map of each
// key's one position (or AMBIGUOUS), found as a whole text and inside a longer one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS, positionTable } from '../../../shared/contacts/positionTable';

function plainIndex(keys: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  keys.forEach((key, i) => {
    if (key === '') return;
    const had = index.get(key);
    index.set(key, had === undefined ? i : AMBIGUOUS);
  });
  return index;
}

describe('positionTable', () => {
  it('finds what a Map of keys to positions holds, -1 for any other text', () => {
    const key = fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'b', '.', 'é', '1') });
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 60 }),
        fc.array(key),
        fc.string(),
        (keys, asked, pre) => {
          const table = positionTable(keys.length, (i) => keys[i] as string);
          const index = plainIndex(keys);
          for (const text of [...keys, ...asked]) {
            const expected = text === '' ? -1 : (index.get(text) ?? -1);
            expect(table.find(text, 0)).toBe(expected);
            expect(table.find(`${pre}@${text}`, pre.length + 1)).toBe(expected);
          }
        },
      ),
    );
  });
});
