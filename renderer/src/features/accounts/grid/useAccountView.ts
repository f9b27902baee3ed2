/**
 * Connects the account list (AccountView) to the grid's infinite row model: the grid asks
 * for rows by position with its sort and filter models; every new read of the store, quick
 * search or ICP change refreshes only the rows in view.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GridApi, IDatasource, IGetRowsParams, SortModelItem } from 'ag-grid-community';
import type { Account } from '../../../../../shared/domain/types';
import type { FilterModel } from './gridFilter';
import { warmUpSorting } from './rowOrder';
import { isDataColumn } from './accountColumns';
import { COMPUTED_COLUMNS, type GridContext } from './accountValues';
import { AccountView, signatureOf, type ViewQuery } from './accountView';
import { RowSelection } from './rowSelection';
import { holdWritesWhile } from '../../../store/copyShown';

export function useAccountView(input: {
  api: GridApi<Account> | null;
  rows: readonly Account[];
  quickFilter: string;
  context: GridContext;
  onSelection: (selected: Account[]) => void;
}) {
  // Rows already there at the first render (the first rows of a list opened again) are in the
  // view before the grid's first request, which then loads them once: no empty load first,
  // purged and loaded again when the rows effect below ran.
  const [view] = useState(() => {
    const v = new AccountView();
    if (input.rows.length > 0) v.seed(input.rows);
    return v;
  });
  const selection = useMemo(() => new RowSelection(), []);
  const latest = useRef({
    sort: [] as SortModelItem[],
    filter: {} as FilterModel,
    quick: input.quickFilter,
    context: input.context,
    api: input.api,
    rows: input.rows,
  });
  latest.current.rows = input.rows;
  latest.current.quick = input.quickFilter;
  latest.current.context = input.context;
  latest.current.api = input.api;

  const queryNow = useMemo(
    () => (): ViewQuery => {
      const l = latest.current;
      return {
        sort: l.sort,
        filter: l.filter,
        quick: l.quick,
        quickColumns: (l.api?.getAllDisplayedColumns() ?? [])
          .map((c) => c.getColId())
          .filter(isDataColumn),
        context: l.context,
      };
    },
    [],
  );

  // The rows' version the grid was last handed (see the rows effect below).
  const handedVersion = useRef(-1);

  const datasource = useMemo<IDatasource>(() => {
    let lastShown: readonly Account[] | null = null;
    return {
      getRows(params: IGetRowsParams) {
        latest.current.sort = params.sortModel;
        latest.current.filter = params.filterModel as FilterModel;
        const query = queryNow();
        const signature = signatureOf(query);
        const attempt = (): void => {
          // A newer sort, filter or search took over: the grid has dropped this request.
          if (signatureOf(queryNow()) !== signature) return;
          if (!view.isReady(query)) {
            // A text sort from scratch runs in slices; the grid shows loading rows meanwhile.
            void view.prepare(query).then(attempt, () => params.failCallback());
            return;
          }
          const shown = view.compute(query);
          handedVersion.current = view.version;
          params.successCallback(shown.slice(params.startRow, params.endRow), shown.length);
          if (shown !== lastShown) {
            lastShown = shown;
            selection.refresh();
          }
        };
        attempt();
      },
    };
  }, [view, selection, queryNow]);

  const { api, rows, quickFilter, context, onSelection } = input;

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
    idle(() => warmUpSorting());
  }, []);

  useEffect(() => {
    let reportedNone = true;
    const report = () => {
      if (selection.size === 0 && reportedNone) return;
      reportedNone = selection.size === 0;
      const selected: Account[] = [];
      for (const id of selection.selectedIds()) {
        const a = view.get(id);
        if (a) selected.push(a);
      }
      onSelection(selected);
    };
    return selection.subscribe(report);
  }, [selection, view, onSelection]);

  useEffect(() => {
    if (!api) return;
    let stale = false;
    const refreshed = (async () => {
      const result = await view.setRows(rows, () => stale);
      // 'same' is no news only if the grid has seen these rows. An earlier run of this effect
      // may have taken them into the view and then gone stale (newer rows arrived: the full
      // read after the first 200, holding the same rows in a small workspace) before it
      // refreshed the grid; a grid that asked for its rows before that still shows none.
      if (stale || result === 'stale') return;
      // The grid not asked yet (-1) takes these rows with its first request.
      if (result === 'same' && [-1, view.version].includes(handedVersion.current)) {
        // The view is current for these rows now: a select-all box that rendered meanwhile
        // (waiting for them) looks again.
        selection.refresh();
        return;
      }
      // Rows that are gone (an undone import) leave the selection, so redo brings them
      // back unselected.
      selection.retain((id) => view.get(id) !== undefined);
      // Sorted (in slices if need be) before the grid asks, so its refresh finds the list ready.
      await view.prepare(queryNow());
      if (stale || api.isDestroyed()) return;
      api.refreshInfiniteCache();
      selection.refresh();
    })();
    // A write that showed these rows before it opened its transaction waits for this refresh.
    holdWritesWhile(refreshed);
    return () => {
      stale = true;
    };
  }, [api, rows, view, selection, queryNow]);

  const firstQuick = useRef(true);
  useEffect(() => {
    if (firstQuick.current) {
      firstQuick.current = false;
      return;
    }
    if (api && !api.isDestroyed()) api.refreshInfiniteCache();
  }, [api, quickFilter]);

  useEffect(() => {
    if (!api || api.isDestroyed()) return;
    // Showing or hiding a column changes where a quick search looks.
    const onColumns = () => {
      if (latest.current.quick.trim() !== '') api.refreshInfiniteCache();
    };
    api.addEventListener('displayedColumnsChanged', onColumns);
    return () => {
      if (!api.isDestroyed()) api.removeEventListener('displayedColumnsChanged', onColumns);
    };
  }, [api]);

  useEffect(() => {
    if (!api || api.isDestroyed()) return;
    if (!view.isReady(queryNow())) api.refreshInfiniteCache();
    else api.refreshCells({ columns: [...COMPUTED_COLUMNS], force: true });
  }, [api, context, view, queryNow]);

  // Select all waits while this holds: the rows shown are not yet the store's latest list.
  const behind = useMemo(() => () => !view.isCurrentFor(latest.current.rows), [view]);

  return { view, selection, datasource, behind };
}
