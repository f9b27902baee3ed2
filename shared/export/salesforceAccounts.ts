/**
 * Salesforce accounts for the Data Import Wizard. Accounts with a known Salesforce ID go to
 * "update" files (matched by ID); the others to "new" files (matched by Name and Website).
 * The ABM fields go to custom columns whose API names are a setting. Each file holds fewer
 * than 50,000 rows, the wizard's limit.
 */
import type { Account, Settings } from '../domain/types';
import { emailAddress, maxLength, required, salesforceId, type CellCheck } from './columnChecks';
import { buildTables, SALESFORCE_MAX_ROWS_PER_FILE, type ExportColumn } from './exportColumns';
import type { ExportResult, ExportSource } from './exportTypes';
import { motionAudiences } from './motionAudiences';
import type { Motion } from '../domain/types';

export const SALESFORCE_ACCOUNTS_BASE_NAME = 'salesforce-accounts';

export function numberCell(value: number | null): string {
  return value === null ? '' : String(value);
}

export const ownerHasEmail: CellCheck<Account> = (value, account) =>
  value === '' && account.owner.trim() !== ''
    ? `is empty: owner "${account.owner}" has no email address, and the CRM assigns owners by email`
    : null;

/** Salesforce multi-select picklists and HubSpot checkboxes both separate values with ';'. */
export const noSemicolonInMotionNames =
  (motionsOf: Map<string, Motion[]>): CellCheck<Account> =>
  (_value, account) => {
    const bad = motionsOf.get(account.id)?.find((m) => m.name.includes(';'));
    return bad ? `cannot hold the motion "${bad.name}": a name must not contain ";"` : null;
  };

function abmColumns(
  fields: Settings['salesforceFields'],
  motionsOf: Map<string, Motion[]>,
): ExportColumn<Account>[] {
  return [
    { header: fields.tier, value: (a) => (a.tier === null ? '' : String(a.tier)) },
    { header: fields.target, value: (a) => (a.status === 'target' ? 'true' : 'false') },
    {
      header: fields.campaigns,
      value: (a) => (motionsOf.get(a.id) ?? []).map((m) => m.name).join(';'),
      checks: [noSemicolonInMotionNames(motionsOf)],
    },
  ];
}

function commonColumns(): ExportColumn<Account>[] {
  return [
    { header: 'Account Name', value: (a) => a.name, checks: [required, maxLength(255)] },
    { header: 'Website', value: (a) => a.website, checks: [maxLength(255)] },
    { header: 'Industry', value: (a) => a.industry },
    { header: 'Employees', value: (a) => numberCell(a.employees) },
    { header: 'Annual Revenue', value: (a) => numberCell(a.annualRevenue) },
    { header: 'Billing Country', value: (a) => a.country },
    {
      header: 'Account Owner Email',
      value: (a) => a.ownerEmail,
      checks: [ownerHasEmail, emailAddress],
    },
  ];
}

export function exportSalesforceAccounts(
  source: ExportSource,
  maxRows: number = SALESFORCE_MAX_ROWS_PER_FILE,
): ExportResult {
  const { motionsOf } = motionAudiences(source.accounts, source.motions);
  const abm = abmColumns(source.settings.salesforceFields, motionsOf);
  const known = source.accounts.filter((a) => a.salesforceId !== '');
  const unknown = source.accounts.filter((a) => a.salesforceId === '');
  const describe = (a: Account) => a.name || a.domain || a.id;
  const idColumn: ExportColumn<Account> = {
    header: 'Account ID',
    value: (a) => a.salesforceId,
    checks: [salesforceId],
  };
  const base = SALESFORCE_ACCOUNTS_BASE_NAME;
  const update = buildTables(
    known,
    { baseName: base, group: 'update', columns: [idColumn, ...commonColumns(), ...abm], describe },
    maxRows,
  );
  const created = buildTables(
    unknown,
    { baseName: base, group: 'new', columns: [...commonColumns(), ...abm], describe },
    maxRows,
  );
  // An empty group is no file at all, unless both are empty (then one file with the header).
  const tables = [update, created].filter((g) => g.tables.some((t) => t.rows.length > 0));
  const kept = tables.length > 0 ? tables : [created];
  return {
    baseName: base,
    extension: 'csv',
    tables: kept.flatMap((g) => g.tables),
    problems: kept.flatMap((g) => g.problems),
  };
}
