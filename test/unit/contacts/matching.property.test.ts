// Lead-to-account matching: CRM account id first, then the e-mail's domain (never a free-mail
// or shared host), then the company name when exactly one account has it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountMatcher, companyNameKey } from '../../../shared/contacts/matchAccounts';
import { account } from '../export/exportFixtures';
import { person } from './people';

const accounts = [
  account({
    id: 'a1',
    name: 'Northwind Analytics',
    domain: 'northwind.example',
    salesforceId: '001000000000001AAA',
    hubspotId: '9001',
  }),
  account({
    id: 'a2',
    name: 'Contoso Health, Inc.',
    domain: 'contoso.example',
    duplicateSalesforceIds: ['001000000000002AAA'],
  }),
  account({ id: 'a3', name: 'Twin', domain: 'twin-a.example' }),
  account({ id: 'a4', name: 'Twin', domain: 'twin-b.example' }),
];
const matcher = accountMatcher(accounts);

describe('matching a person to an account', () => {
  it('by Salesforce Account ID, also a duplicate record of the account', () => {
    expect(
      matcher.match(person({ id: 'p', salesforceAccountId: '001000000000001AAA' })),
    ).toMatchObject({ account: 0, reason: 'salesforce-account-id' });
    expect(
      matcher.match(person({ id: 'p', salesforceAccountId: '001000000000002AAA' })),
    ).toMatchObject({ account: 1, reason: 'salesforce-account-id' });
  });

  it('the CRM id wins over a domain that names another account', () => {
    const p = person({ id: 'p', hubspotCompanyId: '9001', email: 'x@contoso.example' });
    expect(matcher.match(p)).toMatchObject({ account: 0, reason: 'hubspot-company-id' });
  });

  it('by e-mail domain, without case, also a subdomain of the account', () => {
    expect(matcher.match(person({ id: 'p', email: 'Jo@Contoso.Example' }))).toMatchObject({
      account: 1,
      reason: 'email-domain',
    });
    expect(matcher.match(person({ id: 'p', email: 'jo@eu.contoso.example' }))).toMatchObject({
      account: 1,
      reason: 'email-domain',
      detail: 'contoso.example',
    });
  });

  it('never by a free-mail host, whatever the accounts hold; then by company name', () => {
    const withGmail = accountMatcher([
      ...accounts,
      account({ id: 'g', name: 'Gmail', domain: 'gmail.com' }),
    ]);
    const p = person({ id: 'p', email: 'someone@gmail.com', company: 'CONTOSO HEALTH' });
    const m = withGmail.match(p);
    expect(m).toMatchObject({ account: 1, reason: 'company-name' });
    const alone = withGmail.match(person({ id: 'q', email: 'someone@gmail.com' }));
    expect(alone.account).toBe(-1);
    expect(alone.detail).toMatch(/gmail\.com is a free/);
  });

  it('a company name two accounts share matches neither, and says so', () => {
    const m = matcher.match(person({ id: 'p', company: 'Twin Inc.' }));
    expect(m).toMatchObject({ account: -1, reason: null });
    expect(m.detail).toMatch(/several accounts are named/);
  });

  it('company names compare without case, punctuation or legal form', () => {
    expect(companyNameKey('ACME, Inc.')).toBe(companyNameKey('Acme'));
    expect(companyNameKey('Müller GmbH')).toBe('muller');
    expect(companyNameKey('Smith & Sons Ltd')).toBe('smith and sons');
  });

  it('(property) a person matches the account of its Salesforce id, else of its e-mail domain, and free-mail hosts never match by domain', () => {
    const hosts = [
      'northwind.example',
      'contoso.example',
      'gmail.com',
      'yahoo.com',
      'nowhere.example',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom('', '001000000000001AAA', '001000000000002AAA', '001000000000009AAA'),
        fc.constantFrom(...hosts),
        fc.constantFrom('', 'Northwind Analytics', 'Twin', 'Other'),
        (sf, host, company) => {
          const p = person({ id: 'p', salesforceAccountId: sf, email: `a@${host}`, company });
          const m = matcher.match(p);
          const byId = sf === '001000000000001AAA' ? 0 : sf === '001000000000002AAA' ? 1 : -1;
          const byHost = host === 'northwind.example' ? 0 : host === 'contoso.example' ? 1 : -1;
          const byName = company === 'Northwind Analytics' ? 0 : -1;
          const expected = byId >= 0 ? byId : byHost >= 0 ? byHost : byName;
          expect(m.account).toBe(expected);
          if (m.reason === 'email-domain') expect(['gmail.com', 'yahoo.com']).not.toContain(host);
          if (expected < 0) expect(m.reason).toBeNull();
        },
      ),
    );
  });
});
