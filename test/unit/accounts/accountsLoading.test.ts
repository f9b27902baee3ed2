// While only the list's first rows are in (a page load at 100,000 accounts), nothing that
// acts on "all rows" acts on those first rows: the count says it is loading, Ctrl+A selects
// nothing (and says why), and an empty grid tells "loading", "none yet" and "no match" apart.
import { describe, expect, it, vi } from 'vitest';
import type { GridApi } from 'ag-grid-community';
import type { Account } from '../../../shared/domain/types';
import { accountCountText } from '../../../renderer/src/features/accounts/accountsLoading';
import { emptyListKind } from '../../../renderer/src/features/accounts/grid/emptyList';
import {
  onGridKeyDown,
  type GridKeysEnv,
} from '../../../renderer/src/features/accounts/grid/gridKeys';
import { RowSelection } from '../../../renderer/src/features/accounts/grid/rowSelection';
import type { GridContext } from '../../../renderer/src/features/accounts/grid/accountColumns';
import { makeAccount } from '../workspace/fixtures';

const first = Array.from({ length: 200 }, (_, i) => makeAccount({ id: `acc-${i}` }));

function ctrlA(loading: boolean, behind = false) {
  const selection = new RowSelection();
  const notify = vi.fn();
  const api = { getEditingCells: () => [], getFocusedCell: () => null };
  const env: GridKeysEnv = {
    api: api as unknown as GridApi<Account>,
    shown: first,
    selection,
    context: {} as GridContext,
    notify,
    write: vi.fn(),
    loading,
    behind: () => behind,
  };
  const preventDefault = vi.fn();
  const target = { closest: () => null } as unknown as EventTarget;
  onGridKeyDown({ key: 'a', ctrlKey: true, metaKey: false, target, preventDefault } as never, env);
  return { selected: selection.size, notify };
}

describe('the accounts list while loading', () => {
  it('counts "Loading…" (with the stored count when known), then the list', () => {
    const counts = { total: 200, target: 3 };
    expect(accountCountText(true, counts, null)).toBe('Loading accounts…');
    expect(accountCountText(true, counts, 97_953)).toBe(
      `Loading ${(97_953).toLocaleString()} accounts…`,
    );
    expect(accountCountText(false, counts, 97_953)).toBe('200 accounts, 3 targets');
  });

  it('Ctrl+A selects nothing until the full list is in, and says why', () => {
    const loading = ctrlA(true);
    expect(loading.selected).toBe(0);
    expect(loading.notify).toHaveBeenCalledWith('info', expect.stringMatching(/still loading/i));
    expect(ctrlA(false).selected).toBe(200);
  });

  it('Ctrl+A selects nothing while the rows shown are an earlier list, and says why', () => {
    const behind = ctrlA(false, true);
    expect(behind.selected).toBe(0);
    expect(behind.notify).toHaveBeenCalledWith('info', expect.stringMatching(/still updating/i));
  });

  it('an empty grid says loading, none yet, or no match', () => {
    expect(emptyListKind({ total: 0, loading: true })).toBe('loading');
    expect(emptyListKind({ total: 200, loading: true })).toBe('loading');
    expect(emptyListKind({ total: 0, loading: false })).toBe('none');
    expect(emptyListKind({ total: 97_953, loading: false })).toBe('no-match');
  });
});
