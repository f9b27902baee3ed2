/**
 * Merging stored accounts that are one company (a possible duplicate the user confirmed):
 * the oldest account survives and keeps its values; its empty fields are filled from the
 * others, oldest first; their CRM ids are linked (an id fills an empty one, a second id of
 * the same CRM is kept as a duplicate id to merge in the CRM); the others are deleted, and
 * the motions and blackouts that named them name the survivor. Pure: the caller commits the
 * result as one undo step.
 */
import type { Account, AccountStatus, Blackout, IsoDateTime, Motion } from '../domain/types';
import { MERGED_FIELDS } from './mergeAccounts';

/**
 * Where a second id of the same CRM is kept until the account has a field of its own for
 * duplicate ids: a custom field, shown with the account and exported with it, so nothing is
 * lost. The ids are separated by '; '.
 */
export const DUPLICATE_ID_FIELDS = {
  salesforceId: 'Duplicate Salesforce IDs',
  hubspotId: 'Duplicate HubSpot IDs',
} as const;

export interface AccountMerge {
  /** The surviving account with the others folded in (a new object). */
  survivor: Account;
  /** The accounts to delete, in the order given. */
  removedIds: string[];
  /** Ids of the same CRM that differ from the survivor's: duplicates to merge in the CRM. */
  duplicateIds: { salesforceId: string[]; hubspotId: string[] };
}

type Key = (typeof MERGED_FIELDS)[number];
/** Fields handled apart: website travels with its domain, ids link, status is ranked. */
const SPECIAL: ReadonlySet<Key> = new Set([
  'website',
  'domain',
  'salesforceId',
  'hubspotId',
  'status',
]);
const STATUS_RANK: Record<AccountStatus, number> = { target: 2, candidate: 1, removed: 0 };

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function unionTags(into: string[], from: readonly string[]): void {
  const seen = new Set(into.map((t) => t.toLowerCase()));
  for (const t of from) {
    if (!seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      into.push(t);
    }
  }
}

function splitIds(text: string | undefined): string[] {
  return (text ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The oldest account first (by creation time; ties keep the order given). */
export function survivorOrder(accounts: readonly Account[]): Account[] {
  return accounts
    .map((a, i) => ({ a, i }))
    .sort((x, y) =>
      x.a.createdAt < y.a.createdAt ? -1 : x.a.createdAt > y.a.createdAt ? 1 : x.i - y.i,
    )
    .map((x) => x.a);
}

/** Two or more stored accounts as one; throws when given fewer than two. */
export function mergeStoredAccounts(accounts: readonly Account[], now: IsoDateTime): AccountMerge {
  if (accounts.length < 2) throw new Error('Merging needs at least two accounts');
  const [first, ...others] = survivorOrder(accounts) as [Account, ...Account[]];
  const merged: Account = { ...first, tags: [...first.tags], custom: { ...first.custom } };
  const target = merged as unknown as Record<Key, unknown>;
  const duplicateIds = {
    salesforceId: splitIds(first.custom[DUPLICATE_ID_FIELDS.salesforceId]),
    hubspotId: splitIds(first.custom[DUPLICATE_ID_FIELDS.hubspotId]),
  };
  for (const other of others) {
    for (const key of MERGED_FIELDS) {
      if (!SPECIAL.has(key) && isEmpty(target[key]) && !isEmpty(other[key])) {
        target[key] = other[key];
      }
    }
    if (isEmpty(merged.website) && !isEmpty(other.website)) {
      merged.website = other.website;
      merged.domain = other.domain;
    }
    for (const key of ['salesforceId', 'hubspotId'] as const) {
      const ids = [other[key], ...splitIds(other.custom[DUPLICATE_ID_FIELDS[key]])];
      for (const id of ids) {
        if (id === '') continue;
        if (merged[key] === '') merged[key] = id;
        else if (id !== merged[key] && !duplicateIds[key].includes(id)) duplicateIds[key].push(id);
      }
    }
    if (STATUS_RANK[other.status] > STATUS_RANK[merged.status]) merged.status = other.status;
    unionTags(merged.tags, other.tags);
    for (const [k, v] of Object.entries(other.custom)) {
      if (isEmpty(merged.custom[k])) merged.custom[k] = v;
    }
  }
  for (const key of ['salesforceId', 'hubspotId'] as const) {
    const field = DUPLICATE_ID_FIELDS[key];
    if (duplicateIds[key].length > 0) merged.custom[field] = duplicateIds[key].join('; ');
  }
  if (merged.status !== 'removed') merged.removedReason = '';
  merged.updatedAt = now;
  const survivorId = first.id;
  return {
    survivor: merged,
    removedIds: accounts.map((a) => a.id).filter((id) => id !== survivorId),
    duplicateIds,
  };
}

function retargetList(ids: readonly string[], removed: ReadonlySet<string>, to: string): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const next = removed.has(id) ? to : id;
    if (!out.includes(next)) out.push(next);
  }
  return out;
}

/**
 * The motions and blackouts that name a merged-away account, rewritten to name the survivor
 * (only those that change). Without this an include list would point at a deleted account.
 */
export function retargetAccountReferences(
  motions: readonly Motion[],
  blackouts: readonly Blackout[],
  removedIds: readonly string[],
  survivorId: string,
  now: IsoDateTime,
): { motions: Motion[]; blackouts: Blackout[] } {
  const removed = new Set(removedIds);
  const names = (ids: readonly string[]) => ids.some((id) => removed.has(id));
  const changedMotions = motions
    .filter((m) => names(m.audience.include) || names(m.audience.exclude))
    .map((m) => ({
      ...m,
      audience: {
        ...m.audience,
        include: retargetList(m.audience.include, removed, survivorId),
        exclude: retargetList(m.audience.exclude, removed, survivorId),
      },
      updatedAt: now,
    }));
  const changedBlackouts = blackouts
    .filter((b) => b.scope.kind === 'account' && removed.has(b.scope.accountId))
    .map((b) => ({ ...b, scope: { kind: 'account' as const, accountId: survivorId } }));
  return { motions: changedMotions, blackouts: changedBlackouts };
}
