// The toolbar's counts follow the store's lists by the ids each changed, and are always
// what a count of every row gives (rows that come or go are counted again).
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/types';
import { AccountPageCopy } from '../../../renderer/src/store/accountPages';
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
  });
});
