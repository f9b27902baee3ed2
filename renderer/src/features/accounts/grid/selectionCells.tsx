/**
 * The selection column: a checkbox per row (Shift+click selects the range from the last one
 * clicked) and "select all" in the header, which selects or clears the rows the filters and
 * search show. Both read the RowSelection, not the grid, which holds only the rows in view.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ICellRendererParams, IHeaderParams } from 'ag-grid-community';
import type { Account } from '../../../../../shared/domain/types';
import type { RowSelection } from './rowSelection';

export interface SelectionParams {
  selection: RowSelection;
  /** The rows in view order (filtered and sorted). */
  shown: () => readonly Account[];
  /** The full list is not in yet: "all" would be the first rows only. */
  loading: boolean;
  /**
   * The rows shown are not yet computed from the store's latest list (the full list has
   * reached the window and is still being sorted in): "all" would be the earlier list's.
   */
  behind: () => boolean;
}

export function RowCheckbox(p: ICellRendererParams<Account> & SelectionParams) {
  const { selection } = p;
  const id = p.data?.id;
  const checked = useSyncExternalStore(selection.subscribe, () => (id ? selection.has(id) : false));
  if (!p.data || !id) return null;
  const name = p.data.name;
  return (
    <input
      type="checkbox"
      className="row-select-box"
      aria-label={`Select ${name}`}
      checked={checked}
      onChange={(e) => {
        const on = e.target.checked;
        const shift = (e.nativeEvent as MouseEvent).shiftKey;
        const shown = p.shown();
        const anchorAt = selection.anchor ? shown.findIndex((a) => a.id === selection.anchor) : -1;
        const here = shown.findIndex((a) => a.id === id);
        if (shift && anchorAt >= 0 && here >= 0) {
          const [from, to] = anchorAt < here ? [anchorAt, here] : [here, anchorAt];
          selection.set(
            shown.slice(from, to + 1).map((a) => a.id),
            on,
          );
        } else selection.set([id], on);
        selection.anchor = id;
      }}
    />
  );
}

type HeaderState = 'none' | 'some' | 'all';

function headerState(p: SelectionParams): HeaderState {
  if (p.selection.size === 0) return 'none';
  const shown = p.shown();
  let n = 0;
  for (const a of shown) if (p.selection.has(a.id)) n++;
  return shown.length > 0 && n === shown.length ? 'all' : n > 0 ? 'some' : 'none';
}

export function SelectAllHeader(p: IHeaderParams<Account> & SelectionParams) {
  const { selection } = p;
  // Re-read on every selection change and every change of the rows shown (modelUpdated).
  useSyncExternalStore(selection.subscribe, () => selection.version);
  const box = useRef<HTMLInputElement>(null);
  const state = headerState(p);
  const waiting = (p.loading || p.behind()) && state !== 'all';
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some';
  });
  return (
    <input
      ref={box}
      type="checkbox"
      className="select-all-box"
      aria-label="Select all accounts"
      checked={state === 'all'}
      // Clearing a selection is always offered; selecting "all" of the first rows is not.
      disabled={waiting}
      title={waiting ? 'Select all: available once every account is loaded' : undefined}
      onChange={() => {
        // Re-checked at the click: the list may have fallen behind since this rendered.
        if (state !== 'all' && (p.loading || p.behind())) return;
        selection.set(
          p.shown().map((a) => a.id),
          state !== 'all',
        );
      }}
    />
  );
}
