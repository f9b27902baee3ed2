/**
 * Excel-style copy, paste and fill down (Ctrl+D) on the account list, plus Space to select
 * the focused row and Ctrl+A to select every row shown. The community grid has no clipboard
 * module, and it holds only the rows in view, so these work on our list (AccountView).
 */
import type React from 'react';
import type { Column, GridApi } from 'ag-grid-community';
import type { Account } from '../../../../../shared/domain/types';
import { fillDown, pasteBlock, toTsv } from '../../../../../shared/accounts';
import { isDataColumn } from './accountColumns';
import { columnValueOf, type GridContext } from './accountValues';
import type { RowSelection } from './rowSelection';

export interface GridKeysEnv {
  api: GridApi<Account>;
  shown: readonly Account[];
  selection: RowSelection;
  context: GridContext;
  notify: (kind: 'error' | 'info', message: string) => void;
  write: (label: string, changed: Account[]) => void;
  /** The full list is not in yet (only its first rows are shown). */
  loading: boolean;
  /** The rows shown are not yet computed from the store's latest list. */
  behind: () => boolean;
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('; ') : String(value);
}

function dataColumns(api: GridApi<Account>): Column[] {
  return api.getAllDisplayedColumns().filter((c) => isDataColumn(c.getColId()));
}

function isEditing(api: GridApi<Account>): boolean {
  return api.getEditingCells().length > 0;
}

function selectedInOrder(env: GridKeysEnv): Account[] {
  if (env.selection.size === 0) return [];
  return env.shown.filter((a) => env.selection.has(a.id));
}

const header = (c: Column) => c.getColDef().headerName ?? c.getColId();

export function onGridCopy(e: React.ClipboardEvent, env: GridKeysEnv): void {
  const { api } = env;
  if (isEditing(api)) return;
  const focused = api.getFocusedCell();
  const cols = dataColumns(api);
  const selected = selectedInOrder(env);
  const value = (a: Account, c: Column) => cellText(columnValueOf(c.getColId(), a, env.context));
  let text: string;
  if (selected.length > 0) {
    text = toTsv([cols.map(header), ...selected.map((a) => cols.map((c) => value(a, c)))]);
  } else if (focused) {
    const row = env.shown[focused.rowIndex];
    if (!row) return;
    text = value(row, focused.column);
  } else {
    return;
  }
  e.clipboardData.setData('text/plain', text);
  e.preventDefault();
}

export function onGridPaste(e: React.ClipboardEvent, env: GridKeysEnv): void {
  const { api } = env;
  if (isEditing(api)) return;
  const focused = api.getFocusedCell();
  if (!focused) return;
  e.preventDefault();
  const cols = dataColumns(api);
  const startColumn = cols.findIndex((c) => c.getColId() === focused.column.getColId());
  if (startColumn < 0) return;
  const result = pasteBlock({
    rows: [...env.shown],
    columns: cols.map((c) => ({ field: c.getColId(), header: header(c) })),
    startRow: focused.rowIndex,
    startColumn,
    text: e.clipboardData.getData('text/plain'),
    selected: selectedInOrder(env),
    now: new Date().toISOString(),
    owners: env.context.owners,
  });
  if (!result.ok) return env.notify('error', result.message);
  env.write(`Paste into ${result.changed.length} accounts`, result.changed);
}

export function onGridKeyDown(e: React.KeyboardEvent, env: GridKeysEnv): void {
  const { api } = env;
  if (isEditing(api) || (e.target as HTMLElement).closest('input, select, textarea')) return;
  const key = e.key.toLowerCase();
  const mod = e.ctrlKey || e.metaKey;
  const focused = api.getFocusedCell();
  if (key === ' ' && !mod && focused && focused.rowIndex >= 0) {
    const row = env.shown[focused.rowIndex];
    if (!row) return;
    e.preventDefault();
    env.selection.set([row.id], !env.selection.has(row.id));
    env.selection.anchor = row.id;
    return;
  }
  if (mod && key === 'a') {
    e.preventDefault();
    // The first rows only are shown: selecting them would look like "all" and is not.
    if (env.loading)
      return env.notify('info', 'Still loading the accounts: select all once every one is in.');
    if (env.behind())
      return env.notify('info', 'The list is still updating: select all again in a moment.');
    env.selection.set(
      env.shown.map((a) => a.id),
      true,
    );
    return;
  }
  if (!mod || key !== 'd') return;
  e.preventDefault();
  if (!focused) return env.notify('info', 'Focus a cell in the column to fill down.');
  const col = focused.column;
  const result = fillDown(
    selectedInOrder(env),
    { field: col.getColId(), header: header(col) },
    new Date().toISOString(),
    env.context.owners,
  );
  if (!result.ok) return env.notify('error', result.message);
  env.write(`Fill down ${header(col)} in ${result.changed.length} accounts`, result.changed);
}
