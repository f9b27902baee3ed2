/**
 * Saved views (column order, widths, sort, filters and quick search, stored in savedViews)
 * and the column chooser.
 */
import { useMemo, useState } from 'react';
import type { GridApi, GridState } from 'ag-grid-community';
import type { Account, SavedView } from '../../../../shared/domain/types';
import { commit } from '../../store/changes';
import { useLive } from '../../store/liveTables';
import { isDataColumn } from './grid/accountColumns';

interface ViewState {
  grid: GridState;
  quickFilter: string;
}

export function ViewsBar(props: {
  api: GridApi<Account> | null;
  quickFilter: string;
  onQuickFilter: (q: string) => void;
}) {
  const saved = useLive('savedViews');
  const views = useMemo(() => (saved ?? []).filter((v) => v.grid === 'accounts'), [saved]);
  const [name, setName] = useState('');
  const [, setTick] = useState(0);
  const { api } = props;

  const save = async () => {
    if (!api || !name.trim()) return;
    const existing = views.find((v) => v.name === name.trim());
    const view: SavedView = {
      id: existing?.id ?? crypto.randomUUID(),
      name: name.trim(),
      grid: 'accounts',
      state: { grid: api.getState(), quickFilter: props.quickFilter } satisfies ViewState,
    };
    await commit(`Save view ${view.name}`, { savedViews: { put: [view] } });
    setName('');
  };

  const open = (id: string) => {
    const view = views.find((v) => v.id === id);
    if (!api || !view) return;
    const state = view.state as ViewState;
    api.setState(state.grid);
    props.onQuickFilter(state.quickFilter ?? '');
  };

  const columns = api?.getColumns()?.filter((c) => isDataColumn(c.getColId())) ?? [];
  return (
    <div className="views-bar">
      <label>
        View
        <select aria-label="Saved view" value="" onChange={(e) => open(e.target.value)}>
          <option value="">Open a saved view…</option>
          {views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </label>
      <input
        aria-label="View name"
        placeholder="View name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        size={12}
      />
      <button type="button" disabled={!name.trim()} onClick={() => void save()}>
        Save view
      </button>
      <details className="column-chooser">
        <summary>Columns</summary>
        <div role="group" aria-label="Visible columns">
          {columns.map((c) => (
            <label key={c.getColId()}>
              <input
                type="checkbox"
                checked={c.isVisible()}
                onChange={(e) => {
                  api?.setColumnsVisible([c], e.target.checked);
                  setTick((t) => t + 1);
                }}
              />
              {c.getColDef().headerName}
            </label>
          ))}
        </div>
      </details>
    </div>
  );
}
