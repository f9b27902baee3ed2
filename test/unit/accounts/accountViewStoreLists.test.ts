// The grid's list taking the store's lists: after a field edit the store's copy says which
// ids it swapped in (changedIdsBetween), and the view takes just those rows instead of
// comparing every row; rows that come or go, or a list it cannot place, fall back to a compare.
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/types';
import { AccountPageCopy, changedIdsBetween } from '../../../renderer/src/store/accountPages';
import {
  AccountView,
  type ViewQuery,
} from '../../../renderer/src/features/accounts/grid/accountView';
import type { GridContext } from '../../../renderer/src/features/accounts/grid/accountValues';
import { makeAccount } from '../workspace/fixtures';
import * as shared from '../../../shared/accounts';
import { vi } from 'vitest';

const context: GridContext = { score: (a) => a.icpScore, suggest: () => null, conflicts: null };
const byTier: ViewQuery = {
  sort: [{ colId: 'tier', sort: 'asc' }],
  filter: {},
  quick: '',
  quickColumns: ['name'],
  context,
};
const id = (i: number) => `acc-${String(i).padStart(4, '0')}`;
const never = () => false;

function loaded(n: number): AccountPageCopy {
  const copy = new AccountPageCopy();
  const rows = Array.from({ length: n }, (_, i) =>
    makeAccount({ id: id(i), name: `Co ${i}`, tier: 3 }),
  );
  copy.load([{ id: 'p00000001', rows }], 'r1');
  return copy;
}

function edit(copy: AccountPageCopy, ids: string[], tier: 1 | 2 | 3): void {
  for (const i of ids) copy.set({ ...(copy.get(i) as Account), tier }, ['tier']);
}

describe('the store says which rows a new list changed', () => {
  it('names the ids swapped in since an earlier list, across several edits', () => {
    const copy = loaded(10);
    const first = copy.list();
    edit(copy, [id(2), id(5)], 1);
    const second = copy.list();
    expect(changedIdsBetween(first, second)?.sort()).toEqual([id(2), id(5)]);
    edit(copy, [id(7)], 2);
    const third = copy.list();
    expect(changedIdsBetween(second, third)).toEqual([id(7)]);
    expect(changedIdsBetween(first, third)?.sort()).toEqual([id(2), id(5), id(7)]);
    expect(changedIdsBetween(third, third)).toEqual([]);
  });

  it('knows nothing once rows came or went (the list was sorted anew)', () => {
    const copy = loaded(5);
    const first = copy.list();
    copy.add(makeAccount({ id: id(99), name: 'New' }));
    expect(changedIdsBetween(first, copy.list())).toBeNull();
  });

  it('the view takes an edit of many rows without comparing the others, and shows it', async () => {
    const copy = loaded(200);
    const view = new AccountView();
    await view.setRows(copy.list(), never);
    expect(view.compute(byTier).every((a) => a.tier === 3)).toBe(true);
    const edited = Array.from({ length: 50 }, (_, i) => id(i * 4));
    edit(copy, edited, 1);
    const compare = vi.spyOn(shared, 'sameAccount');
    expect(await view.setRows(copy.list(), never)).toBe('changed');
    const shown = view.compute(byTier);
    expect(compare).not.toHaveBeenCalled();
    compare.mockRestore();
    expect(shown.slice(0, 50).map((a) => a.id)).toEqual(edited);
    expect(shown.slice(0, 50).every((a) => a.tier === 1)).toBe(true);
    expect(view.get(id(4))?.tier).toBe(1);
    expect(await view.setRows(copy.list(), never)).toBe('same');
  });

  it('after a first read of equal rows of its own (the first screen), edits still go by their ids', async () => {
    const copy = loaded(30);
    const view = new AccountView();
    await view.setRows(
      copy.list().map((a) => ({ ...a })),
      never,
    );
    expect(await view.setRows(copy.list(), never)).toBe('same');
    edit(copy, [id(9)], 1);
    const compare = vi.spyOn(shared, 'sameAccount');
    expect(await view.setRows(copy.list(), never)).toBe('changed');
    expect(compare).not.toHaveBeenCalled();
    compare.mockRestore();
    expect(view.compute(byTier).map((a) => a.id)[0]).toBe(id(9));
    expect(view.size).toBe(30);
  });

  it('a list from elsewhere is still compared row by row', async () => {
    const copy = loaded(20);
    const view = new AccountView();
    await view.setRows(copy.list(), never);
    const other = copy.list().map((a) => (a.id === id(3) ? { ...a, tier: 2 as const } : { ...a }));
    expect(await view.setRows(other, never)).toBe('changed');
    expect(view.compute(byTier)[0]?.id).toBe(id(3));
  });

  it('finds changed rows by place: out of list order, a row changed twice, each id once in order', () => {
    const copy = loaded(50);
    const first = copy.list();
    edit(copy, [id(40), id(3), id(17)], 1);
    edit(copy, [id(3)], 2);
    const second = copy.list();
    expect(changedIdsBetween(first, second)).toEqual([id(3), id(17), id(40)]);
    expect(second.map((a) => a.id)).toEqual(first.map((a) => a.id));
    expect(second.filter((a) => a.tier !== 3).map((a) => [a.id, a.tier])).toEqual([
      [id(3), 2],
      [id(17), 1],
      [id(40), 1],
    ]);
    expect(second[3]).toBe(copy.get(id(3)));
  });

  it('after a first read in another order (a page’s), edits replace the right rows', async () => {
    const copy = loaded(30);
    const view = new AccountView();
    // The first screen read from a page, in the page's order, then the copy's list (key order).
    view.seed([...copy.list()].reverse());
    expect(view.size).toBe(30);
    expect(await view.setRows(copy.list(), never)).toBe('changed');
    edit(copy, [id(9)], 1);
    expect(await view.setRows(copy.list(), never)).toBe('changed');
    const shown = view.compute(byTier);
    expect(new Set(shown.map((a) => a.id)).size).toBe(30);
    expect(shown[0]?.id).toBe(id(9));
    expect(view.get(id(9))?.tier).toBe(1);
    expect(view.get(id(10))?.id).toBe(id(10));
  });
});
