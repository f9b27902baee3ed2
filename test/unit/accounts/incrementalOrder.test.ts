import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IncrementalOrder, type OrderSpec, type SortValue } from '../../../shared/accounts';

interface Row {
  id: number;
  /** Replaced (never mutated) on every edit, like a grid row's data. */
  values: SortValue[];
}
const spec = (descending: boolean[]): OrderSpec<Row> => ({
  id: descending.join(','),
  columns: descending.map((d, c) => ({ descending: d, valueOf: (r: Row) => r.values[c] })),
  keyOf: (r) => String(r.id),
  versionOf: (r) => r.values,
});
const fullSort = (rows: Row[], s: OrderSpec<Row>) => {
  const copy = rows.slice();
  new IncrementalOrder<Row>().sort(copy, s);
  return copy.map((r) => r.id);
};

describe('IncrementalOrder (re-sorting the grid after small changes)', () => {
  it('after one edit, re-sorts by merging the changed row instead of sorting everything', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ id: i, values: [`Company ${i}`] }));
    const order = new IncrementalOrder<Row>();
    const s = spec([false]);
    const input = rows.slice();
    order.sort(input.slice(), s);
    expect(order.lastRun).toBe('full');
    (rows[42] as Row).values = ['AAA first'];
    const again = rows.slice();
    order.sort(again, s);
    expect(order.lastRun).toBe('delta');
    expect(again[0]?.id).toBe(42);
    expect(again.map((r) => r.id)).toEqual(fullSort(rows, s));
  });

  it('gives exactly what a full sort gives, through any edits, adds and removes', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.integer({ min: 0, max: 5 }),
      fc.constantFrom('a', 'B', 'b', 'c'),
    );
    const op = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), v: value }),
      fc.record({ kind: fc.constant('add' as const), v: value }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 40 }),
        fc.array(op, { maxLength: 12 }),
        fc.boolean(),
        (initial, ops, desc) => {
          let next = 0;
          let rows: Row[] = initial.map(([a, b]) => ({ id: next++, values: [a, b] }));
          const s = spec([desc, !desc]);
          const order = new IncrementalOrder<Row>(0.5);
          const sorted = rows.slice();
          order.sort(sorted, s);
          for (const o of ops) {
            if (o.kind === 'add') rows.push({ id: next++, values: [o.v, null] });
            else if (rows.length > 0) {
              const at = o.at % rows.length;
              if (o.kind === 'remove') rows = rows.filter((_, i) => i !== at);
              else (rows[at] as Row).values = [o.v, (rows[at] as Row).values[1]];
            }
            const input = rows.slice();
            order.sort(input, s);
            expect(input.map((r) => r.id)).toEqual(fullSort(rows, s));
          }
        },
      ),
    );
  });
});
