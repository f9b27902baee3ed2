/**
 * The owner directory filling itself from an account import: each row's owner columns
 * (a Salesforce report's "Account Owner" full name, a Data Loader OwnerId, a HubSpot
 * "Company owner" e-mail or name, a "HubSpot Owner ID") are a sighting of a person, merged
 * into the directory; then every account whose owner the directory now knows gets the
 * missing e-mail (and its name in place of a bare id). Pure: the caller writes `put`.
 */
import type { Account, IsoDateTime, Owner } from '../domain/types';
import type { IdGenerator } from '../domain/ids';
import { nameFromEmail } from '../accounts/parseFields';
import { mergeSightings, type OwnerSighting } from './mergeOwners';
import { isHubspotOwnerId, looksLikeSalesforceUserId, toSalesforceUserId } from './ownerKeys';
import { directoryOwnerFiller, ownerDirectory, type OwnerDirectory } from './ownerDirectory';

/** The owner columns of one imported row. */
export interface OwnerColumns {
  owner?: string;
  ownerEmail?: string;
  hubspotOwnerId?: string;
}

/** What one row says about its owner, or null when it says nothing. */
export function sightingOf(row: OwnerColumns): OwnerSighting | null {
  const text = (row.owner ?? '').trim();
  const email = (row.ownerEmail ?? '').trim();
  const s: OwnerSighting = {
    name: '',
    email,
    salesforceUserId: '',
    hubspotOwnerId: (row.hubspotOwnerId ?? '').trim(),
  };
  if (looksLikeSalesforceUserId(text)) s.salesforceUserId = toSalesforceUserId(text) ?? '';
  else if (isHubspotOwnerId(text) && s.hubspotOwnerId === '') s.hubspotOwnerId = text;
  else if (!isHubspotOwnerId(text)) {
    s.name = text;
    if (email !== '' && text === nameFromEmail(email)) s.nameGuessed = true;
  }
  const empty = !s.name && !s.email && !s.salesforceUserId && !s.hubspotOwnerId;
  return empty ? null : s;
}

export interface ImportedOwners {
  directory: OwnerDirectory;
  /** New and changed owners, written with the import. */
  put: Owner[];
  /** Bare-name owners folded into the person of that name, deleted with the import. */
  removed: string[];
  added: number;
  updated: number;
}

export function ownersFromRows(
  rows: Iterable<OwnerColumns>,
  existing: readonly Owner[],
  options: { now: IsoDateTime; newId: IdGenerator },
): ImportedOwners {
  // 100,000 rows name a few dozen people: read and merge each distinct sighting once.
  const seen = new Set<string>();
  const distinct = new Map<string, OwnerSighting>();
  for (const row of rows) {
    const raw = `${row.owner ?? ''}\u001f${row.ownerEmail ?? ''}\u001f${row.hubspotOwnerId ?? ''}`;
    if (seen.has(raw)) continue;
    seen.add(raw);
    const s = sightingOf(row);
    if (!s) continue;
    const key = [s.name, s.email.toLowerCase(), s.salesforceUserId, s.hubspotOwnerId].join(
      '\u001f',
    );
    if (!distinct.has(key)) distinct.set(key, s);
  }
  // Sightings that carry an e-mail or id go first, so a bare name meets the person they describe.
  const ordered = [...distinct.values()].sort(
    (a, b) =>
      Number(!(a.email || a.salesforceUserId || a.hubspotOwnerId)) -
      Number(!(b.email || b.salesforceUserId || b.hubspotOwnerId)),
  );
  const merged = mergeSightings(existing, ordered, { ...options, correct: false });
  return {
    directory: ownerDirectory(merged.owners),
    put: merged.put,
    removed: merged.removed,
    added: merged.added,
    updated: merged.updated,
  };
}

/** Accounts (of those given) whose owner fields the directory completes, completed. */
export function accountsFilledByDirectory(
  accounts: readonly Account[],
  dir: OwnerDirectory,
  now: IsoDateTime,
): Account[] {
  const filled: Account[] = [];
  const fill = directoryOwnerFiller(dir);
  for (const a of accounts) {
    const next = fill(a);
    if (next !== a) filled.push({ ...next, updatedAt: now });
  }
  return filled;
}
