/**
 * How the CRM profiles write an account's owner: through the owner directory, so a rep
 * known only by name in the account still goes out by e-mail (HubSpot, the Salesforce
 * wizard) or by Salesforce user id. Only an owner the CRM does not have yet must resolve:
 * an unchanged owner without an e-mail is the CRM's own and needs no cell.
 */
import type { Account } from '../domain/types';
import { ownerOfAccount, type OwnerDirectory } from '../owners/ownerDirectory';
import { toSalesforceUserId } from '../owners/ownerKeys';
import type { CellCheck } from './columnChecks';

export interface ResolvedOwner {
  /** '' when the account has no owner. */
  name: string;
  email: string;
  salesforceUserId: string;
  /** The CRM does not hold this owner yet (changed since import, or never imported). */
  changed: boolean;
}

export function resolveAccountOwner(
  dir: OwnerDirectory,
  account: Account,
  changed: boolean,
): ResolvedOwner {
  const o = ownerOfAccount(dir, account);
  return {
    name: account.owner.trim() || account.ownerEmail.trim(),
    email: account.ownerEmail.trim() || o?.email || '',
    salesforceUserId: o?.salesforceUserId || toSalesforceUserId(account.owner) || '',
    changed,
  };
}

/** A changed owner the Salesforce wizard cannot find: neither e-mail nor user id is known. */
export function salesforceOwnerResolves<R extends { owner: ResolvedOwner }>(): CellCheck<R> {
  return (_value, { owner }) =>
    owner.changed && owner.name !== '' && owner.email === '' && owner.salesforceUserId === ''
      ? `is empty: owner "${owner.name}" has no email address or Salesforce user ID in the owner directory, and the wizard assigns owners by them`
      : null;
}

/** A changed owner HubSpot cannot find: HubSpot assigns owners by e-mail only. */
export function hubspotOwnerResolves<R extends { owner: ResolvedOwner }>(): CellCheck<R> {
  return (_value, { owner }) =>
    owner.changed && owner.name !== '' && owner.email === ''
      ? `is empty: owner "${owner.name}" has no email address in the owner directory, and HubSpot assigns owners by email`
      : null;
}
