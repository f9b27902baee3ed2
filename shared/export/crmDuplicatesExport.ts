/**
 * "Salesforce duplicates to merge" and "HubSpot duplicates to merge": the same-company records
 * the import folded into one account, handed back to the CRM admin. One row per duplicate
 * record — a merge pair the admin can act on (Salesforce's Merge Accounts keeps a master
 * record; HubSpot merges one company into a primary one) — with the master record's id, the
 * account's name, website, domain and owner, and how many records the company has in all.
 */
import type { Account } from '../domain/types';
import { DUPLICATE_FIELD, ID_FIELD, type Crm } from '../accounts/crmDuplicates';
import { required, salesforceId, type CellCheck } from './columnChecks';
import { buildTables, type ExportColumn } from './exportColumns';
import type { ExportResult, ExportSource } from './exportTypes';

export const CRM_DUPLICATES_BASE_NAME: Record<Crm, string> = {
  salesforce: 'salesforce-duplicates',
  hubspot: 'hubspot-duplicates',
};

/** One duplicate record and the account (the company) it belongs to. */
export interface DuplicatePair {
  account: Account;
  duplicateId: string;
  /** Records of this CRM the company has: the master and every duplicate. */
  records: number;
}

const hubspotRecordId: CellCheck<DuplicatePair> = (value) =>
  value === '' || /^\d+$/.test(value) ? null : `"${value}" is not a HubSpot record ID`;

function notTheMaster(crm: Crm): CellCheck<DuplicatePair> {
  return (value, { account }) =>
    value !== '' && value === account[ID_FIELD[crm]] ? 'is the master record itself' : null;
}

const size = (p: DuplicatePair) => String(p.records);

const SALESFORCE_COLUMNS: ExportColumn<DuplicatePair>[] = [
  {
    header: 'Master Account ID',
    value: (p) => p.account.salesforceId,
    checks: [required, salesforceId],
  },
  {
    header: 'Duplicate Account ID',
    value: (p) => p.duplicateId,
    checks: [required, salesforceId, notTheMaster('salesforce')],
  },
  { header: 'Account Name', value: (p) => p.account.name },
  { header: 'Website', value: (p) => p.account.website },
  { header: 'Domain', value: (p) => p.account.domain },
  { header: 'Account Owner', value: (p) => p.account.owner },
  { header: 'Account Owner Email', value: (p) => p.account.ownerEmail },
  { header: 'Records in group', value: size },
];

const HUBSPOT_COLUMNS: ExportColumn<DuplicatePair>[] = [
  {
    header: 'Primary Record ID',
    value: (p) => p.account.hubspotId,
    checks: [required, hubspotRecordId],
  },
  {
    header: 'Duplicate Record ID',
    value: (p) => p.duplicateId,
    checks: [required, hubspotRecordId, notTheMaster('hubspot')],
  },
  { header: 'Company name', value: (p) => p.account.name },
  { header: 'Website URL', value: (p) => p.account.website },
  { header: 'Company domain name', value: (p) => p.account.domain },
  { header: 'Company owner', value: (p) => p.account.ownerEmail },
  { header: 'Owner name', value: (p) => p.account.owner },
  { header: 'Records in group', value: size },
];

/** Every duplicate record of a CRM, account by account in the workspace's order. */
export function duplicatePairs(accounts: readonly Account[], crm: Crm): DuplicatePair[] {
  const pairs: DuplicatePair[] = [];
  for (const account of accounts) {
    const ids = account[DUPLICATE_FIELD[crm]];
    const records = ids.length + (account[ID_FIELD[crm]] === '' ? 0 : 1);
    for (const duplicateId of ids) pairs.push({ account, duplicateId, records });
  }
  return pairs;
}

export function exportCrmDuplicates(source: ExportSource, crm: Crm): ExportResult {
  const baseName = CRM_DUPLICATES_BASE_NAME[crm];
  const { tables, problems } = buildTables(duplicatePairs(source.accounts, crm), {
    baseName,
    group: '',
    columns: crm === 'salesforce' ? SALESFORCE_COLUMNS : HUBSPOT_COLUMNS,
    describe: (p) => p.account.name || p.account.domain || p.account.id,
  });
  return { baseName, extension: 'csv', tables, problems };
}
