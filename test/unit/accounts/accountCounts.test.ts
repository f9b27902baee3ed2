// The toolbar's counts follow the store's lists by the ids each changed, and are always
// what a count of every row gives (rows that come or go are counted again).
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/types';
import { AccountPageCopy, changedFieldsBetween } from '../../../renderer/src/store/accountPages';
import { countsAfter } from '../../../renderer/src/features/accounts/accountCounts';
import { makeAccount } from '../workspace/fixtures';

const id = (i: number) => `acc-${String(i).padStart(4, '0')}`;
const targets = (rows: readonly Account[]) => rows.filter((a) => a.status === 'target').length;

describe('account counts', () => {
  it('follow status edits, adds and removes as a full count does', () => {
    const copy = new AccountPageCopy();
    const rows = Array.from({ length: 20 }, (_, i) =>
      makeAccount({ id: id(i), status: i % 3 === 0 ? 'target' : 'candidate' }),
    );
    copy.load([{ id: 'p00000001', rows }], 'r1');
    let list = copy.list();
    let last = { rows: list as readonly Account[], target: countsAfter(null, list) };
    expect(last.target).toBe(targets(list));
    const step = (change: () => void) => {
      change();
      list = copy.list();
      const target = countsAfter(last, list);
      expect(target).toBe(targets(list));
      last = { rows: list, target };
    };
    const setStatus = (i: number, status: Account['status']) =>
      copy.set({ ...(copy.get(id(i)) as Account), status }, ['status']);
    step(() => setStatus(1, 'target'));
    step(() => {
      setStatus(0, 'candidate');
      setStatus(4, 'target');
      setStatus(4, 'candidate');
    });
    step(() => copy.add(makeAccount({ id: id(99), status: 'target' })));
    step(() => copy.remove(id(3)));
    step(() => setStatus(5, 'target'));
    // Fields other than the status: the count stays (the rows are not read), and is right.
    step(() =>
      copy.setMany(
        list.slice(0, 10).map((a) => ({ ...a, tier: 1 as const })),
        ['tier'],
      ),
    );
    step(() => copy.set({ ...(copy.get(id(6)) as Account), status: 'target' })); // fields unknown
    step(() => setStatus(7, 'target'));
  });

  it('the store names the fields a change of its list changed in, when it knows them', () => {
    const copy = new AccountPageCopy();
    copy.load(
      [{ id: 'p00000001', rows: [makeAccount({ id: id(1) }), makeAccount({ id: id(2) })] }],
      'r1',
    );
    const first = copy.list();
    copy.set({ ...(copy.get(id(1)) as Account), tier: 1 }, ['tier']);
    const second = copy.list();
    copy.set({ ...(copy.get(id(2)) as Account), notes: 'x' }, ['notes', 'updatedAt']);
    const third = copy.list();
    expect([...(changedFieldsBetween(first, second) ?? [])]).toEqual(['tier']);
    expect([...(changedFieldsBetween(first, third) ?? [])].sort()).toEqual([
      'notes',
      'tier',
      'updatedAt',
    ]);
    expect(changedFieldsBetween(third, third)?.size).toBe(0);
    copy.set({ ...(copy.get(id(2)) as Account), name: 'y' });
    expect(changedFieldsBetween(third, copy.list())).toBeNull();
  });
});
