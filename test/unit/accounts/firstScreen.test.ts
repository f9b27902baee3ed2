// A page load paints first the first rows of the whole list in the grid's opening order
// (Name, ascending), kept when the window was left, and only while the store is as it was
// then. Before, it painted the first stored page's rows sorted among themselves, which
// jumped when the whole list came in: the first test fails on that.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/types';
import { resetDb } from '../../../renderer/src/store/db';
import { commit, history } from '../../../renderer/src/store/changes';
import { readAll } from '../../../renderer/src/store/reads';
import { accountCopy } from '../../../renderer/src/store/accountPages';
import {
  firstInOpeningOrder,
  firstRowsAtLoad,
  firstRowsNow,
  keepFirstScreen,
} from '../../../renderer/src/features/accounts/firstScreen';
import { firstInOrder } from '../../../renderer/src/features/accounts/grid/firstInOrder';
import { sortedOrder, type SortValue } from '../../../renderer/src/features/accounts/grid/rowOrder';
import { makeAccount } from '../workspace/fixtures';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.items.set(k, v);
  }
  removeItem(k: string): void {
    this.items.delete(k);
  }
}

const g = globalThis as { localStorage?: unknown };
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

/** 1,200 accounts (three stored pages) whose names are in no relation to their ids. */
function accounts(): Account[] {
  return Array.from({ length: 1200 }, (_, i) => {
    const n = Math.floor(random() * 5000);
    const name =
      i % 97 === 0 ? '' : `${n % 3 === 0 ? 'acme' : 'Acme'} ${String(n).padStart(4, '0')}`;
    return makeAccount({ id: `a${String(i).padStart(5, '0')}`, name, domain: `d${i}.example` });
  });
}

/** The grid's order by name (rowOrder.sortedOrder over the list in primary-key order). */
function byNameOrder(list: readonly Account[]): Account[] {
  const order = sortedOrder(list.length, [{ values: list.map((a) => a.name), descending: false }]);
  return Array.from(order, (i) => list[i] as Account);
}

/** A new window on the same store: its copy not read yet. */
const reload = () => accountCopy.invalidate();

beforeEach(() => {
  resetDb(`test-${Math.random()}`);
  history.clear();
  g.localStorage = new MemoryStorage();
});
afterEach(() => {
  delete g.localStorage;
});

describe('the first rows of a page load', () => {
  it('are the first rows of the whole list in the opening order', async () => {
    await commit('Import', { accounts: { put: accounts() } });
    const all = await readAll('accounts');
    keepFirstScreen(200);
    reload();
    const first = await firstRowsAtLoad();
    expect(first).toHaveLength(200);
    // In primary-key order, as the list is handed to the grid, which sorts them by name.
    expect(first.map((a) => a.id)).toEqual(first.map((a) => a.id).sort());
    expect(byNameOrder(first).map((a) => a.id)).toEqual(
      byNameOrder(all)
        .slice(0, 200)
        .map((a) => a.id),
    );
    expect(byNameOrder(first)).toEqual(byNameOrder(all).slice(0, 200));
  });

  it('are none (the grid waits for the whole list) once the store changed', async () => {
    await commit('Import', { accounts: { put: accounts() } });
    await readAll('accounts');
    keepFirstScreen(200);
    // Another window (or the import Worker) writes after these were kept.
    await commit('Rename', { accounts: { put: [makeAccount({ id: 'a00001', name: '  first' })] } });
    reload();
    expect(await firstRowsAtLoad()).toEqual([]);
  });

  it('are none when the window was left with its copy unread or a write in flight', async () => {
    await commit('Import', { accounts: { put: accounts() } });
    reload();
    keepFirstScreen(200);
    expect(await firstRowsAtLoad()).toEqual([]);
    await readAll('accounts');
    accountCopy.writing = true;
    keepFirstScreen(200);
    accountCopy.writing = false;
    reload();
    expect(await firstRowsAtLoad()).toEqual([]);
  });

  it('are none with no storage to keep them in', async () => {
    await commit('Import', { accounts: { put: accounts() } });
    await readAll('accounts');
    delete g.localStorage;
    keepFirstScreen(200);
    expect(await firstRowsAtLoad()).toEqual([]);
  });
});

describe('the first rows of a list opened again', () => {
  // Before, they were the copy's first rows in key order, sorted among themselves by the grid,
  // and jumped to others when the whole list came in (a trial saw it on every return).
  it('are the whole list’s first rows in the opening order, from the copy, once it is read', async () => {
    await commit('Import', { accounts: { put: accounts() } });
    reload();
    expect(firstRowsNow(200)).toBeNull();
    const all = await readAll('accounts');
    expect(firstRowsNow(200)).toEqual(byNameOrder(all).slice(0, 200));
    await commit('Rename', { accounts: { put: [makeAccount({ id: 'a01199', name: '  first' })] } });
    const now = firstRowsNow(200);
    expect(now).toEqual(byNameOrder(await readAll('accounts')).slice(0, 200));
    expect(now?.find((a) => a.id === 'a01199')?.name).toBe('  first');
  });
});

describe('firstInOrder', () => {
  it('gives the first positions of sortedOrder for one ascending column', () => {
    const pool: SortValue[] = ['b', 'B', 'a', 'A', '', 'é', 'Z', 'ab', null, undefined, 3, -1, 0];
    for (let round = 0; round < 40; round++) {
      const size = 1 + Math.floor(random() * 400);
      const values: SortValue[] = Array.from({ length: size }, () => {
        const r = random();
        if (round % 4 === 0) return r < 0.1 ? null : Math.floor(r * 50) - 10;
        if (r < 0.05) return ['x', 'Y'];
        return pool[Math.floor(r * pool.length)] ?? `n${Math.floor(r * 1000)}`;
      });
      for (const n of [1, 7, 50, size, size + 3]) {
        const full = Array.from(sortedOrder(size, [{ values, descending: false }]));
        expect(firstInOrder(values, n)).toEqual(full.slice(0, n));
      }
    }
  });

  it('picks the accounts the grid shows first', () => {
    const list = accounts().sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(firstInOpeningOrder(list, 30)).toEqual(byNameOrder(list).slice(0, 30));
  });
});
