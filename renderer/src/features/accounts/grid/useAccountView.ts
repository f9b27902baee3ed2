/**
 * Connects the account list (AccountView) to the grid's infinite row model: the grid asks
 * for rows by position with its sort and filter models; every new read of the store, quick
 * search or ICP change refreshes only the rows in view.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { GridApi, IDatasource, IGetRowsParams, SortModelItem } from 'ag-grid-community';
import type { Account } from '../../../../../shared/domain/types';
import { warmUpSorting, type FilterModel } from '../../../../../shared/accounts';
import { isDataColumn } from './accountColumns';
import { COMPUTED_COLUMNS, type GridContext } from './accountValues';
import { AccountView, type ViewQuery } from './accountView';
import { RowSelection } from './rowSelection';

export function useAccountView(input: {
  api: GridApi<Account> | null;
  rows: readonly Account[];
  quickFilter: string;
  context: GridContext;
  onSelection: (selected: Account[]) => void;
}) {
  const view = useMemo(() => new AccountView(), []);
  const selection = useMemo(() => new RowSelection(), []);
  const latest = useRef({
    sort: [] as SortModelItem[],
    filter: {} as FilterModel,
    quick: input.quickFilter,
    context: input.context,
    api: input.api,
  });
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

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows(params: IGetRowsParams) {
        latest.current.sort = params.sortModel;
        latest.current.filter = params.filterModel as FilterModel;
        const query = queryNow();
        const respond = () => {
          const shown = view.compute(query);
          params.successCallback(shown.slice(params.startRow, params.endRow), shown.length);
          selection.refresh();
        };
        // A text sort from scratch runs in slices; the grid shows its loading rows meanwhile.
        if (view.isReady(query)) respond();
        else void view.prepare(query).then(respond, () => params.failCallback());
      },
    }),
    [view, selection, queryNow],
  );

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
    void view
      .setRows(rows, () => stale)
      .then((result) => {
        if (result !== 'changed' || api.isDestroyed()) return;
        api.refreshInfiniteCache();
        selection.refresh();
      });
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
    const l = latest.current;
    const usesComputed =
      l.sort.some((s) => COMPUTED_COLUMNS.has(s.colId)) ||
      Object.keys(l.filter).some((c) => COMPUTED_COLUMNS.has(c));
    if (usesComputed) api.refreshInfiniteCache();
    else api.refreshCells({ columns: [...COMPUTED_COLUMNS], force: true });
  }, [api, context]);

  return { view, selection, datasource };
}
