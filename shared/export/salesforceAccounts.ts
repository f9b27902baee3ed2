/**
 * Salesforce accounts for the Data Import Wizard. Accounts with a known Salesforce ID go to
 * "update" files (matched by ID); the others to "new" files (matched by Name and Website).
 * The ABM fields go to custom columns whose API names are a setting. Each file holds fewer
 * than 50,000 rows, the wizard's limit.
 *
 * An update file carries the ID, the ABM fields, and only the other fields the workbench
 * changed since Salesforce's values were imported (Account.importedFromSalesforce, see
 * shared/accounts/crmImported.ts): a column appears when some row changed that field, and a
 * row leaves the cell blank where it did not (the wizard leaves a field alone on a blank
 * cell). The owner goes out only when it changed, as the wizard assigns owners: by the
 * owner's Salesforce user ID or e-mail, both found through the owner directory.
 */
import type { CrmField, Settings } from '../domain/types';
import { changedSinceImport } from '../accounts/crmImported';
import { ownerDirectory } from '../owners/ownerDirectory';
import { emailAddress, maxLength, required, salesforceId, type CellCheck } from './columnChecks';
import { buildTables, SALESFORCE_MAX_ROWS_PER_FILE, type ExportColumn } from './exportColumns';
import type { ExportResult, ExportSource } from './exportTypes';
import { accountsWithMotions, type AccountWithMotions } from './motionAudiences';
import { resolveAccountOwner, salesforceOwnerResolves, type ResolvedOwner } from './ownerCells';

export const SALESFORCE_ACCOUNTS_BASE_NAME = 'salesforce-accounts';

/** One account as the Salesforce files write it: what changed, and its owner resolved. */
interface Row extends AccountWithMotions {
  changed: ReadonlySet<CrmField>;
  owner: ResolvedOwner;
}

export function numberCell(value: number | null): string {
  return value === null ? '' : String(value);
}

/** Salesforce multi-select picklists and HubSpot checkboxes both separate values with ';'. */
export const noSemicolonInMotionNames: CellCheck<AccountWithMotions> = (value, { motions }) => {
  if (!value.includes(';')) return null;
  const bad = motions.find((m) => m.name.includes(';'));
  return bad ? `cannot hold the motion "${bad.name}": a name must not contain ";"` : null;
};

export function describeAccount({ account }: AccountWithMotions): string {
  return account.name || account.domain || account.id;
}

const CLEARED =
  'was cleared in the workbench, but the wizard leaves a field alone on a blank cell: clear it in Salesforce';

/** A value the workbench emptied: a blank cell would leave Salesforce's value as it is. */
const clearedInWorkbench: CellCheck<Row> = (value, row) =>
  value === '' && row.account.importedFromSalesforce !== null ? CLEARED : null;

const ownerCleared: CellCheck<Row> = (_value, { account }) =>
  account.owner === '' && account.ownerEmail === '' && account.importedFromSalesforce !== null
    ? CLEARED
    : null;

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

interface FieldColumn {
  field: CrmField;
  column: ExportColumn<Row>;
}

const FIELD_COLUMNS: readonly FieldColumn[] = [
  {
    field: 'name',
    column: {
      header: 'Account Name',
      value: (r) => r.account.name,
      checks: [required, maxLength(255)],
    },
  },
  {
    field: 'website',
    column: { header: 'Website', value: (r) => r.account.website, checks: [maxLength(255)] },
  },
  { field: 'industry', column: { header: 'Industry', value: (r) => r.account.industry } },
  {
    field: 'employees',
    column: { header: 'Employees', value: (r) => numberCell(r.account.employees) },
  },
  {
    field: 'annualRevenue',
    column: { header: 'Annual Revenue', value: (r) => numberCell(r.account.annualRevenue) },
  },
  { field: 'country', column: { header: 'Billing Country', value: (r) => r.account.country } },
];

const OWNER_COLUMNS: readonly ExportColumn<Row>[] = [
  { header: 'Account Owner ID', value: (r) => r.owner.salesforceUserId },
  {
    header: 'Account Owner Email',
    value: (r) => r.owner.email,
    checks: [salesforceOwnerResolves<Row>(), emailAddress],
  },
];

/**
 * A column that writes its value only on rows that changed `field` (blank elsewhere), and
 * checks only those cells; `cleared` warns where the change is a value emptied.
 */
function onlyWhereChanged(
  field: CrmField,
  column: ExportColumn<Row>,
  cleared: CellCheck<Row> | null,
): ExportColumn<Row> {
  const changed = (r: Row) => r.changed.has(field);
  const only = (checks: readonly CellCheck<Row>[]): CellCheck<Row>[] =>
    checks.map((check) => (value, r) => (changed(r) ? check(value, r) : null));
  return {
    header: column.header,
    value: (r) => (changed(r) ? column.value(r) : ''),
    checks: only(column.checks ?? []),
    warnings: only([...(column.warnings ?? []), ...(cleared ? [cleared] : [])]),
  };
}

/** The update file's columns: the ID, the fields some row changed, the ABM fields. */
function updateColumns(rows: readonly Row[], abm: ExportColumn<Row>[]): ExportColumn<Row>[] {
  const changedAnywhere = new Set<CrmField>();
  for (const r of rows) for (const f of r.changed) changedAnywhere.add(f);
  const fields = FIELD_COLUMNS.filter((c) => changedAnywhere.has(c.field)).map((c) =>
    onlyWhereChanged(c.field, c.column, clearedInWorkbench),
  );
  const [ownerId, ownerEmail] = OWNER_COLUMNS as [ExportColumn<Row>, ExportColumn<Row>];
  const owner = changedAnywhere.has('owner')
    ? [
        onlyWhereChanged('owner', ownerId, null),
        onlyWhereChanged('owner', ownerEmail, ownerCleared),
      ]
    : [];
  return [ID_COLUMN, ...fields, ...owner, ...abm];
}

const ID_COLUMN: ExportColumn<Row> = {
  header: 'Account ID',
  value: (r) => r.account.salesforceId,
  checks: [salesforceId],
};

export function exportSalesforceAccounts(
  source: ExportSource,
  maxRows: number = SALESFORCE_MAX_ROWS_PER_FILE,
): ExportResult {
  const dir = ownerDirectory(source.owners);
  const rows: Row[] = accountsWithMotions(source.accounts, source.motions).map((r) => {
    const known = r.account.salesforceId !== '';
    const changed = known
      ? changedSinceImport(r.account, r.account.importedFromSalesforce, dir)
      : new Set<CrmField>(['owner']);
    return { ...r, changed, owner: resolveAccountOwner(dir, r.account, changed.has('owner')) };
  });
  const abm = abmColumns(source.settings.salesforceFields);
  const known = rows.filter((r) => r.account.salesforceId !== '');
  const unknown = rows.filter((r) => r.account.salesforceId === '');
  const base = SALESFORCE_ACCOUNTS_BASE_NAME;
  const describe = describeAccount;
  const update = buildTables(
    known,
    { baseName: base, group: 'update', columns: updateColumns(known, abm), describe },
    maxRows,
  );
  const created = buildTables(
    unknown,
    {
      baseName: base,
      group: 'new',
      columns: [...FIELD_COLUMNS.map((c) => c.column), ...OWNER_COLUMNS, ...abm],
      describe,
    },
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
