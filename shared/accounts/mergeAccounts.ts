/**
 * How imported values meet an account. Between rows of one import the first value wins and
 * later rows only fill gaps; against a stored account the user's merge policy decides:
 * 'fill-empty' (only empty fields), 'overwrite' (imported values win), 'skip' (stored fields
 * are left alone). Under every policy, 'skip' included, the other CRM's id is linked: CRM ids
 * only ever fill an empty id, and a link is not a field overwrite. Tags are always the union.
 * 'overwrite' never changes only a value's case: "MEDIA" does not replace "Media".
 * The owner (name, e-mail, owner id) is one value, never half from each side: accountOwner.ts.
 */
import type { Account, AccountStatus, IsoDateTime } from '../domain/types';
import type { IncomingFields } from './candidates';
import { combineIncomingOwner, mergedOwner, OWNER_PARTS, type SameOwner } from './accountOwner';

export type MergePolicy = 'fill-empty' | 'overwrite' | 'skip';
export const MERGE_POLICIES: readonly { policy: MergePolicy; label: string }[] = [
  { policy: 'fill-empty', label: 'Fill empty fields only' },
  { policy: 'overwrite', label: 'Overwrite with imported values' },
  { policy: 'skip', label: 'Skip accounts that already exist (CRM IDs are still linked)' },
];

type Key = keyof IncomingFields & keyof Account;
const ID_FIELDS: readonly Key[] = ['salesforceId', 'hubspotId'];
/** Fields compared and merged one by one (tags and custom are handled apart). */
export const MERGED_FIELDS: readonly Key[] = [
  'name',
  'website',
  'domain',
  'salesforceId',
  'hubspotId',
  'industry',
  'employees',
  'annualRevenue',
  'country',
  'region',
  'owner',
  'ownerEmail',
  'territory',
  'tier',
  'intentScore',
  'status',
  'removedReason',
  'primaryTeam',
  'notes',
];

const OWNER_FIELD: ReadonlySet<string> = new Set(OWNER_PARTS);

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function unionTags(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((t) => t.toLowerCase()));
  const out = [...a];
  for (const t of b) {
    if (!seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

/** Folds a later row of the same company into the combined incoming values (first wins). */
export function combineIncoming(into: IncomingFields, from: IncomingFields): void {
  const target = into as Record<Key, unknown>;
  const statusFromLater = isEmpty(into.status) && !isEmpty(from.status);
  for (const key of MERGED_FIELDS) {
    if (OWNER_FIELD.has(key)) continue;
    if (isEmpty(target[key]) && !isEmpty(from[key])) target[key] = from[key];
  }
  combineIncomingOwner(into, from);
  if (statusFromLater && from.notTarget) into.notTarget = true;
  // Website and domain travel together.
  if (into.domain === from.domain && isEmpty(into.website)) into.website = from.website;
  if (from.tags) into.tags = unionTags(into.tags ?? [], from.tags);
}

export function combineCustom(into: Record<string, string>, from: Record<string, string>): void {
  for (const [k, v] of Object.entries(from)) if (isEmpty(into[k])) into[k] = v;
}

/** Text that differs only in case is the same value: the stored spelling is kept. */
function sameIgnoringCase(stored: unknown, incoming: unknown): boolean {
  return (
    typeof stored === 'string' &&
    typeof incoming === 'string' &&
    stored.toLowerCase() === incoming.toLowerCase()
  );
}

/** The account with the other CRM's ids filled where it has none; the same object if none. */
function linkIds(account: Account, incoming: IncomingFields): Account {
  let linked: Account | null = null;
  for (const key of ID_FIELDS) {
    const value = incoming[key];
    if (typeof value === 'string' && value !== '' && isEmpty(account[key])) {
      linked ??= { ...account };
      (linked as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return linked ?? account;
}

/**
 * The stored account after an import under a policy (a new object; the input is not changed).
 * `sameOwner` tells whether the stored and the imported owner are one person (the import
 * asks the owner directory; without it, the same e-mail or the same name).
 */
export function applyIncoming(
  account: Account,
  incoming: IncomingFields,
  custom: Record<string, string>,
  policy: MergePolicy,
  sameOwner?: SameOwner,
): Account {
  if (policy === 'skip') return linkIds(account, incoming);
  const next = { ...account } as Record<string, unknown>;
  for (const key of MERGED_FIELDS) {
    if (OWNER_FIELD.has(key)) continue;
    const value = incoming[key];
    if (isEmpty(value)) continue;
    const fillOnly = policy === 'fill-empty' || ID_FIELDS.includes(key);
    if (fillOnly && !isEmpty(next[key])) continue;
    if (sameIgnoringCase(next[key], value)) continue;
    next[key] = value;
  }
  // A bare domain (HubSpot's "Company Domain Name", a profile's "Domain" column) says nothing
  // that the stored website of the same domain does not: it never replaces the full address.
  if (
    account.website !== '' &&
    incoming.domain === account.domain &&
    incoming.website?.trim().toLowerCase() === incoming.domain
  )
    next.website = account.website;
  if (!isEmpty(incoming.website) && next.website === incoming.website)
    next.domain = incoming.domain;
  // A target flag that is off says "not a target": a removed account stays removed.
  if (incoming.notTarget && account.status === 'removed') next.status = 'removed';
  const owner = mergedOwner(account, incoming, policy, sameOwner);
  next.owner = owner.owner;
  next.ownerEmail = owner.ownerEmail;
  if (incoming.tags) next.tags = unionTags(account.tags, incoming.tags);
  const nextCustom = { ...account.custom };
  for (const [k, v] of Object.entries(custom)) {
    if (sameIgnoringCase(nextCustom[k], v)) continue;
    if (policy === 'overwrite' || isEmpty(nextCustom[k])) nextCustom[k] = v;
  }
  next.custom = nextCustom;
  const merged = next as unknown as Account;
  if (merged.status !== 'removed') merged.removedReason = '';
  else if (merged.removedReason === '') merged.removedReason = 'Imported as removed';
  return merged;
}

/** A new account from imported values, with the workbench's defaults for the rest. */
export function newAccount(
  id: string,
  incoming: IncomingFields,
  custom: Record<string, string>,
  now: IsoDateTime,
  defaultStatus: AccountStatus,
): Account {
  const status = incoming.status ?? defaultStatus;
  return {
    id,
    name: incoming.name ?? incoming.domain ?? '',
    website: incoming.website ?? '',
    domain: incoming.domain ?? '',
    salesforceId: incoming.salesforceId ?? '',
    hubspotId: incoming.hubspotId ?? '',
    duplicateSalesforceIds: [],
    duplicateHubspotIds: [],
    industry: incoming.industry ?? '',
    employees: incoming.employees ?? null,
    annualRevenue: incoming.annualRevenue ?? null,
    country: incoming.country ?? '',
    region: incoming.region ?? '',
    owner: incoming.owner ?? '',
    ownerEmail: incoming.ownerEmail ?? '',
    territory: incoming.territory ?? '',
    tags: incoming.tags ?? [],
    tier: incoming.tier ?? null,
    icpScore: null,
    intentScore: incoming.intentScore ?? null,
    status,
    removedReason: status === 'removed' ? incoming.removedReason || 'Imported as removed' : '',
    primaryTeam: incoming.primaryTeam ?? null,
    notes: incoming.notes ?? '',
    custom: { ...custom },
    importedFromSalesforce: null,
    importedFromHubspot: null,
    createdAt: now,
    updatedAt: now,
  };
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What differs between two versions of an account (timestamps and the computed score ignored). */
export function changedFields(before: Account, after: Account): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of MERGED_FIELDS) {
    if (before[key] !== after[key])
      changes.push({ field: key, before: before[key], after: after[key] });
  }
  if (before.tags.join('\u001f') !== after.tags.join('\u001f')) {
    changes.push({ field: 'tags', before: before.tags, after: after.tags });
  }
  for (const field of ['duplicateSalesforceIds', 'duplicateHubspotIds'] as const) {
    if (before[field].join('\u001f') !== after[field].join('\u001f'))
      changes.push({ field, before: before[field], after: after[field] });
  }
  for (const k of new Set([...Object.keys(before.custom), ...Object.keys(after.custom)])) {
    if (before.custom[k] !== after.custom[k]) {
      changes.push({ field: `custom:${k}`, before: before.custom[k], after: after.custom[k] });
    }
  }
  return changes;
}
