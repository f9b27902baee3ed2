/**
 * The read layer: paged reads return every row, and a write computed from what it read
 * (readThenCommit, saveSettings with a function) never loses a write made meanwhile.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDb } from '../../../renderer/src/store/db';
import { commit, history, readThenCommit, undo } from '../../../renderer/src/store/changes';
import {
  countRows,
  accountCopyNow,
  isStoreEmpty,
  readFreshAccounts,
  readPaged,
  readRow,
  readRows,
} from '../../../renderer/src/store/reads';
import { accountCopy, setPageRowsForTests } from '../../../renderer/src/store/accountPages';
import { loadSettings, saveSettings } from '../../../renderer/src/store/settings';
import { makeAccount } from '../workspace/fixtures';

beforeEach(() => {
  resetDb(`test-${Math.random()}`);
  history.clear();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reading tables', () => {
  it('a paged read returns every account once, in key order, across page boundaries', async () => {
    const ids = Array.from({ length: 9 }, (_, i) => `a${i}`);
    await commit('Add', { accounts: { put: ids.map((id) => makeAccount({ id })) } });
    for (const pageSize of [1, 3, 4, 9, 10]) {
      expect((await readPaged('accounts', pageSize)).map((a) => a.id)).toEqual(ids);
    }
    expect(await readPaged('accounts')).toHaveLength(9);
  });

  it('readRows leaves out keys with no row and readRow answers undefined', async () => {
    await commit('Add', { accounts: { put: [makeAccount({ id: 'a1' })] } });
    expect((await readRows('accounts', ['gone', 'a1'])).map((a) => a.id)).toEqual(['a1']);
    expect(await readRow('accounts', 'gone')).toBeUndefined();
  });
});

describe('reading the accounts at start-up', () => {
  const ids = Array.from({ length: 23 }, (_, i) => `a${String(i).padStart(2, '0')}`);
  const startFresh = async () => {
    setPageRowsForTests(5);
    await commit('Add', { accounts: { put: ids.map((id) => makeAccount({ id })) } });
    accountCopy.reset(); // as a new window finds the store: its copy never read
  };

  it('counts them without reading every page into the copy', async () => {
    await startFresh();
    expect(await countRows('accounts')).toBe(ids.length);
    expect(await isStoreEmpty()).toBe(false);
    expect(accountCopy.rev).toBeNull();
    expect((await readFreshAccounts()).map((a) => a.id)).toEqual(ids);
    expect(await countRows('accounts')).toBe(ids.length);
    setPageRowsForTests(500);
  });

  it('reads the pages once for readers asking at the same time', async () => {
    await startFresh();
    let loads = 0;
    const load = accountCopy.load.bind(accountCopy);
    accountCopy.load = (...args) => {
      loads++;
      load(...args);
    };
    const lists = await Promise.all([
      readFreshAccounts(),
      readFreshAccounts(),
      readFreshAccounts(),
    ]);
    for (const list of lists) expect(list.map((a) => a.id)).toEqual(ids);
    expect(loads).toBe(1);
    accountCopy.load = load;
    setPageRowsForTests(500);
  });
});

describe('read then commit', () => {
  it('two edits computed from the stored row at the same time both land', async () => {
    await commit('Add', { accounts: { put: [makeAccount({ id: 'a1', tier: 1 })] } });
    const bumpTier = () =>
      readThenCommit(async () => {
        const row = await readRow('accounts', 'a1');
        await pause(10); // a slow plan: the other edit is asked for meanwhile
        if (!row) throw new Error('missing');
        const tier = (row.tier ?? 0) + 1;
        return {
          label: 'Bump tier',
          changes: { accounts: { put: [{ ...row, tier }] } },
          result: tier,
        };
      });
    const results = await Promise.all([bumpTier(), bumpTier()]);
    expect(results).toEqual([2, 3]);
    expect((await readRow('accounts', 'a1'))?.tier).toBe(3);
    // Each is its own undo step.
    await undo();
    expect((await readRow('accounts', 'a1'))?.tier).toBe(2);
  });

  it('a commit asked for while a plan reads waits for the plan and its write', async () => {
    await commit('Add', { accounts: { put: [makeAccount({ id: 'a1', name: 'Acme' })] } });
    const planned = readThenCommit(async () => {
      const row = await readRow('accounts', 'a1');
      await pause(10);
      return {
        label: 'Rename',
        changes: { accounts: { put: [{ ...row!, name: 'Acme Corp' }] } },
        result: undefined,
      };
    });
    const deleted = commit('Delete', { accounts: { delete: ['a1'] } });
    await Promise.all([planned, deleted]);
    // The delete came second, so it wins; the rename did not resurrect a deleted row.
    expect(await readRow('accounts', 'a1')).toBeUndefined();
    expect(history.snapshot().undoLabel).toBe('Delete');
  });

  it('a plan that writes nothing records no undo step and hands back its result', async () => {
    const message = await readThenCommit(async () => ({
      label: 'Rename',
      changes: null,
      result: 'This grid no longer exists.',
    }));
    expect(message).toBe('This grid no longer exists.');
    expect(history.snapshot().undoLabel).toBeNull();
  });

  it('settings changed from the stored settings at the same time keep both changes', async () => {
    const add = (key: string) =>
      saveSettings(({ notDuplicates }) =>
        notDuplicates.includes(key) ? null : { notDuplicates: [...notDuplicates, key] },
      );
    await Promise.all([add('acme.com'), add('globex.com'), add('acme.com')]);
    expect((await loadSettings()).notDuplicates).toEqual(['acme.com', 'globex.com']);
    await undo();
    expect((await loadSettings()).notDuplicates).toEqual(['acme.com']);
  });
});

describe('the accounts now, from the copy', () => {
  it('are null before the copy is read, then the rows in key order, with this window’s edits', async () => {
    const ids = ['c', 'a', 'd', 'b'];
    await commit('Add', { accounts: { put: ids.map((id) => makeAccount({ id, name: id })) } });
    accountCopy.reset();
    expect(accountCopyNow()).toBeNull();
    await readFreshAccounts();
    expect(accountCopyNow()?.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
    await commit('Rename', { accounts: { put: [makeAccount({ id: 'b', name: 'B2' })] } });
    expect(accountCopyNow()?.map((a) => a.name)).toEqual(['a', 'B2', 'c', 'd']);
  });
});
