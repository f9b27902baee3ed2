// StringTable against a Map: any sequence of sets, deletes and gets over a small key space
// (so keys collide and the table grows) gives the same answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringTable } from '../../../shared/text/stringTable';

const key = fc.oneof(
  fc.constantFrom('', 'a', 'b', 'ab', 'ba', '5000001'),
  fc.string({ maxLength: 4 }),
);
const op = fc.oneof(
  fc.tuple(fc.constant('set' as const), key, fc.integer()),
  fc.tuple(fc.constant('delete' as const), key, fc.constant(0)),
  fc.tuple(fc.constant('get' as const), key, fc.constant(0)),
);

describe('StringTable', () => {
  it('answers as a Map does', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const table = new StringTable<number>();
        const map = new Map<string, number>();
        for (const [kind, k, v] of ops) {
          if (kind === 'set') {
            table.set(k, v);
            map.set(k, v);
          } else if (kind === 'delete') {
            table.delete(k);
            map.delete(k);
          } else expect(table.get(k)).toBe(map.get(k));
        }
        for (const k of map.keys()) expect(table.get(k)).toBe(map.get(k));
      }),
      { numRuns: 300 },
    );
  });

  it('getSlice answers as get() of the slice', () => {
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 40 }),
        fc.string({ maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        (keys, text, a, b) => {
          const table = new StringTable<number>();
          keys.forEach((k, i) => table.set(k, i));
          const from = a % (text.length + 1);
          const to = from + (b % (text.length - from + 1));
          expect(table.getSlice(text, from, to)).toBe(table.get(text.slice(from, to)));
          for (const k of keys)
            expect(table.getSlice(`x${k}y`, 1, k.length + 1)).toBe(table.get(k));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('holds 100,000 keys', () => {
    const table = new StringTable<number>();
    for (let i = 0; i < 100_000; i++) table.set(`p${i}@x.example`, i);
    expect(table.get('p99999@x.example')).toBe(99_999);
    expect(table.get('p100000@x.example')).toBeUndefined();
  });
});
