/**
 * The import's same-company CRM records as the preview lists them and the CLI reports them:
 * one entry per account and CRM that the files hold several records of, merged or (at the
 * user's request) kept as separate accounts, ordered by domain.
 */
import type { Account } from '../domain/types';
import { CRMS, DUPLICATE_FIELD, ID_FIELD, type Crm, type CrmDuplicateGroup } from './crmDuplicates';
import { isGroup, type AccountGroup, type SeparateRecords } from './dedupe';

export interface CrmDuplicateReport {
  groups: CrmDuplicateGroup[];
  /** Rows carrying a duplicate id that were merged into their company's account, per CRM. */
  rows: Record<Crm, number>;
}

/**
 * `accountOf` gives the account a group became (new or updated); it is asked only for the
 * groups that hold duplicates or the first record of records kept apart.
 */
export function crmDuplicateReport(
  groups: readonly AccountGroup[],
  separate: readonly SeparateRecords[],
  accountOf: (g: AccountGroup) => Account,
): CrmDuplicateReport {
  const out: CrmDuplicateGroup[] = [];
  const rows: Record<Crm, number> = { salesforce: 0, hubspot: 0 };
  for (const g of groups) {
    if (!g.duplicates) continue;
    const account = accountOf(g);
    for (const crm of CRMS) {
      const d = g.duplicates[crm];
      if (!d) continue;
      rows[crm] += d.rows;
      out.push({
        crm,
        domain: account.domain,
        accountId: account.id,
        accountName: account.name,
        keptId: account[ID_FIELD[crm]],
        duplicateIds: [...account[DUPLICATE_FIELD[crm]]],
        newDuplicateIds: [...d.added],
        records: d.records,
        rows: d.rows,
        keptSeparate: false,
      });
    }
  }
  for (const s of separate) {
    const account = isGroup(s.first) ? accountOf(s.first) : s.first;
    const [kept, ...others] = s.records;
    out.push({
      crm: s.crm,
      domain: s.domain,
      accountId: account.id,
      accountName: account.name,
      keptId: kept?.id ?? '',
      duplicateIds: others.map((r) => r.id),
      newDuplicateIds: [],
      records: s.records,
      rows: s.rows,
      keptSeparate: true,
    });
  }
  // By domain, so a group keeps its place in the list when the user keeps it apart or not.
  out.sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : a.crm < b.crm ? -1 : 1));
  return { groups: out, rows };
}
