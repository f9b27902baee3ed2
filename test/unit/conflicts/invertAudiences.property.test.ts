// The blocked inversion of audiences (invertAudiences) gives every account its motions in the
// given order, exactly as a plain motion-by-motion scatter does, for audiences in any order,
// across block boundaries (accounts past 2,048) and with empty or missing audiences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invertAudiences } from '../../../shared/conflicts/invertAudiences';

function plainInversion(n: number, order: number[], audiences: number[][]): number[][] {
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (const m of order) for (const a of audiences[m] ?? []) lists[a]!.push(m);
  return lists;
}

describe('invertAudiences', () => {
  it('matches a plain scatter for any audiences and motion order', () => {
    const plan = fc
      .record({ n: fc.integer({ min: 1, max: 5000 }), motions: fc.integer({ min: 0, max: 12 }) })
      .chain(({ n, motions }) =>
        fc.record({
          n: fc.constant(n),
          audiences: fc.array(
            fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 300 }),
            { minLength: motions, maxLength: motions },
          ),
          order: fc.shuffledSubarray([...Array(motions).keys()]),
        }),
      );
    fc.assert(
      fc.property(plan, ({ n, audiences, order }) => {
        const got = invertAudiences(n, Int32Array.from(order), audiences).map((l) => [...l]);
        expect(got).toEqual(plainInversion(n, order, audiences));
      }),
      { numRuns: 200 },
    );
  });
});
