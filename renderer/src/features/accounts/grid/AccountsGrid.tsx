/**
 * The account list in AG Grid (community), on its infinite row model: the grid renders the
 * rows in view and asks AccountView for them by position, so sorting, filtering and
 * refreshing after an import of 100,000 rows never walk every row in the grid. Sort,
 * per-column filters, quick search, inline edit (validated, one undo step per edit),
 * multi-row selection, and Excel-style copy, paste and fill down (gridKeys.ts).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type ColDef,
  type GridApi,
  type GridReadyEvent,
  type ValueSetterParams,
} from 'ag-grid-community';
import type { Account } from '../../../../../shared/domain/types';
import { editAccountField, isEditableField } from '../../../../../shared/accounts';
import { styleNonce } from '../../../app/cspNonce';
import { commit } from '../../../store/changes';
import { useUiStore } from '../../../store/uiStore';
import { accountColumns, type GridContext } from './accountColumns';
import { cellText, onGridCopy, onGridKeyDown, onGridPaste, type GridKeysEnv } from './gridKeys';
import { RowCheckbox, SelectAllHeader, type SelectionParams } from './selectionCells';
import { useAccountView } from './useAccountView';
import { EmptyListContext, EmptyListOverlay, type EmptyListState } from './emptyList';

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
// its columns.
const DEFAULT_COL_DEF = {
  sortable: true,
  resizable: true,
  filter: true,
  floatingFilter: true,
  width: 140,
} as const;

/**
 * An edit is taken in the grid's own handling of Enter (or Tab, or a click away), through
 * every column's valueSetter, which never changes the row object (it returns false: the grid
 * keeps its data, and the edit goes through editAccountField and commit()). AG Grid fires
 * cellEditRequest (readOnlyEdit) from a timer instead, after the frame that closed the
 * editor has been drawn with the old value: the new value then showed a frame or two after
 * Enter, 60-130 ms at 100,000 rows on a busy machine (test/bench/accounts).
 */
type EditHandler = (p: ValueSetterParams<Account>) => void;
function editingColDef(handler: { current: EditHandler }): ColDef<Account> {
  return {
    ...DEFAULT_COL_DEF,
    valueSetter: (p) => {
      handler.current(p);
      return false;
    },
  };
}
const rowIdOf = (p: { data: Account }) => p.data.id;
/** Up to this many edited rows are painted before the list catches up. */
const INSTANT_ROWS = 50;
const markFirstRows = () => performance.mark('abm:accounts-first-rows');

function selectionColumn(params: SelectionParams): ColDef<Account> {
  return {
    colId: 'select',
    headerName: 'Selected',
    pinned: 'left',
    width: 48,
    sortable: false,
    filter: false,
    resizable: false,
    suppressMovable: true,
    lockPosition: 'left',
    headerComponent: SelectAllHeader,
    headerComponentParams: params,
    cellRenderer: RowCheckbox,
    cellRendererParams: params,
  };
}

export function AccountsGrid(props: {
  rows: Account[];
  context: GridContext;
  quickFilter: string;
  /** The full list is not in yet: select all waits for it. */
  loading: boolean;
  onClearSearch: () => void;
  withConflicts: boolean;
  onSelection: (selected: Account[]) => void;
  onApi: (api: GridApi<Account>) => void;
  /** The grid has shown its first rows. */
  onFirstRows?: () => void;
}) {
  const notify = useUiStore((s) => s.notify);
  const { onApi } = props;
  const [api, setApi] = useState<GridApi<Account> | null>(null);
  const { view, selection, datasource, behind } = useAccountView({
    api,
    rows: props.rows,
    quickFilter: props.quickFilter,
    context: props.context,
    onSelection: props.onSelection,
  });
  const columnDefs = useMemo(
    () => [
      selectionColumn({ selection, shown: () => view.shown, loading: props.loading, behind }),
      ...accountColumns(props.withConflicts),
    ],
    [props.withConflicts, selection, view, props.loading, behind],
  );
  const empty = useMemo<EmptyListState>(
    () => ({ total: props.rows.length, loading: props.loading, clear: props.onClearSearch }),
    [props.rows.length, props.loading, props.onClearSearch],
  );

  // The grid shows an edit as soon as the store's working copy holds it (before it is
  // durable); a write that fails puts the stored rows back on screen, and says why here.
  const write = useCallback(
    (label: string, changed: Account[]) => {
      if (changed.length === 0) return;
      // A few edited rows (an inline edit, a paste) are painted in their cells at once; the
      // list follows from the store's copy (re-sorted, filtered).
      const instant = api && !api.isDestroyed() && changed.length <= INSTANT_ROWS ? api : null;
      // Painted before the write is even queued, so the frame after Enter shows it.
      if (instant) for (const row of changed) instant.getRowNode(row.id)?.setData(row);
      commit(label, { accounts: { put: changed } }).catch((e: unknown) => {
        // The grid asks the list again: it holds the stored rows, not the painted ones.
        if (instant && !instant.isDestroyed()) instant.refreshInfiniteCache();
        notify('error', `${label}: not saved. ${e instanceof Error ? e.message : String(e)}`);
      });
    },
    [notify, api],
  );

  const onEdit = useCallback(
    (e: ValueSetterParams<Account>) => {
      const field = e.colDef.colId ?? e.colDef.field ?? '';
      // The grid's copy of the row may be older than the list (a block loaded earlier).
      const row = e.data ? (view.get(e.data.id) ?? e.data) : undefined;
      if (!row || !isEditableField(field)) return;
      const result = editAccountField(row, field, cellText(e.newValue), props.context.owners);
      if (!result.ok) {
        notify('error', `${row.name}, ${e.colDef.headerName ?? field}: ${result.reason}`);
        return;
      }
      const next = { ...result.value, updatedAt: new Date().toISOString() };
      // Once the grid has closed the editor (this runs inside its stop), before the frame.
      queueMicrotask(() => write(`Edit ${e.colDef.headerName ?? field} of ${row.name}`, [next]));
    },
    [notify, write, view, props.context.owners],
  );
  const editHandler = useRef<EditHandler>(onEdit);
  editHandler.current = onEdit;
  const defaultColDef = useMemo(() => editingColDef(editHandler), []);

  const { onFirstRows } = props;
  const onFirstData = useCallback(() => {
    markFirstRows();
    onFirstRows?.();
  }, [onFirstRows]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<Account>) => {
      setApi(e.api);
      onApi(e.api);
    },
    [onApi],
  );

  const withEnv =
    <E,>(fn: (e: E, env: GridKeysEnv) => void) =>
    (e: E) => {
      if (!api) return;
      const { context, loading } = props;
      fn(e, { api, shown: view.shown, selection, context, notify, write, loading, behind });
    };

  return (
    <EmptyListContext.Provider value={empty}>
      <div
        className="accounts-grid"
        aria-busy={props.loading}
        onCopy={withEnv(onGridCopy)}
        onPaste={withEnv(onGridPaste)}
        onKeyDown={withEnv(onGridKeyDown)}
      >
        <AgGridReact<Account>
          theme={theme}
          styleNonce={styleNonce}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={100}
          maxBlocksInCache={40}
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          context={props.context}
          getRowId={rowIdOf}
          animateRows={false}
          rowBuffer={0}
          onGridReady={onGridReady}
          onFirstDataRendered={onFirstData}
          noRowsOverlayComponent={EmptyListOverlay}
        />
      </div>
    </EmptyListContext.Provider>
  );
}
