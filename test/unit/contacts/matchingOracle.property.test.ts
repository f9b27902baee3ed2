// The matcher (built for 500,000 people: indexes made only when asked, answers shared per id,
// host and company name) held against a plain reading of the rules that scans every account
// for every person: for any accounts and people, the same account, reason and detail.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nonCompanyHost, registrableDomain } from '../../../shared/accounts/companyDomain';
import { NON_COMPANY_LABELS } from '../../../shared/accounts/nonCompanyHosts';
import { normalizeDomain } from '../../../shared/accounts/normalizeDomain';
import {
  accountMatcher,
  companyNameKey,
  type AccountMatch,
  type MatchAccount,
  type MatchPerson,
} from '../../../shared/contacts/matchAccounts';
import { account } from '../export/exportFixtures';
import { person } from './people';

/** The one account whose `key` is `wanted`, -2 when several are, -1 when none is. */
function theOne(
  accounts: readonly MatchAccount[],
  key: (a: MatchAccount) => string,
  wanted: string,
) {
  const found = new Set<number>();
  accounts.forEach((a, i) => {
    if (key(a) !== '' && key(a) === wanted) found.add(i);
  });
  return found.size === 0 ? -1 : found.size === 1 ? [...found][0]! : -2;
}

function byId(
  accounts: readonly MatchAccount[],
  id: string,
  own: 'salesforceId' | 'hubspotId',
  duplicates: 'duplicateSalesforceIds' | 'duplicateHubspotIds',
): number {
  const ownAt = accounts.findIndex((a) => a[own] === id);
  return ownAt >= 0 ? ownAt : accounts.findIndex((a) => a[duplicates].includes(id));
}

function plainMatch(accounts: readonly MatchAccount[], p: MatchPerson): AccountMatch {
  const notes: string[] = [];
  if (p.salesforceAccountId !== '') {
    const at = byId(accounts, p.salesforceAccountId, 'salesforceId', 'duplicateSalesforceIds');
    if (at >= 0)
      return { account: at, reason: 'salesforce-account-id', detail: p.salesforceAccountId };
    notes.push(`no account has the Salesforce ID ${p.salesforceAccountId}`);
  }
  if (p.hubspotCompanyId !== '') {
    const at = byId(accounts, p.hubspotCompanyId, 'hubspotId', 'duplicateHubspotIds');
    if (at >= 0) return { account: at, reason: 'hubspot-company-id', detail: p.hubspotCompanyId };
    notes.push(`no account has the HubSpot company ID ${p.hubspotCompanyId}`);
  }
  const at = p.email.lastIndexOf('@');
  const host = at < 0 ? '' : normalizeDomain(p.email.slice(at + 1));
  if (host !== '') {
    const kind = nonCompanyHost(host);
    if (kind) notes.push(`${host} is a ${NON_COMPANY_LABELS[kind].toLowerCase()} host`);
    else {
      const exact = theOne(accounts, (a) => a.domain, host);
      const registrable = registrableDomain(host);
      const wide =
        registrable === '' ? -1 : theOne(accounts, (a) => registrableDomain(a.domain), registrable);
      if (exact >= 0) return { account: exact, reason: 'email-domain', detail: host };
      if (wide >= 0) return { account: wide, reason: 'email-domain', detail: registrable };
      if (exact === -2 || wide === -2)
        notes.push(`several accounts have the domain ${exact === -2 ? host : registrable}`);
      else notes.push(`no account has the domain ${host}`);
    }
  }
  const key = companyNameKey(p.company);
  if (key !== '') {
    const named = theOne(accounts, (a) => companyNameKey(a.name), key);
    if (named >= 0) return { account: named, reason: 'company-name', detail: p.company };
    notes.push(
      named === -2
        ? `several accounts are named "${p.company}"`
        : `no account is named "${p.company}"`,
    );
  }
  return {
    account: -1,
    reason: null,
    detail: notes.length ? notes.join('; ') : 'nothing to match by',
  };
}

const SF = ['001000000000001AAA', '001000000000002AAA', '001000000000003AAA', '001000000000004AAA'];
const HS = ['9001', '9002', '9003', '9004'];
const DOMAINS = [
  '',
  'acme.com',
  'eu.acme.com',
  'acme.co.uk',
  'globex.example',
  'gmail.com',
  'b.us.com',
  // An older version's stored domain, not in today's normal form, and a free-mail host.
  'ACME.com',
  'www.globex.example',
  'yahoo.com',
];
const NAMES = ['Acme', 'ACME, Inc.', 'Globex GmbH', 'The Initech', 'Müller AG', 'Inc.', '!!!'];
const HOSTS = [
  ...DOMAINS,
  'ACME.com',
  'www.acme.com',
  'sales.eu.acme.com',
  'x.acme.co.uk',
  'a.us.com',
  'yahoo.co.jp',
  'initech.example',
  'acme.com.',
];

const anAccount = fc.record({
  name: fc.constantFrom(...NAMES),
  domain: fc.constantFrom(...DOMAINS),
  salesforceId: fc.constantFrom('', ...SF),
  hubspotId: fc.constantFrom('', ...HS),
  duplicateSalesforceIds: fc.subarray(SF, { maxLength: 2 }),
  duplicateHubspotIds: fc.subarray(HS, { maxLength: 2 }),
});
const aPerson = fc.record({
  salesforceAccountId: fc.constantFrom('', ...SF, '001000000000009AAA'),
  hubspotCompanyId: fc.constantFrom('', ...HS, '9999'),
  email: fc.oneof(
    fc.constant(''),
    fc.constant('no-at-sign'),
    fc.constantFrom(...HOSTS).map((h) => `jo@${h}`),
  ),
  company: fc.constantFrom('', ...NAMES, 'acme', 'Nobody Ltd'),
});

describe('the matcher against a plain reading of its rules', () => {
  it('(property) an ASCII company name gets the key the Unicode steps give it', () => {
    const nameLike = fc.string({
      unit: fc.constantFrom(
        'A',
        'c',
        'm',
        'E',
        '1',
        ' ',
        ',',
        '.',
        '&',
        '-',
        "'",
        'Inc',
        'GmbH',
        'the',
        'The',
        'and',
        'Co',
        '\t',
        'é',
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.oneof(nameLike, fc.string()), (name) => {
        // A combining accent at the end makes the name non-ASCII, so it takes the Unicode
        // steps, which drop the accent: the two keys must agree.
        expect(companyNameKey(name)).toBe(companyNameKey(`${name}\u0301`));
      }),
      { numRuns: 3000 },
    );
  });

  it('(property) gives every person the same match, reason and detail', () => {
    fc.assert(
      fc.property(
        fc.array(anAccount, { maxLength: 6 }),
        fc.array(aPerson, { minLength: 1, maxLength: 12 }),
        (rows, people) => {
          // The store keeps one account per CRM id: own ids are unique among the accounts.
          const seen = new Set<string>();
          const accounts = rows.map((r, i) => {
            const own = (id: string) => (id === '' || seen.has(id) ? '' : (seen.add(id), id));
            return account({
              id: `a${i}`,
              ...r,
              salesforceId: own(r.salesforceId),
              hubspotId: own(r.hubspotId),
            });
          });
          const matcher = accountMatcher(accounts);
          people.forEach((p, i) => {
            const contact = person({ id: `p${i}`, ...p });
            expect(matcher.match(contact)).toEqual(plainMatch(accounts, contact));
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('people who match alike share one answer, and a duplicate id is the detail it shows', () => {
    const accounts = [
      account({
        id: 'a',
        name: 'Acme',
        domain: 'acme.com',
        salesforceId: SF[0]!,
        duplicateSalesforceIds: [SF[1]!],
      }),
    ];
    const matcher = accountMatcher(accounts);
    const one = matcher.match(person({ id: 'p', salesforceAccountId: SF[0]! }));
    expect(matcher.match(person({ id: 'q', salesforceAccountId: SF[0]! }))).toBe(one);
    expect(matcher.match(person({ id: 'r', salesforceAccountId: SF[1]! }))).toEqual({
      account: 0,
      reason: 'salesforce-account-id',
      detail: SF[1],
    });
    const byHost = matcher.match(person({ id: 's', email: 'a@acme.com' }));
    expect(matcher.match(person({ id: 't', email: 'b@acme.com' }))).toBe(byHost);
  });
});
