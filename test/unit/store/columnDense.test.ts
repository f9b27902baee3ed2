// A stored column's values are a dense array: what IndexedDB's serializer (V8's, as in
// node:v8) writes for them is the dense form, byte for byte what an array built by push gives (a spread keeps holeyness) — a
// "holey" array (new Array(n) filled in) is written key by key as a sparse one, slower to
// write and to read back.
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { columnOf } from '../../../renderer/src/store/accountColumns';
import { makeAccount } from '../workspace/fixtures';

describe('a stored column', () => {
  it('is serialized as a dense array, fields absent in some rows included', () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      makeAccount({ id: `a${i}`, name: `Co ${i}`, ...(i % 3 === 0 ? { notes: `n${i}` } : {}) }),
    );
    for (const field of ['id', 'name', 'notes', 'employees']) {
      const values = columnOf('p000001', field, rows)?.values ?? [];
      const dense: unknown[] = [];
      for (const v of values) dense.push(v);
      expect(serialize(values).equals(serialize(dense))).toBe(true);
    }
  });
});
