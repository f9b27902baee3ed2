/**
 * Lead-to-account matching by a CRM id (matchAccounts.ts): the person's Salesforce Account ID
 * or HubSpot company id against each account's own record's id, else one of its duplicate
 * records'.
 */
import type { AccountMatch, MatchAccount, MatchReason } from './matchTypes';

/** Own id → position, then duplicate ids not taken: a duplicate never shadows an own id. */
function idIndex(
  accounts: readonly MatchAccount[],
  own: 'salesforceId' | 'hubspotId',
  duplicates: 'duplicateSalesforceIds' | 'duplicateHubspotIds',
): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < accounts.length; i++) {
    const id = (accounts[i] as MatchAccount)[own];
    if (id !== '') index.set(id, i);
  }
  for (let i = 0; i < accounts.length; i++) {
    for (const id of (accounts[i] as MatchAccount)[duplicates])
      if (!index.has(id)) index.set(id, i);
  }
  return index;
}

/**
 * Matching by one CRM id: the index is built when the first person needs it (a Salesforce
 * contacts report's people never need the HubSpot index), and each account's match by its
 * own id is made once, so 500,000 people allocate nothing but their answer's slot.
 */
export function idMatcher(
  accounts: readonly MatchAccount[],
  own: 'salesforceId' | 'hubspotId',
  duplicates: 'duplicateSalesforceIds' | 'duplicateHubspotIds',
  reason: MatchReason,
): (id: string) => AccountMatch | undefined {
  let index: Map<string, number> | null = null;
  const byOwnId = new Array<AccountMatch | undefined>(accounts.length);
  return (id) => {
    const p = (index ??= idIndex(accounts, own, duplicates)).get(id);
    if (p === undefined) return undefined;
    // A duplicate record's id is the detail shown, so it gets its own answer.
    if ((accounts[p] as MatchAccount)[own] !== id) return { account: p, reason, detail: id };
    return (byOwnId[p] ??= { account: p, reason, detail: id });
  };
}
