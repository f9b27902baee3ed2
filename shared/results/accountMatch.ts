/**
 * Which account an opportunity belongs to: by the CRM's account id (a Salesforce Account ID
 * in its 15- or 18-character form, a HubSpot company record id, also the ids an account
 * lists as duplicates of the same company), else by the company's domain, else by the exact
 * account name (trimmed; a name two accounts share matches neither). An opportunity that
 * matches nothing is unmatched with the reason, never dropped.
 */
import type { Account, AccountMatchedBy, Opportunity } from '../domain/types';
import { toSalesforceId18 } from '../accounts/salesforceId';
import { normalizeDomain } from '../accounts/normalizeDomain';
import { storedDomainKey } from '../accounts/companyDomain';

/** The account fields matching reads. */
export type MatchAccount = Pick<
  Account,
  | 'id'
  | 'name'
  | 'domain'
  | 'salesforceId'
  | 'hubspotId'
  | 'duplicateSalesforceIds'
  | 'duplicateHubspotIds'
>;

/** How an opportunity names its account. */
export type AccountReference = Pick<
  Opportunity,
  'crm' | 'accountCrmId' | 'accountDomain' | 'accountName'
>;

export type AccountMatch =
  | { accountId: string; matchedBy: AccountMatchedBy }
  | { accountId: null; matchedBy: null; reason: string };

export type AccountMatcher = (ref: AccountReference) => AccountMatch;

const AMBIGUOUS = '';

function addKey(map: Map<string, string>, key: string, id: string): void {
  if (key === '') return;
  const known = map.get(key);
  if (known === undefined) map.set(key, id);
  else if (known !== id) map.set(key, AMBIGUOUS);
}

/** The key an account name matches under: the name as written, surrounding spaces removed. */
export const nameKey = (name: string) => name.trim();

/**
 * A matcher over `accounts`, each index built once, on its first use: a report that names
 * its accounts only by name never pays for the id and domain indexes (50,000 opportunities
 * over 100,000 accounts match in one pass).
 */
export function accountMatcher(accounts: readonly MatchAccount[]): AccountMatcher {
  const lazyIndex = (keysOf: (a: MatchAccount, add: (key: string) => void) => void) => {
    let map: Map<string, string> | null = null;
    return (key: string): string | undefined => {
      if (!map) {
        const built = new Map<string, string>();
        for (const a of accounts) keysOf(a, (k) => addKey(built, k, a.id));
        map = built;
      }
      return map.get(key);
    };
  };
  const bySalesforceId = lazyIndex((a, add) => {
    if (a.salesforceId !== '') add(toSalesforceId18(a.salesforceId) ?? a.salesforceId.trim());
    for (const raw of a.duplicateSalesforceIds) add(toSalesforceId18(raw) ?? raw.trim());
  });
  const byHubspotId = lazyIndex((a, add) => {
    add(a.hubspotId.trim());
    for (const raw of a.duplicateHubspotIds) add(raw.trim());
  });
  const byDomain = lazyIndex((a, add) => add(a.domain));
  const byName = lazyIndex((a, add) => add(nameKey(a.name)));
  return (ref) => {
    const reasons: string[] = [];
    const crmId = ref.accountCrmId.trim();
    if (crmId !== '') {
      const key = ref.crm === 'salesforce' ? (toSalesforceId18(crmId) ?? crmId) : crmId;
      const id = (ref.crm === 'salesforce' ? bySalesforceId : byHubspotId)(key);
      if (id) return { accountId: id, matchedBy: 'crm id' };
      reasons.push(
        id === AMBIGUOUS ? `accounts share the id ${crmId}` : `no account has the id ${crmId}`,
      );
    }
    const domain =
      ref.accountDomain.trim() === '' ? '' : storedDomainKey(normalizeDomain(ref.accountDomain));
    if (domain !== '') {
      const id = byDomain(domain);
      if (id) return { accountId: id, matchedBy: 'domain' };
      reasons.push(
        id === AMBIGUOUS
          ? `accounts share the domain ${domain}`
          : `no account has the domain ${domain}`,
      );
    }
    const name = nameKey(ref.accountName);
    if (name !== '') {
      const id = byName(name);
      if (id) return { accountId: id, matchedBy: 'name' };
      reasons.push(
        id === AMBIGUOUS ? `several accounts are named "${name}"` : `no account is named "${name}"`,
      );
    }
    if (reasons.length === 0) reasons.push('the row names no account (no id, domain or name)');
    return { accountId: null, matchedBy: null, reason: capitalize(reasons.join('; ')) };
  };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
