// A summary's groups as columns (groupTable.ts), as the worker sends them and the window reads
// them: whatever the groups, each row read back equals the group sent, field for field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GroupSummary } from '../../../renderer/src/features/conflicts/conflictsProtocol';
import { plainGroup, rowsOf, toColumns } from '../../../renderer/src/features/conflicts/groupTable';

const RULES = ['cross-team', 'primary-owner', 'blackout', 'contact-pressure'] as const;
const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const text = fc.string({ maxLength: 12 });
const day = fc.constantFrom('2027-01-04', '2027-02-01', '2027-03-29');

const groupArb: fc.Arbitrary<GroupSummary> = fc.record({
  id: text,
  ref: fc.tuple(int32, int32, int32),
  rule: fc.constantFrom(...RULES) as fc.Arbitrary<GroupSummary['rule']>,
  severity: fc.constantFrom('block', 'warn', 'info') as fc.Arbitrary<GroupSummary['severity']>,
  motionIds: fc.array(fc.oneof(text, fc.constantFrom('m1', 'm2')), { maxLength: 5 }),
  blackoutId: fc.option(text, { nil: null }),
  week: fc.option(day, { nil: null }),
  title: fc.string({ maxLength: 40 }),
  accountCount: fc.nat(),
  window: fc.record({ first: day, last: day }),
  byTier: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
});

describe('groups as columns', () => {
  it('read back equal the groups sent, through a structured clone', () => {
    fc.assert(
      fc.property(fc.array(groupArb, { maxLength: 60 }), (groups) => {
        const rows = rowsOf(structuredClone(toColumns(groups)));
        expect(rows.map(plainGroup)).toEqual(groups);
        // Read twice: a row's composite fields are made when read, never shared or changed.
        expect(rows.map(plainGroup)).toEqual(groups);
      }),
      { numRuns: 200 },
    );
  });

  it('holds each repeated string once a part, numbers in one typed array', () => {
    const g = (i: number): GroupSummary => ({
      id: `g${i}`,
      ref: [0, i, i + 1],
      rule: 'cross-team',
      severity: 'block',
      motionIds: ['m1', 'm2'],
      blackoutId: null,
      week: null,
      title: `Motion ${i}`,
      accountCount: i,
      window: { first: '2027-01-04', last: '2027-01-10' },
      byTier: [0, i, 0, 0],
    });
    const c = toColumns(Array.from({ length: 500 }, (_, i) => g(i)));
    expect(c.strings).toEqual(['cross-team', 'block', '2027-01-04', '2027-01-10', 'm1', 'm2']);
    expect(c.nums).toBeInstanceOf(Int32Array);
    expect(c.motionIds.length).toBe(1000);
  });

  it('refuses a group with more tier slots than the columns hold', () => {
    expect(() =>
      toColumns([
        {
          id: 'g',
          ref: [0, 1, 2],
          rule: 'cross-team',
          severity: 'warn',
          motionIds: [],
          blackoutId: null,
          week: null,
          title: 't',
          accountCount: 1,
          window: { first: '2027-01-04', last: '2027-01-04' },
          byTier: [0, 0, 0, 0, 1],
        },
      ]),
    ).toThrow(/tier slots/);
  });
});
