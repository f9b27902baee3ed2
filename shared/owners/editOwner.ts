/**
 * Editing the owner directory by hand (the Owners table): a person's fields read and checked
 * like an import's, and the keys that must stay unique (e-mail, Salesforce user id, HubSpot
 * owner id) checked against everyone else, so a lookup never finds two people.
 */
import type { Account, IsoDateTime, Owner } from '../domain/types';
import type { Parsed } from '../accounts/parseFields';
import { ownerOfAccount, type OwnerDirectory } from './ownerDirectory';
import { emailKey, isEmail, isHubspotOwnerId, toSalesforceUserId } from './ownerKeys';

export type OwnerField = 'name' | 'email' | 'salesforceUserId' | 'hubspotOwnerId';
export type OwnerDraft = Pick<Owner, OwnerField>;

export const OWNER_FIELDS: readonly { field: OwnerField; label: string }[] = [
  { field: 'name', label: 'Name' },
  { field: 'email', label: 'E-mail' },
  { field: 'salesforceUserId', label: 'Salesforce user ID' },
  { field: 'hubspotOwnerId', label: 'HubSpot owner ID' },
];

function readField(field: OwnerField, raw: string): Parsed<string> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: '' };
  switch (field) {
    case 'name':
      return { ok: true, value: text.replace(/\s+/g, ' ') };
    case 'email':
      return isEmail(text)
        ? { ok: true, value: emailKey(text) }
        : { ok: false, reason: `"${text}" is not an e-mail address` };
    case 'salesforceUserId': {
      const id = toSalesforceUserId(text);
      return id
        ? { ok: true, value: id }
        : {
            ok: false,
            reason: `"${text}" is not a Salesforce user ID (005 followed by 12 or 15 letters and digits, with a matching checksum)`,
          };
    }
    case 'hubspotOwnerId':
      return isHubspotOwnerId(text)
        ? { ok: true, value: text }
        : { ok: false, reason: `"${text}" is not a HubSpot owner ID (digits only)` };
  }
}

const LABEL: Record<OwnerField, string> = {
  name: 'name',
  email: 'e-mail',
  salesforceUserId: 'Salesforce user ID',
  hubspotOwnerId: 'HubSpot owner ID',
};

export type OwnerProblem = { field: OwnerField; reason: string };
export type CheckedOwner = { ok: true; value: OwnerDraft } | ({ ok: false } & OwnerProblem);

/** The draft read and checked against the other owners (the owner being edited left out). */
export function checkOwner(draft: OwnerDraft, others: readonly Owner[]): CheckedOwner {
  const value: OwnerDraft = { name: '', email: '', salesforceUserId: '', hubspotOwnerId: '' };
  for (const { field } of OWNER_FIELDS) {
    const read = readField(field, draft[field]);
    if (!read.ok) return { ok: false, field, reason: read.reason };
    value[field] = read.value;
  }
  if (value.name === '' && value.email === '') {
    return { ok: false, field: 'name', reason: 'An owner needs a name or an e-mail address' };
  }
  for (const field of ['email', 'salesforceUserId', 'hubspotOwnerId'] as const) {
    const holder = value[field] && others.find((o) => o[field] === value[field]);
    if (holder) {
      return {
        ok: false,
        field,
        reason: `${holder.name || holder.email} already has the ${LABEL[field]} ${value[field]}`,
      };
    }
  }
  return { ok: true, value };
}

/** The owner with one field changed from text, or why not. */
export function editOwnerField(
  owner: Owner,
  field: OwnerField,
  text: string,
  everyone: readonly Owner[],
  now: IsoDateTime,
): Parsed<Owner> {
  const others = everyone.filter((o) => o.id !== owner.id);
  const checked = checkOwner({ ...owner, [field]: text }, others);
  if (!checked.ok) return { ok: false, reason: checked.reason };
  return { ok: true, value: { ...owner, ...checked.value, updatedAt: now } };
}

export function newOwner(
  draft: OwnerDraft,
  everyone: readonly Owner[],
  id: string,
  now: IsoDateTime,
): { ok: true; owner: Owner } | ({ ok: false } & OwnerProblem) {
  const checked = checkOwner(draft, everyone);
  if (!checked.ok) return checked;
  return { ok: true, owner: { id, ...checked.value, createdAt: now, updatedAt: now } };
}

/**
 * Accounts that follow an owner's edit: those the directory placed with this person before
 * the edit get the new name and e-mail, so renaming a rep or correcting an address in the
 * directory corrects their accounts in the same step.
 */
export function accountsFollowingOwner<A extends Pick<Account, 'id' | 'owner' | 'ownerEmail'>>(
  accounts: readonly A[],
  before: OwnerDirectory,
  edited: Owner,
  now: IsoDateTime,
): (A & { updatedAt: IsoDateTime })[] {
  const out: (A & { updatedAt: IsoDateTime })[] = [];
  for (const a of accounts) {
    if (ownerOfAccount(before, a)?.id !== edited.id) continue;
    const owner = edited.name || a.owner;
    const ownerEmail = edited.email || a.ownerEmail;
    if (owner === a.owner && ownerEmail === a.ownerEmail) continue;
    out.push({ ...a, owner, ownerEmail, updatedAt: now });
  }
  return out;
}
