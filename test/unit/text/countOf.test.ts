// countOf keeps one NumberFormat instead of toLocaleString('en-US') per call (a conflicts list
// page calls it 200 times): the text must stay exactly what toLocaleString wrote.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOf } from '../../../shared/text/countOf';

describe('countOf', () => {
  it('writes the number as toLocaleString("en-US") did, with the noun in the right number', () => {
    expect(countOf(1, 'account')).toBe('1 account');
    expect(countOf(3412, 'account')).toBe('3,412 accounts');
    expect(countOf(2, 'is', 'are')).toBe('2 are');
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: false })), (n) => {
        expect(countOf(n, 'x')).toBe(`${n.toLocaleString('en-US')} ${n === 1 ? 'x' : 'xs'}`);
      }),
    );
  });
});
