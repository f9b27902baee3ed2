// Opportunities find their account by CRM id, then domain, then exact name; the rest are
// listed as unmatched with the reason. Stages classify as won, lost or open; the credit
// model follows the article.
import { describe, expect, it } from 'vitest';
import { accountMatcher } from '../../../shared/results/accountMatch';
import { outcomeOfStage } from '../../../shared/results/outcome';
import { creditOf, MARKETING_MOTION, SALES_MOTION } from '../../../shared/results/credit';
import { makeAccount } from '../workspace/fixtures';

const accounts = [
  makeAccount({
    id: 'acme',
    name: 'Acme',
    domain: 'acme.example',
    salesforceId: '0015g00000W6W9aAAF',
    hubspotId: '101',
  }),
  makeAccount({
    id: 'globex',
    name: 'Globex',
    domain: 'globex.example',
    duplicateSalesforceIds: ['0015g00000AUfUIAA1'],
  }),
  makeAccount({ id: 'twin1', name: 'Initech', domain: '' }),
  makeAccount({ id: 'twin2', name: 'Initech', domain: 'initech.example' }),
];
const match = accountMatcher(accounts);
const ref = (patch: Partial<Parameters<typeof match>[0]>) =>
  match({ crm: 'salesforce', accountCrmId: '', accountDomain: '', accountName: '', ...patch });

describe('matching an opportunity to its account', () => {
  it('by the Salesforce account id, 15 or 18 characters, also a duplicate record’s id', () => {
    expect(ref({ accountCrmId: '0015g00000W6W9a' })).toEqual({
      accountId: 'acme',
      matchedBy: 'crm id',
    });
    expect(ref({ accountCrmId: '0015g00000AUfUIAA1', accountName: 'Acme' })).toEqual({
      accountId: 'globex',
      matchedBy: 'crm id',
    });
  });

  it('by the HubSpot company id only for a HubSpot deal', () => {
    expect(ref({ crm: 'hubspot', accountCrmId: '101' })).toEqual({
      accountId: 'acme',
      matchedBy: 'crm id',
    });
    expect(ref({ crm: 'salesforce', accountCrmId: '101' }).accountId).toBeNull();
  });

  it('then by domain (a website reads as its domain), then by the exact name', () => {
    expect(
      ref({
        accountCrmId: '0015g00000XXXXXAAA',
        accountDomain: 'https://www.Globex.example/about',
      }),
    ).toEqual({
      accountId: 'globex',
      matchedBy: 'domain',
    });
    expect(ref({ accountName: ' Acme ' })).toEqual({ accountId: 'acme', matchedBy: 'name' });
    expect(ref({ accountName: 'acme' }).accountId).toBeNull();
  });

  it('lists why an opportunity matched nothing; a name two accounts share matches neither', () => {
    expect(ref({ accountName: 'Initech' })).toEqual({
      accountId: null,
      matchedBy: null,
      reason: 'Several accounts are named "Initech"',
    });
    expect(ref({ accountCrmId: '999', accountDomain: 'nowhere.example' })).toMatchObject({
      reason: 'No account has the id 999; no account has the domain nowhere.example',
    });
    expect(ref({})).toMatchObject({ reason: 'The row names no account (no id, domain or name)' });
  });
});

describe('won, lost or open from the stage', () => {
  it.each([
    ['Closed Won', 'won'],
    ['closedwon', 'won'],
    ['Closed won', 'won'],
    ['Closed Lost', 'lost'],
    ['closedlost', 'lost'],
    ['Negotiation/Review', 'open'],
    ['appointmentscheduled', 'open'],
    ['', 'open'],
  ])('%s is %s', (stage, outcome) => expect(outcomeOfStage(stage)).toBe(outcome));
});

describe('the credit model', () => {
  it('inbound → marketing, outbound → sales, both teams engaged → co-credit', () => {
    expect(creditOf('Web', 0)).toEqual({
      credit: 'marketing',
      reason: 'lead source Web is inbound',
    });
    expect(creditOf('Cold Call', 0).credit).toBe('sales');
    expect(creditOf('Web', SALES_MOTION)).toEqual({
      credit: 'co-credit',
      reason: 'both teams engaged: lead source Web is inbound; a sales motion engaged the account',
    });
    expect(creditOf('', MARKETING_MOTION | SALES_MOTION).credit).toBe('co-credit');
    expect(creditOf('Partner Referral', MARKETING_MOTION).credit).toBe('marketing');
    expect(creditOf('Partner Referral', 0).credit).toBe('unattributed');
  });
});
