import { describe, expect, it } from 'vitest';
import { sameAccount } from '../../../shared/accounts';
import { makeAccount } from '../workspace/fixtures';

describe('sameAccount', () => {
  const acme = makeAccount({ id: 'a1', name: 'Acme', tags: ['emea'], custom: { Segment: 'A' } });

  it('a fresh read of the same row is the same account', () => {
    expect(sameAccount(acme, structuredClone(acme))).toBe(true);
  });

  it('a change in any field, tag or custom field is a different account', () => {
    expect(sameAccount(acme, { ...acme, tier: 1 })).toBe(false);
    expect(sameAccount(acme, { ...acme, tags: ['emea', 'abm'] })).toBe(false);
    expect(sameAccount(acme, { ...acme, tags: ['apac'] })).toBe(false);
    expect(sameAccount(acme, { ...acme, custom: { Segment: 'B' } })).toBe(false);
    expect(sameAccount(acme, { ...acme, custom: { Other: 'A' } })).toBe(false);
    expect(sameAccount(acme, { ...acme, custom: {} })).toBe(false);
  });
});
