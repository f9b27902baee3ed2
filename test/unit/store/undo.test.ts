import { beforeEach, describe, expect, it } from 'vitest';
import { resetDb, db } from '../../../renderer/src/store/db';
import { commit, commitWritten, history, redo, undo } from '../../../renderer/src/store/changes';
import { applyWritten } from '../../../renderer/src/store/applyChanges';
import { UndoHistory } from '../../../renderer/src/store/history';
import { makeAccount } from '../workspace/fixtures';
import { readRow, countRows, readAll } from '../../../renderer/src/store/reads';
import { accountIds } from './accountsElsewhere';

beforeEach(() => {
  resetDb(`test-${Math.random()}`);
  history.clear();
});

describe('undo and redo', () => {
  it('an edit is undone and redone as one step', async () => {
    const acme = makeAccount({ id: 'a1', name: 'Acme', tier: 3 });
    await commit('Add Acme', { accounts: { put: [acme] } });
    await commit('Make Acme Tier 1', { accounts: { put: [{ ...acme, tier: 1 }] } });
    expect((await readRow('accounts', 'a1'))?.tier).toBe(1);

    expect(await undo()).toBe('Make Acme Tier 1');
    expect((await readRow('accounts', 'a1'))?.tier).toBe(3);
    expect(await undo()).toBe('Add Acme');
    expect(await readRow('accounts', 'a1')).toBeUndefined();
    expect(await undo()).toBeNull();

    expect(await redo()).toBe('Add Acme');
    expect(await redo()).toBe('Make Acme Tier 1');
    expect((await readRow('accounts', 'a1'))?.tier).toBe(1);
  });

  it('a delete is undone with the row exactly as it was', async () => {
    const acme = makeAccount({ id: 'a1', name: 'Acme', notes: 'open negotiation' });
    await commit('Add', { accounts: { put: [acme] } });
    await commit('Delete Acme', { accounts: { delete: ['a1'] } });
    expect(await countRows('accounts')).toBe(0);
    await undo();
    expect(await readRow('accounts', 'a1')).toEqual(acme);
  });

  it('a large write over a few stored rows undoes both the new and the replaced rows', async () => {
    // 60 stored rows, a write of 100 (40 of them stored) takes the keys-only path.
    const stored = Array.from({ length: 60 }, (_, i) => makeAccount({ id: `s${i}`, tier: 3 }));
    await commit('Seed', { accounts: { put: stored } });
    const replaced = stored.slice(0, 40).map((a) => ({ ...a, tier: 1 as const }));
    const added = Array.from({ length: 60 }, (_, i) => makeAccount({ id: `n${i}`, tier: 2 }));
    await commit('Import', { accounts: { put: [...replaced, ...added] } });
    expect(await countRows('accounts')).toBe(120);
    await undo();
    expect(await countRows('accounts')).toBe(60);
    expect(await readAll('accounts')).toEqual([...stored].sort((a, b) => (a.id < b.id ? -1 : 1)));
    await redo();
    expect((await accountIds()).filter((id) => id.startsWith('n')).length).toBe(60);
    expect((await readRow('accounts', 's5'))?.tier).toBe(1);
  });

  it('a write made elsewhere (the import Worker) is one step that undoes and redoes', async () => {
    const acme = makeAccount({ id: 'a1', name: 'Acme', tier: 3 });
    await commit('Add Acme', { accounts: { put: [acme] } });
    const imported = [{ ...acme, tier: 1 as const }, makeAccount({ id: 'a2', name: 'Bolt' })];
    await commitWritten('Import', () => applyWritten({ accounts: { put: imported } }));
    expect(history.snapshot().undoLabel).toBe('Import');

    expect(await undo()).toBe('Import');
    expect(await readAll('accounts')).toEqual([acme]);
    expect(await redo()).toBe('Import');
    expect(await readAll('accounts')).toEqual(imported);
    expect(await undo()).toBe('Import');
    expect(await undo()).toBe('Add Acme');
    expect(await countRows('accounts')).toBe(0);
    await redo();
    await redo();
    expect(await readAll('accounts')).toEqual(imported);
  });

  it('a bulk edit of thousands of rows across two tables is one undo step', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) =>
      makeAccount({ id: `a${i}`, name: `Co ${i}`, tier: 3 }),
    );
    await commit('Import', { accounts: { put: rows } });
    await commit('Bulk: Tier 2', {
      accounts: { put: rows.map((r) => ({ ...r, tier: 2 })) },
      importBatches: {
        put: [
          {
            id: 'b1',
            kind: 'accounts',
            files: ['x.csv'],
            at: 'now',
            counts: { new: 0, updated: 1, merged: 0, rejected: 0 },
          },
        ],
      },
    });
    expect(await (await readAll('accounts')).filter((a) => a.tier === 2).length).toBe(5_000);
    expect(history.snapshot().undoLabel).toBe('Bulk: Tier 2');
    await undo();
    expect(await (await readAll('accounts')).filter((a) => a.tier === 3).length).toBe(5_000);
    expect(await db.importBatches.count()).toBe(0);
    expect(history.snapshot()).toEqual({ undoLabel: 'Import', redoLabel: 'Bulk: Tier 2' });
  }, 120_000);

  it('a new edit after an undo drops the redo side', async () => {
    await commit('One', { accounts: { put: [makeAccount({ id: 'a1' })] } });
    await undo();
    await commit('Two', { accounts: { put: [makeAccount({ id: 'a2' })] } });
    expect(history.snapshot().redoLabel).toBeNull();
    expect(await redo()).toBeNull();
  });

  it('a failing commit writes nothing and records no step', async () => {
    await commit('One', { accounts: { put: [makeAccount({ id: 'a1', name: 'Kept' })] } });
    await expect(
      commit('Broken', {
        accounts: { put: [makeAccount({ id: 'a1', name: 'Changed' })] },
        motions: { put: [{ name: 'no id' }] },
      }),
    ).rejects.toThrow(/no "id"/);
    expect((await readRow('accounts', 'a1'))?.name).toBe('Kept');
    expect(history.snapshot().undoLabel).toBe('One');
  });

  it('replacing a whole table is undone with every old row back', async () => {
    await commit('Seed', {
      accounts: { put: [makeAccount({ id: 'a1' }), makeAccount({ id: 'a2' })] },
    });
    await commit('Replace', { accounts: { clear: true, put: [makeAccount({ id: 'b1' })] } });
    expect(await accountIds()).toEqual(['b1']);
    await undo();
    expect(await accountIds()).toEqual(['a1', 'a2']);
    await redo();
    expect(await accountIds()).toEqual(['b1']);
  });

  it('an undo asked for while a commit is still writing waits for it', async () => {
    const acme = makeAccount({ id: 'a1', tier: 3 });
    await commit('Add', { accounts: { put: [acme] } });
    const writing = commit('Tier 1', { accounts: { put: [{ ...acme, tier: 1 }] } });
    const undoing = undo();
    await Promise.all([writing, undoing]);
    expect(await undoing).toBe('Tier 1');
    expect((await readRow('accounts', 'a1'))?.tier).toBe(3);
  });
});

describe('the undo history', () => {
  it('drops the oldest steps once it holds more rows than its budget, keeping the latest', () => {
    const h = new UndoHistory(100, 10);
    const step = (label: string, rows: number) => ({
      label,
      before: { accounts: { delete: Array.from({ length: rows }, (_, i) => `${i}`) } },
      after: { accounts: { put: [] } },
    });
    h.record(step('small', 4));
    h.record(step('also small', 4));
    expect(h.snapshot().undoLabel).toBe('also small');
    h.record(step('huge', 50));
    expect(h.takeUndo()?.label).toBe('huge');
    expect(h.takeUndo()).toBeUndefined();
  });
});
