// nonCompanyHost looks a host's labels and suffixes up by slice (StringTable.getSlice): the
// same verdicts as the lookup of each split label and sliced suffix it replaced, for hosts
// made of the rules' own hosts, the brands, ordinary labels and odd dots.
import fc from 'fast-check';
import { getDomain, getDomainWithoutSuffix } from 'tldts';
import { describe, expect, it } from 'vitest';
import { nonCompanyHost } from '../../../shared/accounts/companyDomain';
import {
  FREE_MAIL_BRANDS,
  HOST_RULES,
  SITE_BUILDER_BRANDS,
  type NonCompanyKind,
} from '../../../shared/accounts/nonCompanyHosts';

/** The lookups as they were: host.split('.') and suffix.slice(). */
function classifyBySplit(host: string): NonCompanyKind | null {
  if (host === '') return null;
  let suffix = host;
  for (;;) {
    const rule = HOST_RULES.get(suffix);
    if (rule && !(rule.underOnly && suffix === host)) return rule.kind;
    const dot = suffix.indexOf('.');
    if (dot < 0) break;
    suffix = suffix.slice(dot + 1);
  }
  const brand = host
    .split('.')
    .some((label) => FREE_MAIL_BRANDS.has(label) || SITE_BUILDER_BRANDS.has(label));
  if (!brand) return null;
  const registrable = getDomainWithoutSuffix(host) ?? '';
  if (FREE_MAIL_BRANDS.has(registrable)) return 'free-mail';
  if (SITE_BUILDER_BRANDS.has(registrable) && host !== getDomain(host)) return 'site-builder';
  return null;
}

const part = fc.oneof(
  fc.constantFrom(...HOST_RULES.keys()),
  fc.constantFrom(...FREE_MAIL_BRANDS, ...SITE_BUILDER_BRANDS),
  fc.constantFrom('acme', 'www', 'com', 'co.uk', 'co.jp', 'de', '', 'io', 'blog', 'x'),
  fc.stringMatching(/^[a-z0-9-]{0,6}$/),
);

describe('nonCompanyHost by slices', () => {
  it('gives the verdicts of the split-and-slice lookups', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const host = parts.join('.');
        expect(nonCompanyHost(host)).toBe(classifyBySplit(host));
      }),
      { numRuns: 3000 },
    );
  });
});
