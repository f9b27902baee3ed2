/**
 * The account list in AG Grid (community): sort, per-column filters, quick search, inline
 * edit (validated, one undo step per edit), multi-row selection, and Excel-style copy, paste
 * and fill down (Ctrl+D) implemented on the browser's clipboard events, since the community
 * edition has no clipboard module.
 */
import { useCallback, useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellEditRequestEvent,
  type Column,
  type GridApi,
  type GridReadyEvent,
  type IRowNode,
  type SelectionChangedEvent,
} from 'ag-grid-community';
import type { Account } from '../../../../../shared/domain/types';
import {
  editAccountField,
  fillDown,
  isEditableField,
  pasteBlock,
  toTsv,
} from '../../../../../shared/accounts';
import { styleNonce } from '../../../app/cspNonce';
import { commit } from '../../../store/changes';
import { useUiStore } from '../../../store/uiStore';
import { accountColumns, isDataColumn, type GridContext } from './accountColumns';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = themeQuartz.withParams({
  backgroundColor: 'var(--bg)',
  foregroundColor: 'var(--fg)',
  headerBackgroundColor: 'var(--panel)',
  borderColor: 'var(--border)',
  accentColor: 'var(--accent)',
  fontSize: 13,
  spacing: 6,
});

// Grid options as module constants: a new object on every render would make AG Grid rebuild
// its columns or selection state, which costs seconds at 100,000 rows.
const DEFAULT_COL_DEF = {
  sortable: true,
  resizable: true,
  filter: true,
  floatingFilter: true,
  width: 140,
} as const;
const ROW_SELECTION = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: true,
  selectAll: 'filtered',
  enableClickSelection: false,
} as const;
const SELECTION_COLUMN = { pinned: 'left', width: 48 } as const;
const rowIdOf = (p: { data: Account }) => p.data.id;
const markFirstRows = () => performance.mark('abm:accounts-first-rows');

function displayedNodes(api: GridApi<Account>): IRowNode<Account>[] {
  const nodes: IRowNode<Account>[] = [];
  api.forEachNodeAfterFilterAndSort((n) => nodes.push(n));
  return nodes;
}

function dataColumns(api: GridApi<Account>): Column[] {
  return api.getAllDisplayedColumns().filter((c) => isDataColumn(c.getColId()));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('; ') : String(value);
}

function isEditing(api: GridApi<Account>): boolean {
  return api.getEditingCells().length > 0;
}

export function AccountsGrid(props: {
  rows: Account[];
  context: GridContext;
  quickFilter: string;
  withConflicts: boolean;
  onSelection: (selected: Account[]) => void;
  onApi: (api: GridApi<Account>) => void;
}) {
  const notify = useUiStore((s) => s.notify);
  const columnDefs = useMemo(() => accountColumns(props.withConflicts), [props.withConflicts]);
  const { onApi, onSelection } = props;

  const write = useCallback(async (label: string, changed: Account[]) => {
    if (changed.length === 0) return;
    await commit(label, { accounts: { put: changed } });
  }, []);

  const onCellEditRequest = useCallback(
    (e: CellEditRequestEvent<Account>) => {
      const field = e.colDef.colId ?? e.colDef.field ?? '';
      if (!e.data || !isEditableField(field)) return;
      const result = editAccountField(e.data, field, cellText(e.newValue));
      if (!result.ok) {
        notify('error', `${e.data.name}, ${e.colDef.headerName ?? field}: ${result.reason}`);
        return;
      }
      const next = { ...result.value, updatedAt: new Date().toISOString() };
      void write(`Edit ${e.colDef.headerName ?? field} of ${e.data.name}`, [next]);
    },
    [notify, write],
  );

  const selectedInOrder = (api: GridApi<Account>): Account[] =>
    displayedNodes(api)
      .filter((n) => n.isSelected() && n.data)
      .map((n) => n.data as Account);

  const onCopy = (e: React.ClipboardEvent, api: GridApi<Account>) => {
    if (isEditing(api)) return;
    const focused = api.getFocusedCell();
    const selected = displayedNodes(api).filter((n) => n.isSelected());
    const cols = dataColumns(api);
    let text: string;
    if (selected.length > 0) {
      const header = cols.map((c) => c.getColDef().headerName ?? c.getColId());
      const body = selected.map((n) =>
        cols.map((c) => cellText(api.getCellValue({ rowNode: n, colKey: c }))),
      );
      text = toTsv([header, ...body]);
    } else if (focused) {
      const node = api.getDisplayedRowAtIndex(focused.rowIndex);
      if (!node) return;
      text = cellText(api.getCellValue({ rowNode: node, colKey: focused.column }));
    } else {
      return;
    }
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
  };

  const onPaste = (e: React.ClipboardEvent, api: GridApi<Account>) => {
    if (isEditing(api)) return;
    const focused = api.getFocusedCell();
    if (!focused) return;
    e.preventDefault();
    const cols = dataColumns(api);
    const startColumn = cols.findIndex((c) => c.getColId() === focused.column.getColId());
    if (startColumn < 0) return;
    const rows = displayedNodes(api).map((n) => n.data as Account);
    const result = pasteBlock({
      rows,
      columns: cols.map((c) => ({
        field: c.getColId(),
        header: c.getColDef().headerName ?? c.getColId(),
      })),
      startRow: focused.rowIndex,
      startColumn,
      text: e.clipboardData.getData('text/plain'),
      selected: selectedInOrder(api),
      now: new Date().toISOString(),
    });
    if (!result.ok) return notify('error', result.message);
    void write(`Paste into ${result.changed.length} accounts`, result.changed);
  };

  const onKeyDown = (e: React.KeyboardEvent, api: GridApi<Account>) => {
    if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'd' || isEditing(api)) return;
    e.preventDefault();
    const focused = api.getFocusedCell();
    if (!focused) return notify('info', 'Focus a cell in the column to fill down.');
    const col = focused.column;
    const result = fillDown(
      selectedInOrder(api),
      { field: col.getColId(), header: col.getColDef().headerName ?? col.getColId() },
      new Date().toISOString(),
    );
    if (!result.ok) return notify('error', result.message);
    void write(
      `Fill down ${col.getColDef().headerName ?? ''} in ${result.changed.length} accounts`,
      result.changed,
    );
  };

  const apiRef = useMemo(() => ({ current: null as GridApi<Account> | null }), []);
  const withApi =
    <E,>(fn: (e: E, api: GridApi<Account>) => void) =>
    (e: E) => {
      if (apiRef.current) fn(e, apiRef.current);
    };

  const onGridReady = useCallback(
    (e: GridReadyEvent<Account>) => {
      apiRef.current = e.api;
      onApi(e.api);
    },
    [apiRef, onApi],
  );
  const onSelectionChanged = useCallback(
    (e: SelectionChangedEvent<Account>) => onSelection(e.api.getSelectedRows()),
    [onSelection],
  );

  return (
    <div
      className="accounts-grid"
      onCopy={withApi(onCopy)}
      onPaste={withApi(onPaste)}
      onKeyDown={withApi(onKeyDown)}
    >
      <AgGridReact<Account>
        theme={theme}
        styleNonce={styleNonce}
        rowData={props.rows}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COL_DEF}
        context={props.context}
        getRowId={rowIdOf}
        rowSelection={ROW_SELECTION}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        quickFilterText={props.quickFilter}
        animateRows={false}
        suppressColumnVirtualisation
        selectionColumnDef={SELECTION_COLUMN}
        onGridReady={onGridReady}
        onFirstDataRendered={markFirstRows}
        onSelectionChanged={onSelectionChanged}
        overlayNoRowsTemplate="No accounts yet: import a Salesforce or HubSpot export."
      />
    </div>
  );
}
