/**
 * The owner directory as lookups: which owner a piece of account text (an e-mail, a
 * Salesforce user id, a HubSpot owner id or a name) stands for, and what an account's owner
 * fields become once the directory knows the person (the missing e-mail filled in, an id
 * replaced by the name). A name two owners share resolves to neither: never guess a person.
 */
import type { Account, Owner } from '../domain/types';
import { nameFromEmail } from '../accounts/parseFields';
import {
  emailKey,
  isEmail,
  isHubspotOwnerId,
  isOwnerIdText,
  nameKey,
  toSalesforceUserId,
} from './ownerKeys';

export interface OwnerDirectory {
  owners: readonly Owner[];
  byEmail: ReadonlyMap<string, Owner>;
  bySalesforceUserId: ReadonlyMap<string, Owner>;
  byHubspotOwnerId: ReadonlyMap<string, Owner>;
  /** null: more than one owner has this name. */
  byName: ReadonlyMap<string, Owner | null>;
}

export function ownerDirectory(owners: readonly Owner[]): OwnerDirectory {
  const byEmail = new Map<string, Owner>();
  const bySalesforceUserId = new Map<string, Owner>();
  const byHubspotOwnerId = new Map<string, Owner>();
  const byName = new Map<string, Owner | null>();
  for (const o of owners) {
    if (o.email) byEmail.set(emailKey(o.email), o);
    if (o.salesforceUserId) bySalesforceUserId.set(o.salesforceUserId, o);
    if (o.hubspotOwnerId) byHubspotOwnerId.set(o.hubspotOwnerId, o);
    const key = nameKey(o.name);
    if (key) byName.set(key, byName.has(key) ? null : o);
  }
  return { owners, byEmail, bySalesforceUserId, byHubspotOwnerId, byName };
}

export const EMPTY_DIRECTORY: OwnerDirectory = ownerDirectory([]);

/** The owner a text names: by e-mail, Salesforce user id, HubSpot owner id, or name. */
export function resolveOwner(dir: OwnerDirectory, text: string): Owner | null {
  const t = text.trim();
  if (t === '') return null;
  if (isEmail(t)) return dir.byEmail.get(emailKey(t)) ?? null;
  const userId = toSalesforceUserId(t);
  const byUserId = userId ? dir.bySalesforceUserId.get(userId) : undefined;
  if (byUserId) return byUserId;
  const byOwnerId = isHubspotOwnerId(t) ? dir.byHubspotOwnerId.get(t) : undefined;
  if (byOwnerId) return byOwnerId;
  return dir.byName.get(nameKey(t)) ?? null;
}

/**
 * The owner of an account: its owner e-mail when the directory has it, else its owner text.
 * An account whose e-mail the directory does not know is not matched by name to someone
 * with another e-mail: that would be a different person.
 */
export function ownerOfAccount(
  dir: OwnerDirectory,
  account: Pick<Account, 'owner' | 'ownerEmail'>,
): Owner | null {
  const email = account.ownerEmail.trim();
  if (email) {
    const byEmail = dir.byEmail.get(emailKey(email));
    if (byEmail) return byEmail;
  }
  const found = resolveOwner(dir, account.owner);
  if (!found) return null;
  if (email && found.email && emailKey(found.email) !== emailKey(email)) return null;
  return found;
}

/** Whether two owner fields name one person, through the directory where it knows them. */
export function sameOwner(
  dir: OwnerDirectory,
  a: Pick<Account, 'owner' | 'ownerEmail'>,
  b: Pick<Account, 'owner' | 'ownerEmail'>,
): boolean {
  const oa = ownerOfAccount(dir, a);
  const ob = ownerOfAccount(dir, b);
  if (oa && ob) return oa.id === ob.id;
  const ea = emailKey(a.ownerEmail);
  const eb = emailKey(b.ownerEmail);
  if (ea && eb) return ea === eb;
  return nameKey(a.owner) === nameKey(b.owner);
}

/**
 * The account's owner fields completed from the directory: the e-mail filled when the
 * account has none, and the owner text replaced by the name when it was empty, an id, or
 * only a name guessed from the e-mail. Returns the same object when nothing changes.
 */
export function withDirectoryOwner<A extends Pick<Account, 'owner' | 'ownerEmail'>>(
  dir: OwnerDirectory,
  account: A,
): A {
  if (account.owner === '' && account.ownerEmail === '') return account;
  const o = ownerOfAccount(dir, account);
  if (!o) return account;
  const guessedName =
    account.owner === '' ||
    isOwnerIdText(account.owner) ||
    (account.ownerEmail !== '' && account.owner === nameFromEmail(account.ownerEmail));
  const owner = guessedName && o.name ? o.name : account.owner;
  const ownerEmail = account.ownerEmail || o.email;
  if (owner === account.owner && ownerEmail === account.ownerEmail) return account;
  return { ...account, owner, ownerEmail };
}

/** How an owner reads in a list: the name, else the e-mail, else an id. */
export function ownerLabel(o: Owner): string {
  return o.name || o.email || o.salesforceUserId || o.hubspotOwnerId || o.id;
}

/**
 * withDirectoryOwner for many accounts at once: 100,000 accounts hold a few dozen distinct
 * owner fields, so each distinct pair is resolved once.
 */
export function directoryOwnerFiller(
  dir: OwnerDirectory,
): <A extends Pick<Account, 'owner' | 'ownerEmail'>>(account: A) => A {
  const cache = new Map<string, Pick<Account, 'owner' | 'ownerEmail'> | null>();
  return (account) => {
    if (account.owner === '' && account.ownerEmail === '') return account;
    const key = `${account.owner}\u001f${account.ownerEmail}`;
    let filled = cache.get(key);
    if (filled === undefined) {
      const pair = { owner: account.owner, ownerEmail: account.ownerEmail };
      const next = withDirectoryOwner(dir, pair);
      filled = next === pair ? null : next;
      cache.set(key, filled);
    }
    return filled === null ? account : { ...account, ...filled };
  };
}
