import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  IncrementalOrder,
  type OrderSpec,
} from '../../../../renderer/src/features/accounts/grid/incrementalOrder';
import type { SortValue } from '../../../../renderer/src/features/accounts/grid/rowOrder';

/** Rows are immutable: an edit replaces the row object, as a fresh read of the store does. */
interface Row {
  key: string;
  values: SortValue[];
}
const keyOf = (n: number) => String(n).padStart(6, '0');
const spec = (descending: boolean[]): OrderSpec<Row> => ({
  id: descending.join(','),
  columns: descending.map((d, c) => ({ descending: d, valueOf: (r: Row) => r.values[c] })),
  keyOf: (r) => r.key,
});
const fullSort = (rows: Row[], s: OrderSpec<Row>) =>
  new IncrementalOrder<Row>().sort(rows, s).map((r) => r.key);
const value = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 5 }),
  fc.constantFrom('a', 'B', 'b', 'c'),
);

describe('IncrementalOrder (re-sorting the list after small changes)', () => {
  it('after one edit, inserts the changed row instead of sorting everything', () => {
    const rows: Row[] = Array.from({ length: 100 }, (_, i) => ({
      key: keyOf(i),
      values: [`Co ${i}`],
    }));
    const order = new IncrementalOrder<Row>();
    const s = spec([false]);
    order.sort(rows, s);
    expect(order.lastRun).toBe('full');
    const edited: Row = { key: keyOf(42), values: ['AAA first'] };
    const next = rows.map((r) => (r.key === edited.key ? edited : r));
    const current = new Set(next);
    const result = order.resort([edited], (r) => current.has(r), s, 10);
    expect(order.lastRun).toBe('delta');
    expect(result?.[0]).toBe(edited);
    expect(result?.map((r) => r.key)).toEqual(fullSort(next, s));
    expect(order.resort([edited], () => true, spec([true]), 10)).toBeNull();
  });

  it('gives exactly what a full sort gives, through any edits, adds and removes', () => {
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
          let rows: Row[] = initial.map(([a, b]) => ({ key: keyOf(next++), values: [a, b] }));
          const s = spec([desc, !desc]);
          const order = new IncrementalOrder<Row>();
          order.sort(rows, s);
          for (const o of ops) {
            const changed: Row[] = [];
            if (o.kind === 'add') {
              const row = { key: keyOf(next++), values: [o.v, null] };
              rows = [...rows, row];
              changed.push(row);
            } else if (rows.length > 0) {
              const at = o.at % rows.length;
              if (o.kind === 'remove') rows = rows.filter((_, i) => i !== at);
              else {
                const row = { ...(rows[at] as Row) };
                row.values = [o.v, row.values[1]];
                rows = rows.map((r, i) => (i === at ? row : r));
                changed.push(row);
              }
            }
            const current = new Set(rows);
            const result = order.resort(changed, (r) => current.has(r), s, 1000);
            expect(result?.map((r) => r.key)).toEqual(fullSort(rows, s));
          }
        },
      ),
    );
  });

  it('takes replaced rows out and sorts them in as a full sort of the filtered rows does', () => {
    const edit = fc.record({ at: fc.nat(), v: value });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 40 }),
        fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        (initial, steps, desc, filtered) => {
          let rows: Row[] = initial.map(([a, b], i) => ({ key: keyOf(i), values: [a, b] }));
          const s = spec([desc, !desc]);
          // The filter shows rows whose first value is not 0, as the list's column filter would.
          const keep = filtered ? (r: Row) => r.values[0] !== 0 : null;
          const shown = (list: Row[]) => (keep ? list.filter(keep) : list);
          const order = new IncrementalOrder<Row>();
          order.sort(shown(rows), s);
          for (const edits of steps) {
            // Several edits between two computes, the same row possibly twice.
            const replaced: { old: Row; now: Row }[] = [];
            for (const e of edits) {
              const at = e.at % rows.length;
              const old = rows[at] as Row;
              const now = { key: old.key, values: [e.v, old.values[1]] };
              rows = rows.map((r, i) => (i === at ? now : r));
              replaced.push({ old, now });
            }
            const result = order.replacedIn(replaced, keep, s);
            expect(result?.map((r) => r.key)).toEqual(fullSort(shown(rows), s));
          }
        },
      ),
    );
  });

  it('a sort in slices gives the same order as one sort', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(value, { maxLength: 200 }), fc.boolean(), async (vals, desc) => {
        const rows = vals.map((v, i) => ({ key: keyOf(i), values: [v] }));
        const s = spec([desc]);
        let pauses = 0;
        const sliced = await new IncrementalOrder<Row>().sortAsync(
          rows,
          s,
          async () => {
            pauses++;
          },
          () => false,
          16,
        );
        expect(sliced?.map((r) => r.key)).toEqual(fullSort(rows, s));
        if (rows.length > 16) expect(pauses).toBeGreaterThan(1);
      }),
    );
  });
});
