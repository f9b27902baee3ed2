/**
 * Several records of one CRM for the same company (same normalized domain, different ids) are
 * one account: it keeps one id as its CRM id and lists the others as duplicates for the CRM
 * admin to merge (PRODUCT.md). This module holds the vocabulary the import, the preview, the
 * CLI and the "duplicates to merge" exports share; the grouping itself is dedupe.ts.
 */
import type { Account } from '../domain/types';

export type Crm = 'salesforce' | 'hubspot';
export const CRMS: readonly Crm[] = ['salesforce', 'hubspot'];
export const CRM_LABELS: Record<Crm, string> = { salesforce: 'Salesforce', hubspot: 'HubSpot' };

/** The account field holding a CRM's id, and the one holding its duplicates. */
export const ID_FIELD = { salesforce: 'salesforceId', hubspot: 'hubspotId' } as const;
export const DUPLICATE_FIELD = {
  salesforce: 'duplicateSalesforceIds',
  hubspot: 'duplicateHubspotIds',
} as const;

/**
 * Which same-company records the user wants as separate accounts after all: every group
 * ('all'), or the groups of these normalized domains. The default merges them.
 */
export type KeepSeparate = 'all' | ReadonlySet<string>;
export const MERGE_ALL_CRM_DUPLICATES: KeepSeparate = new Set<string>();

export function isKeptSeparate(keep: KeepSeparate, domain: string): boolean {
  return keep === 'all' || keep.has(domain);
}

/** One record of a CRM as the import saw it: its id and the name its row gave. */
export interface CrmRecord {
  id: string;
  /** '' for a duplicate recorded by an earlier import that these files do not hold. */
  name: string;
}

/**
 * A company the files (and the store) hold as several records of one CRM: what the preview
 * lists, the CLI reports as `crmDuplicates`, and the user may keep as separate accounts.
 */
export interface CrmDuplicateGroup {
  crm: Crm;
  domain: string;
  /** The account the records became: its workbench id and name (a new account's is the preview's). */
  accountId: string;
  accountName: string;
  /** The id the account keeps: the one already stored, else the first seen. */
  keptId: string;
  /** Every other id of this CRM on the account after the import (earlier imports' included). */
  duplicateIds: string[];
  /** The ids this import adds to the account's duplicates. */
  newDuplicateIds: string[];
  /** The kept record first, then each duplicate these files hold, with the name its row gave. */
  records: CrmRecord[];
  /** Rows of the files that carry a duplicate id (not the kept one). */
  rows: number;
  /**
   * The user chose to keep this group's records as separate accounts: nothing was merged,
   * `accountId` is the first record's account and `duplicateIds` the records kept apart.
   */
  keptSeparate: boolean;
}

/** The account's duplicate ids of one CRM. */
export function duplicateIdsOf(account: Account, crm: Crm): readonly string[] {
  return account[DUPLICATE_FIELD[crm]];
}

/**
 * The account with more duplicate ids of each CRM (deduped; never its own id), as a new
 * object when anything was added; the account itself otherwise.
 */
export function withDuplicateIds(
  account: Account,
  added: Partial<Record<Crm, readonly string[]>>,
): Account {
  let next: Account | null = null;
  for (const crm of CRMS) {
    const ids = added[crm];
    if (!ids || ids.length === 0) continue;
    const current = (next ?? account)[DUPLICATE_FIELD[crm]];
    const seen = new Set(current);
    const own = (next ?? account)[ID_FIELD[crm]];
    const extra = ids.filter((id) => id !== own && !seen.has(id) && seen.add(id));
    if (extra.length === 0) continue;
    next ??= { ...account };
    next[DUPLICATE_FIELD[crm]] = [...current, ...extra];
  }
  return next ?? account;
}

/** "312 rows: same company, several Salesforce records" — the preview's wording. */
export function crmDuplicateRowsText(crm: Crm, rows: number): string {
  const what = rows === 1 ? 'row' : 'rows';
  return `${rows.toLocaleString('en-US')} ${what}: same company, several ${CRM_LABELS[crm]} records`;
}
