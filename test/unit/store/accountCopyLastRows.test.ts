/** AccountPageCopy.lastRows: the rows of ids that are the copy's last rows in page order, else null. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/types';
import {
  AccountPageCopy,
  PAGE_ROWS,
  setPageRowsForTests,
} from '../../../renderer/src/store/accountPageCopy';

const row = (id: string) => ({ id, name: id }) as unknown as Account;

describe('AccountPageCopy.lastRows', () => {
  afterEach(() => setPageRowsForTests(PAGE_ROWS));

  it('finds the rows added last, across pages, by position', () => {
    setPageRowsForTests(2);
    const copy = new AccountPageCopy();
    const rows = ['a', 'b', 'c', 'd', 'e'].map(row);
    for (const r of rows) copy.add(r);
    expect(copy.lastRows(['c', 'd', 'e'])).toEqual(rows.slice(2));
    expect(copy.lastRows(['c', 'd', 'e'])?.[0]).toBe(rows[2]);
    expect(copy.lastRows(['a', 'b', 'c', 'd', 'e'])).toEqual(rows);
    expect(copy.lastRows([])).toEqual([]);
  });

  it('is null when the ids are not the last rows in that order', () => {
    setPageRowsForTests(2);
    const copy = new AccountPageCopy();
    for (const id of ['a', 'b', 'c', 'd']) copy.add(row(id));
    expect(copy.lastRows(['d', 'c'])).toBeNull();
    expect(copy.lastRows(['b', 'd'])).toBeNull();
    expect(copy.lastRows(['x', 'a', 'b', 'c', 'd'])).toBeNull();
    copy.remove('c');
    expect(copy.lastRows(['b', 'd'])).toBeNull();
  });
});
