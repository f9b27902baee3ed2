/** normalizeDomain's shortcuts (a host or a plain website in normal form) give what its full reading gives. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeDomain, normalizeInFull } from '../../../shared/accounts/normalizeDomain';

const label = fc.string({
  unit: fc.constantFrom('a', 'z', '0', '-', '_', 'W', 'w', 'ü', '.'),
  minLength: 1,
  maxLength: 6,
});
const website = fc
  .tuple(
    fc.constantFrom('https://', 'http://', 'HTTPS://', '//', '', 'ftp://', 'https:/'),
    fc.constantFrom('', 'www.', 'www.www.', 'WWW.', 'user@'),
    fc.array(label, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', '/', '//', '/about', '?q=1', ':443/', '.', ' ', '#x', '\\x'),
  )
  .map(([scheme, www, labels, tail]) => `${scheme}${www}${labels.join('.')}${tail}`);

describe('normalizeDomain shortcuts', () => {
  it('equal the full reading', () => {
    fc.assert(
      fc.property(fc.oneof(website, fc.string({ maxLength: 20 })), (raw) => {
        expect(normalizeDomain(raw)).toBe(normalizeInFull(raw));
      }),
      { numRuns: 5000 },
    );
  });
});
