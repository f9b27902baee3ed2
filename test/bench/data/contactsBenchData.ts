/**
 * The contacts benchmark's data (test/bench/contacts.bench.ts): its accounts, with Salesforce
 * and HubSpot ids and a domain each, and a Salesforce contacts report over them.
 */
import { salesforceSuffix } from '../../../shared/accounts/salesforceId';
import type { Account } from '../../../shared/domain/types';

export const STAMP = '2027-01-04T09:00:00.000Z';
export const id18 = (prefix: string, n: number) => {
  const id15 = `${prefix}${String(n).padStart(15 - prefix.length, '0')}`;
  return id15 + salesforceSuffix(id15);
};

export function makeAccounts(count: number): Account[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    name: `Account ${i} GmbH`,
    website: `account${i}.example`,
    domain: `account${i}.example`,
    salesforceId: id18('001', i),
    hubspotId: String(900_000 + i),
    duplicateSalesforceIds: [],
    duplicateHubspotIds: [],
    industry: '',
    employees: null,
    annualRevenue: null,
    country: '',
    region: '',
    owner: '',
    ownerEmail: '',
    territory: '',
    tags: [],
    tier: i % 10 === 0 ? 1 : 2,
    icpScore: null,
    intentScore: null,
    status: 'target',
    removedReason: '',
    primaryTeam: null,
    notes: '',
    custom: {},
    importedFromSalesforce: null,
    importedFromHubspot: null,
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
}

/** A Salesforce contacts report: `people` contacts at every tenth of the first accounts. */
export function salesforceContacts(people: number, accounts: number): string {
  const lines = [
    'Contact ID,First Name,Last Name,Email,Title,Account ID,Account Name,Email Opt Out,Do Not Call',
  ];
  const reached = Math.max(1, Math.floor(accounts / 10));
  for (let i = 0; i < people; i++) {
    const a = (i % reached) * 10;
    lines.push(
      `${id18('003', i)},First${i},Last${i},p${i}@account${a}.example,${i % 2 ? 'VP Marketing' : 'Engineer'},${id18('001', a)},Account ${a} GmbH,0,0`,
    );
  }
  return lines.join('\n');
}
