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

type Lookup = (key: string) => string | undefined;

/** The four indexes matching reads, each keyed as `AccountKeys` spells an account's keys. */
interface Lookups {
  salesforce: Lookup;
  hubspot: Lookup;
  domain: Lookup;
  name: Lookup;
}

type IndexName = keyof Lookups;

/** Calls `add` with each key account `a` is found under in index `index`. */
function keysOf(index: IndexName, a: MatchAccount, add: (key: string) => void): void {
  switch (index) {
    case 'salesforce':
      if (a.salesforceId !== '') add(toSalesforceId18(a.salesforceId) ?? a.salesforceId.trim());
      for (const raw of a.duplicateSalesforceIds) add(toSalesforceId18(raw) ?? raw.trim());
      return;
    case 'hubspot':
      add(a.hubspotId.trim());
      for (const raw of a.duplicateHubspotIds) add(raw.trim());
      return;
    case 'domain':
      add(a.domain);
      return;
    case 'name':
      add(nameKey(a.name));
  }
}

/** The keys a reference is looked up under, in the order matching tries them ('' = none). */
function referenceKeys(ref: AccountReference) {
  const crmId = ref.accountCrmId.trim();
  const crmIndex: IndexName = ref.crm === 'salesforce' ? 'salesforce' : 'hubspot';
  const crmKey =
    crmId === '' ? '' : ref.crm === 'salesforce' ? (toSalesforceId18(crmId) ?? crmId) : crmId;
  const domain =
    ref.accountDomain.trim() === '' ? '' : storedDomainKey(normalizeDomain(ref.accountDomain));
  return { crmId, crmIndex, crmKey, domain, name: nameKey(ref.accountName) };
}

function matcherOver(lookups: Lookups): AccountMatcher {
  return (ref) => {
    const reasons: string[] = [];
    const keys = referenceKeys(ref);
    const { crmId } = keys;
    if (keys.crmKey !== '') {
      const id = lookups[keys.crmIndex](keys.crmKey);
      if (id) return { accountId: id, matchedBy: 'crm id' };
      reasons.push(
        id === AMBIGUOUS ? `accounts share the id ${crmId}` : `no account has the id ${crmId}`,
      );
    }
    const { domain, name } = keys;
    if (domain !== '') {
      const id = lookups.domain(domain);
      if (id) return { accountId: id, matchedBy: 'domain' };
      reasons.push(
        id === AMBIGUOUS
          ? `accounts share the domain ${domain}`
          : `no account has the domain ${domain}`,
      );
    }
    if (name !== '') {
      const id = lookups.name(name);
      if (id) return { accountId: id, matchedBy: 'name' };
      reasons.push(
        id === AMBIGUOUS ? `several accounts are named "${name}"` : `no account is named "${name}"`,
      );
    }
    if (reasons.length === 0) reasons.push('the row names no account (no id, domain or name)');
    return { accountId: null, matchedBy: null, reason: capitalize(reasons.join('; ')) };
  };
}

/**
 * A matcher over `accounts`, each index built once, on its first use: a report that names
 * its accounts only by name never pays for the id and domain indexes (50,000 opportunities
 * over 100,000 accounts match in one pass).
 */
export function accountMatcher(accounts: readonly MatchAccount[]): AccountMatcher {
  const lazyIndex = (index: IndexName): Lookup => {
    let map: Map<string, string> | null = null;
    return (key: string): string | undefined => {
      if (!map) {
        const built = new Map<string, string>();
        for (const a of accounts) keysOf(index, a, (k) => addKey(built, k, a.id));
        map = built;
      }
      return map.get(key);
    };
  };
  return matcherOver({
    salesforce: lazyIndex('salesforce'),
    hubspot: lazyIndex('hubspot'),
    domain: lazyIndex('domain'),
    name: lazyIndex('name'),
  });
}

/**
 * The same matcher, for a known list of references (the review matches every opportunity
 * each time it runs): the indexes hold only the keys those references ask for, so 100,000
 * accounts are checked against a set instead of each entered in a map. It answers exactly
 * as accountMatcher does for each of `refs` (a key no reference asks for is never looked up).
 */
export function accountMatcherFor(
  accounts: readonly MatchAccount[],
  refs: readonly AccountReference[],
): AccountMatcher {
  const wanted: Record<IndexName, Set<string>> = {
    salesforce: new Set(),
    hubspot: new Set(),
    domain: new Set(),
    name: new Set(),
  };
  for (const ref of refs) {
    const keys = referenceKeys(ref);
    if (keys.crmKey !== '') wanted[keys.crmIndex].add(keys.crmKey);
    if (keys.domain !== '') wanted.domain.add(keys.domain);
    if (keys.name !== '') wanted.name.add(keys.name);
  }
  const index = (name: IndexName): Lookup => {
    const want = wanted[name];
    const map = new Map<string, string>();
    if (want.size > 0) {
      for (const a of accounts) {
        if (name === 'name') {
          // The common case without a closure per account.
          const k = nameKey(a.name);
          if (want.has(k)) addKey(map, k, a.id);
        } else keysOf(name, a, (k) => want.has(k) && addKey(map, k, a.id));
      }
    }
    return (key) => map.get(key);
  };
  return matcherOver({
    salesforce: index('salesforce'),
    hubspot: index('hubspot'),
    domain: index('domain'),
    name: index('name'),
  });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
