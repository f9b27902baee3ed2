import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  sortedOrder,
  type SortValue,
} from '../../../../renderer/src/features/accounts/grid/rowOrder';

const sortBy = (values: SortValue[], descending = false) =>
  Array.from(sortedOrder(values.length, [{ values, descending }]), (i) => values[i]);

describe('sortedOrder (the account list sort)', () => {
  it('sorts revenue ascending with empty values first, and descending with them last', () => {
    const revenue = [5_000_000, null, 120, undefined, 99_000];
    expect(sortBy(revenue)).toEqual([null, undefined, 120, 99_000, 5_000_000]);
    expect(sortBy(revenue, true)).toEqual([5_000_000, 99_000, 120, null, undefined]);
  });

  it('sorts names case-insensitively, as a spreadsheet does', () => {
    expect(sortBy(['zeta', 'Acme', 'beta', 'ACME Corp'])).toEqual([
      'Acme',
      'ACME Corp',
      'beta',
      'zeta',
    ]);
  });

  it('sorts tags by their joined text', () => {
    expect(sortBy([['tier1', 'emea'], [], ['abm']])).toEqual([[], ['abm'], ['tier1', 'emea']]);
  });

  it('breaks ties on the next column, then keeps the original order', () => {
    const owner = ['Bo', 'Al', 'Bo', 'Al'];
    const tier = [2, 1, 1, 1];
    const order = sortedOrder(4, [
      { values: owner, descending: false },
      { values: tier, descending: true },
    ]);
    expect(Array.from(order)).toEqual([1, 3, 0, 2]);
  });

  it('sorts any numbers (negative, zero, huge, empty) like a stable numeric sort', () => {
    const value = fc.oneof(fc.constant(null), fc.double({ noNaN: true }), fc.integer());
    fc.assert(
      fc.property(fc.array(value, { maxLength: 80 }), fc.boolean(), (values, descending) => {
        const key = (v: number | null) => (v === null ? Number.NEGATIVE_INFINITY : v);
        const expected = values
          .map((v, i) => ({ v, i }))
          .sort((a, b) => {
            if (a.v === null || b.v === null) {
              const d = (a.v === null ? 0 : 1) - (b.v === null ? 0 : 1);
              if (d !== 0) return descending ? -d : d;
              return a.i - b.i;
            }
            const d = key(a.v) < key(b.v) ? -1 : key(a.v) > key(b.v) ? 1 : 0;
            return (descending ? -d : d) || a.i - b.i;
          })
          .map((e) => e.i);
        expect(Array.from(sortedOrder(values.length, [{ values, descending }]))).toEqual(expected);
      }),
    );
  });

  it('orders like a plain stable comparator sort, for any numbers and texts', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 4 }),
    );
    const reference = (a: SortValue, b: SortValue): number => {
      const k = (v: SortValue) =>
        v === null || v === undefined ? null : typeof v === 'string' ? v.toLowerCase() : v;
      const x = k(a);
      const y = k(b);
      if (x === null) return y === null ? 0 : -1;
      if (y === null) return 1;
      if (typeof x !== typeof y) return typeof x === 'number' ? -1 : 1;
      if (x !== y) return x < y ? -1 : 1;
      if (typeof a === 'string' && typeof b === 'string' && a !== b) return a < b ? -1 : 1;
      return 0;
    };
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.boolean(), (values, descending) => {
        const expected = values
          .map((v, i) => ({ v, i }))
          .sort((a, b) => (descending ? -1 : 1) * reference(a.v, b.v) || a.i - b.i)
          .map((e) => e.i);
        expect(Array.from(sortedOrder(values.length, [{ values, descending }]))).toEqual(expected);
      }),
    );
  });
});
