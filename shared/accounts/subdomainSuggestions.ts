/**
 * Possible duplicates across subdomains: `eu.acme.com` and `acme.com` are different dedupe
 * keys (a subsidiary may well be its own account), but one registrable domain by the Public
 * Suffix List, so they are suggested for the user to merge or dismiss, never merged silently.
 * One pass over the accounts, grouping by registrable domain: fast at 100,000 accounts.
 * Accounts without a company domain (a LinkedIn page, gmail.com) and removed accounts are
 * never suggested.
 */
import type { Account } from '../domain/types';
import { nonCompanyHost, registrableDomain } from './companyDomain';
import { survivorOrder } from './mergeStoredAccounts';

export interface DuplicateSuggestion {
  /** Names this exact group; a dismissal stores it, so a new account joining brings it back. */
  key: string;
  registrableDomain: string;
  /** Oldest first: the account a merge keeps. */
  accounts: Account[];
}

interface Bucket {
  accounts: Account[];
  firstDomain: string;
  /** Whether the accounts hold more than one domain (one domain only is not a subdomain case). */
  mixed: boolean;
}

function bucketBy(accounts: Iterable<Account>, keyOf: (a: Account) => string): Map<string, Bucket> {
  const buckets = new Map<string, Bucket>();
  for (const a of accounts) {
    const key = keyOf(a);
    if (key === '') continue;
    const bucket = buckets.get(key);
    if (!bucket) buckets.set(key, { accounts: [a], firstDomain: a.domain, mixed: false });
    else {
      bucket.accounts.push(a);
      if (a.domain !== bucket.firstDomain) bucket.mixed = true;
    }
  }
  return buckets;
}

/**
 * A registrable domain ends with the host's last two labels, so hosts that share one share
 * those. Grouping by them first is a string operation; only the few groups holding several
 * domains need the Public Suffix List (the slow part at 100,000 accounts).
 */
function lastTwoLabels(domain: string): string {
  const last = domain.lastIndexOf('.');
  const before = last > 0 ? domain.lastIndexOf('.', last - 1) : -1;
  return domain.slice(before + 1);
}

/** The key of a group of accounts under a registrable domain (ids sorted, so order does not matter). */
export function suggestionKey(registrable: string, accountIds: readonly string[]): string {
  return `${registrable}|${[...accountIds].sort().join(',')}`;
}

function candidates(accounts: readonly Account[]): Account[] {
  // Stored before the rule existed, an account may still hold a non-company domain.
  return accounts.filter(
    (a) => a.domain !== '' && a.status !== 'removed' && !nonCompanyHost(a.domain),
  );
}

export function suggestSubdomainDuplicates(
  accounts: readonly Account[],
  dismissed: ReadonlySet<string> = new Set(),
): DuplicateSuggestion[] {
  const suggestions: DuplicateSuggestion[] = [];
  for (const rough of bucketBy(candidates(accounts), (a) => lastTwoLabels(a.domain)).values()) {
    if (!rough.mixed) continue;
    for (const [registrable, bucket] of bucketBy(rough.accounts, (a) =>
      registrableDomain(a.domain),
    )) {
      if (!bucket.mixed) continue;
      const key = suggestionKey(
        registrable,
        bucket.accounts.map((a) => a.id),
      );
      if (dismissed.has(key)) continue;
      suggestions.push({
        key,
        registrableDomain: registrable,
        accounts: survivorOrder(bucket.accounts),
      });
    }
  }
  return suggestions.sort((x, y) =>
    x.registrableDomain < y.registrableDomain
      ? -1
      : x.registrableDomain > y.registrableDomain
        ? 1
        : 0,
  );
}
