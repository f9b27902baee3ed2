/**
 * Salesforce accounts for the Data Import Wizard. Accounts with a known Salesforce ID go to
 * "update" files (matched by ID); the others to "new" files (matched by Name and Website).
 * The ABM fields go to custom columns whose API names are a setting. Each file holds fewer
 * than 50,000 rows, the wizard's limit.
 */
import type { Settings } from '../domain/types';
import { emailAddress, maxLength, required, salesforceId, type CellCheck } from './columnChecks';
import { buildTables, SALESFORCE_MAX_ROWS_PER_FILE, type ExportColumn } from './exportColumns';
import type { ExportResult, ExportSource } from './exportTypes';
import { accountsWithMotions, type AccountWithMotions } from './motionAudiences';

export const SALESFORCE_ACCOUNTS_BASE_NAME = 'salesforce-accounts';

type Row = AccountWithMotions;

export function numberCell(value: number | null): string {
  return value === null ? '' : String(value);
}

export const ownerHasEmail: CellCheck<Row> = (value, { account }) =>
  value === '' && account.owner.trim() !== ''
    ? `is empty: owner "${account.owner}" has no email address, and the CRM assigns owners by email`
    : null;

/** Salesforce multi-select picklists and HubSpot checkboxes both separate values with ';'. */
export const noSemicolonInMotionNames: CellCheck<Row> = (value, { motions }) => {
  if (!value.includes(';')) return null;
  const bad = motions.find((m) => m.name.includes(';'));
  return bad ? `cannot hold the motion "${bad.name}": a name must not contain ";"` : null;
};

export function describeAccount({ account }: Row): string {
  return account.name || account.domain || account.id;
}

function abmColumns(fields: Settings['salesforceFields']): ExportColumn<Row>[] {
  return [
    { header: fields.tier, value: (r) => (r.account.tier === null ? '' : String(r.account.tier)) },
    { header: fields.target, value: (r) => (r.account.status === 'target' ? 'true' : 'false') },
    {
      header: fields.campaigns,
      value: (r) => r.motionNames,
      checks: [noSemicolonInMotionNames],
    },
  ];
}

const COMMON_COLUMNS: ExportColumn<Row>[] = [
  { header: 'Account Name', value: (r) => r.account.name, checks: [required, maxLength(255)] },
  { header: 'Website', value: (r) => r.account.website, checks: [maxLength(255)] },
  { header: 'Industry', value: (r) => r.account.industry },
  { header: 'Employees', value: (r) => numberCell(r.account.employees) },
  { header: 'Annual Revenue', value: (r) => numberCell(r.account.annualRevenue) },
  { header: 'Billing Country', value: (r) => r.account.country },
  {
    header: 'Account Owner Email',
    value: (r) => r.account.ownerEmail,
    checks: [ownerHasEmail, emailAddress],
  },
];

const ID_COLUMN: ExportColumn<Row> = {
  header: 'Account ID',
  value: (r) => r.account.salesforceId,
  checks: [salesforceId],
};

export function exportSalesforceAccounts(
  source: ExportSource,
  maxRows: number = SALESFORCE_MAX_ROWS_PER_FILE,
): ExportResult {
  const rows = accountsWithMotions(source.accounts, source.motions);
  const abm = abmColumns(source.settings.salesforceFields);
  const known = rows.filter((r) => r.account.salesforceId !== '');
  const unknown = rows.filter((r) => r.account.salesforceId === '');
  const base = SALESFORCE_ACCOUNTS_BASE_NAME;
  const describe = describeAccount;
  const update = buildTables(
    known,
    { baseName: base, group: 'update', columns: [ID_COLUMN, ...COMMON_COLUMNS, ...abm], describe },
    maxRows,
  );
  const created = buildTables(
    unknown,
    { baseName: base, group: 'new', columns: [...COMMON_COLUMNS, ...abm], describe },
    maxRows,
  );
  // An empty group is no file at all, unless both are empty (then one file with the header).
  const groups = [update, created].filter((g) => g.tables.some((t) => t.rows.length > 0));
  const kept = groups.length > 0 ? groups : [created];
  return {
    baseName: base,
    extension: 'csv',
    tables: kept.flatMap((g) => g.tables),
    problems: kept.flatMap((g) => g.problems),
  };
}
