// The review's matcher (accountMatcherFor: indexes holding only the keys the given
// references ask for) answers exactly as the plain matcher (accountMatcher) for each of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountMatcher, accountMatcherFor } from '../../../shared/results/accountMatch';
import { accountsArb, opportunitiesArb } from './resultsArbitraries';

describe('accountMatcherFor', () => {
  it('matches every reference as accountMatcher does, reasons included', () => {
    fc.assert(
      fc.property(accountsArb, opportunitiesArb, (accounts, opportunities) => {
        const plain = accountMatcher(accounts);
        const forRefs = accountMatcherFor(accounts, opportunities);
        for (const o of opportunities) expect(forRefs(o)).toEqual(plain(o));
      }),
      { numRuns: 300 },
    );
  });
});
