/**
 * The account grid's columns: what each shows, how it sorts and filters, which are editable
 * (edits go through editAccountField and commit(), never into the row object), and the
 * computed columns (live ICP score, suggested tier, conflicts) read from the grid context.
 */
import type { ColDef, ICellRendererParams, ValueGetterParams } from 'ag-grid-community';
import type { Account } from '../../../../../shared/domain/types';
import { isEditableField, nonCompanyWebsiteLabel } from '../../../../../shared/accounts';
import { navigate } from '../../../app/router';
import type { GridContext } from './accountValues';
import { OwnerCellEditor } from './OwnerCellEditor';

export type { GridContext } from './accountValues';

// One formatter for every cell: toLocaleString() builds a new one per call.
const NUMBER = new Intl.NumberFormat();

function ctx(p: { context: unknown }): GridContext {
  return p.context as GridContext;
}

function TimelineButton(p: ICellRendererParams<Account>) {
  const account = p.data;
  if (!account) return null;
  return (
    <button
      type="button"
      className="link-button"
      aria-label={`Timeline of ${account.name}`}
      onClick={() => navigate('calendar', { account: account.id })}
    >
      Timeline
    </button>
  );
}

const text = (
  field: keyof Account,
  headerName: string,
  extra: Partial<ColDef<Account>> = {},
): ColDef<Account> => ({
  field,
  colId: field,
  headerName,
  filter: 'agTextColumnFilter',
  editable: isEditableField(field),
  ...extra,
});

type ListField = 'tags' | 'duplicateSalesforceIds' | 'duplicateHubspotIds';

/** A column holding a list of values, shown (and filtered, searched) as 'a; b'. */
const list = (
  field: ListField,
  headerName: string,
  extra: Partial<ColDef<Account>> = {},
): ColDef<Account> => ({
  ...text(field, headerName, extra),
  valueFormatter: (p) => (Array.isArray(p.value) ? (p.value as string[]).join('; ') : ''),
  filterValueGetter: (p) => (p.data ? p.data[field].join('; ') : ''),
  getQuickFilterText: (p) => (p.data ? p.data[field].join(' ') : ''),
  equals: (a: string[] = [], b: string[] = []) => a.join(';') === b.join(';'),
});

const number = (
  field: keyof Account,
  headerName: string,
  extra: Partial<ColDef<Account>> = {},
): ColDef<Account> => ({
  field,
  colId: field,
  headerName,
  filter: 'agNumberColumnFilter',
  type: 'numericColumn',
  editable: true,
  valueFormatter: (p) => (typeof p.value === 'number' ? NUMBER.format(p.value) : ''),
  ...extra,
});

const choice = (
  field: keyof Account,
  headerName: string,
  values: (string | number)[],
  width = 120,
): ColDef<Account> => ({
  field,
  colId: field,
  headerName,
  width,
  filter: 'agTextColumnFilter',
  editable: true,
  cellEditor: 'agSelectCellEditor',
  cellEditorParams: { values },
  valueFormatter: (p) => (p.value === null || p.value === undefined ? '' : String(p.value)),
});

export function accountColumns(withConflicts: boolean): ColDef<Account>[] {
  const cols: ColDef<Account>[] = [
    text('name', 'Name', { pinned: 'left', width: 220, sort: 'asc' }),
    text('domain', 'Domain', { width: 200, editable: false }),
    text('website', 'Website', { hide: true }),
    choice('tier', 'Tier', ['', 1, 2, 3], 90),
    {
      colId: 'icpScore',
      headerName: 'ICP score',
      width: 110,
      type: 'numericColumn',
      filter: 'agNumberColumnFilter',
      valueGetter: (p: ValueGetterParams<Account>) => (p.data ? ctx(p).score(p.data) : null),
    },
    {
      colId: 'suggestedTier',
      headerName: 'Suggested tier',
      width: 130,
      filter: 'agNumberColumnFilter',
      valueGetter: (p: ValueGetterParams<Account>) =>
        p.data ? ctx(p).suggest(ctx(p).score(p.data)) : null,
    },
    {
      ...choice('status', 'Status', ['candidate', 'target', 'removed'], 120),
      cellClassRules: {
        'status-removed': (p) => p.value === 'removed',
        'status-candidate': (p) => p.value === 'candidate',
      },
    },
    text('removedReason', 'Removal reason', { editable: false, hide: true }),
    text('owner', 'Owner', { width: 150, cellEditor: OwnerCellEditor }),
    text('ownerEmail', 'Owner e-mail', { hide: true }),
    choice('primaryTeam', 'Primary team', ['', 'sales', 'marketing'], 130),
    list('tags', 'Tags', { width: 180 }),
    text('industry', 'Industry', { width: 150 }),
    number('employees', 'Employees', { width: 120 }),
    number('annualRevenue', 'Annual revenue', { width: 150 }),
    text('country', 'Country', { width: 100 }),
    text('region', 'Region', { width: 130 }),
    text('territory', 'Territory', { hide: true }),
    number('intentScore', 'Intent', { width: 100 }),
    text('salesforceId', 'Salesforce ID', { width: 180 }),
    text('hubspotId', 'HubSpot ID', { width: 130 }),
    {
      // Computed, never stored: the account matches by CRM ID only (companyDomain.ts).
      colId: 'nonCompanyWebsite',
      headerName: 'Not a company domain',
      headerTooltip:
        'The website is a social or profile page, a link page, a free e-mail provider or a shared site-builder host: it does not identify a company, so the account matches by CRM ID only.',
      width: 190,
      filter: 'agTextColumnFilter',
      editable: false,
      valueGetter: (p: ValueGetterParams<Account>) =>
        p.data ? nonCompanyWebsiteLabel(p.data.website) : '',
      cellClass: (p) => (p.value ? 'non-company-website' : undefined),
    },
    // Other CRM records of the same company, for the CRM admin to merge (not editable here).
    list('duplicateSalesforceIds', 'Duplicate Salesforce IDs', { width: 200, editable: false }),
    list('duplicateHubspotIds', 'Duplicate HubSpot IDs', { width: 170, editable: false }),
    text('notes', 'Notes', { hide: true }),
    text('updatedAt', 'Updated', { hide: true, editable: false }),
  ];
  if (withConflicts) {
    cols.push({
      colId: 'conflicts',
      headerName: 'Conflicts',
      width: 110,
      type: 'numericColumn',
      filter: 'agNumberColumnFilter',
      valueGetter: (p: ValueGetterParams<Account>) =>
        p.data ? (ctx(p).conflicts?.get(p.data.id) ?? 0) : null,
    });
  }
  cols.push({
    colId: 'timeline',
    headerName: 'Timeline',
    headerClass: 'visually-hidden-header',
    width: 100,
    sortable: false,
    filter: false,
    editable: false,
    suppressMovable: true,
    cellRenderer: TimelineButton,
  });
  return cols;
}

/** Columns whose cells copy and paste: every data column, not the selection or action columns. */
export function isDataColumn(colId: string): boolean {
  return colId !== 'timeline' && colId !== 'select' && !colId.startsWith('ag-Grid');
}
