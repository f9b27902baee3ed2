/**
 * Generated accounts for the export round-trip properties: text full of what CSV and Excel
 * trip over (formula starts, apostrophes, quotes, , ; line breaks, non-Latin names), every
 * status, website forms, leading zeros and phone numbers. Each account has its own domain
 * and CRM ids (a workspace never holds two), and values a CRM accepts (names, owner e-mails).
 */
import fc from 'fast-check';
import { toSalesforceId18 } from '../../../shared/accounts/salesforceId';
import type { Account } from '../../../shared/domain/types';
import { account } from './exportFixtures';

const PIECES = [
  '=',
  '+',
  '-',
  '@',
  '\uFF1D',
  'a',
  'Z',
  '7',
  ' ',
  ',',
  '"',
  "'",
  ';',
  '\t',
  '\n',
  '\r\n',
  'ä',
  '株式',
  'Ж',
  'مرحبا',
  '0',
  '1+1',
];
/** Text as an import leaves it: trimmed (the import trims every cell). */
const text = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 8 })
  .map((parts) => parts.join('').trim());
const nonEmpty = text.filter((s) => s !== '');
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,7}$/);
const digits = fc.stringMatching(/^0[0-9]{1,6}$/);
const PHONES = [
  '+49 30 1234567',
  '+1 (555) 010-0000',
  '+1-2-3-4',
  "'+44 20 7946 0958",
  '0351 4400',
];
const COUNTRIES: [string, string][] = [
  ['DE', 'EMEA'],
  ['JP', 'APAC'],
  ['US', 'North America'],
];
const WEBSITES = [(d: string) => d, (d: string) => `https://www.${d}/`, (d: string) => `www.${d}`];

const valuesArb = fc.record({
  name: nonEmpty,
  website: fc.integer({ min: 0, max: WEBSITES.length - 1 }),
  salesforce15: fc.option(fc.stringMatching(/^001[a-zA-Z0-9]{9}$/), { nil: null }),
  hubspotId: fc.option(digits, { nil: '' }),
  industry: text,
  employees: fc.option(fc.integer({ min: 1, max: 500_000 }), { nil: null }),
  annualRevenue: fc.option(fc.integer({ min: 1, max: 10 ** 10 }), { nil: null }),
  country: fc.constantFrom(...COUNTRIES),
  owner: fc.stringMatching(/^[A-Z][a-z]{1,6} [A-Z][a-z]{1,8}$/),
  territory: text,
  tags: fc.uniqueArray(word, { maxLength: 3, selector: (t) => t.toLowerCase() }),
  tier: fc.constantFrom(1 as const, 2 as const, 3 as const, null),
  intentScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  status: fc.constantFrom('candidate' as const, 'target' as const, 'removed' as const),
  removedReason: nonEmpty,
  primaryTeam: fc.constantFrom('sales' as const, 'marketing' as const, null),
  notes: text,
  postalCode: fc.option(digits, { nil: '' }),
  phone: fc.option(fc.constantFrom(...PHONES), { nil: '' }),
});

type AccountValues = typeof valuesArb extends fc.Arbitrary<infer V> ? V : never;
const pad = (i: number) => String(i).padStart(3, '0');

function build(values: AccountValues[]): Account[] {
  return values.map((v, i) => {
    const domain = `site${i}.example`;
    const custom: Record<string, string> = {};
    if (v.postalCode !== '') custom['Postal code'] = v.postalCode;
    if (v.phone !== '') custom.Phone = v.phone;
    return account({
      id: `a${i}`,
      name: v.name,
      website: (WEBSITES[v.website] as (d: string) => string)(domain),
      domain,
      salesforceId:
        v.salesforce15 === null ? '' : (toSalesforceId18(v.salesforce15 + pad(i)) ?? ''),
      hubspotId: v.hubspotId === '' ? '' : v.hubspotId + pad(i),
      industry: v.industry,
      employees: v.employees,
      annualRevenue: v.annualRevenue,
      country: v.country[0],
      region: v.country[1],
      owner: v.owner,
      ownerEmail: `${v.owner.split(' ')[0]?.toLowerCase()}${i}@seller.example`,
      territory: v.territory,
      tags: v.tags,
      tier: v.tier,
      intentScore: v.intentScore,
      status: v.status,
      removedReason: v.status === 'removed' ? v.removedReason : '',
      primaryTeam: v.primaryTeam,
      notes: v.notes,
      custom,
    });
  });
}

export const accountsArb = fc.array(valuesArb, { minLength: 1, maxLength: 10 }).map(build);
