// Undo and redo never overwrite a later change: another tab (a second connection to the same
// store) edits a value the step wrote, or a row it added or removed, and the undo is refused
// with a message saying why, writing nothing — while rows and fields nobody touched since
// still undo as before.
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDb, WorkbenchDb } from '../../../renderer/src/store/db';
import { commit, commitWritten, history, redo, undo } from '../../../renderer/src/store/changes';
import { applyWritten } from '../../../renderer/src/store/applyChanges';
import { makeAccount } from '../workspace/fixtures';
import { readRow, countRows, readAll } from '../../../renderer/src/store/reads';
import { writeElsewhere, accountIds } from './accountsElsewhere';

let name = '';
let otherTab: WorkbenchDb;

beforeEach(() => {
  name = `test-${Math.random()}`;
  resetDb(name);
  otherTab = new WorkbenchDb(name);
  history.clear();
});

const acme = makeAccount({ id: 'a1', name: 'Acme', tier: 3 });
const rows = ['a1', 'a2', 'a3', 'a4'].map((id) => makeAccount({ id, name: id, tier: 3 }));

describe('undo after a later change', () => {
  it('refuses to undo an edit whose field another tab changed since, and writes nothing', async () => {
    await commit('Add Acme', { accounts: { put: [acme] } });
    await commit('Make Acme Tier 1', { accounts: { put: [{ ...acme, tier: 1 }] } });
    await writeElsewhere(otherTab, { ...acme, tier: 2, owner: 'Bea Other' });

    await expect(undo()).rejects.toThrow(
      "Can't undo “Make Acme Tier 1”: 1 account was changed since, in this or another window",
    );
    expect(await readRow('accounts', 'a1')).toMatchObject({ tier: 2, owner: 'Bea Other' });
    // The step stays where it was, so the user still sees what Undo would do.
    expect(history.snapshot()).toEqual({ undoLabel: 'Make Acme Tier 1', redoLabel: null });
  });

  it("undoes an edit over another tab's change to a field the edit did not touch, keeping it", async () => {
    // Undo steps hold the fields they changed (old and new value), not whole rows: the
    // undo puts back the tier and leaves the owner the other tab gave Acme since.
    await commit('Add Acme', { accounts: { put: [acme] } });
    await commit('Make Acme Tier 1', { accounts: { put: [{ ...acme, tier: 1 }] } });
    await writeElsewhere(otherTab, { ...acme, tier: 1, owner: 'Bea Other' });
    expect(await undo()).toBe('Make Acme Tier 1');
    expect(await readRow('accounts', 'a1')).toMatchObject({ tier: 3, owner: 'Bea Other' });
  });

  it('counts every changed row, per table', async () => {
    await commit('Seed', { accounts: { put: rows } });
    await commit('Bulk edit 4 accounts', {
      accounts: { put: rows.map((r) => ({ ...r, tier: 1 as const })) },
      settings: { put: [{ key: 'settings', value: { weekCap: 3 } }] },
    });
    await writeElsewhere(
      otherTab,
      rows.slice(0, 3).map((r) => ({ ...r, tier: 2 as const })),
    );
    await otherTab.settings.put({ key: 'settings', value: { weekCap: 5 } as never });
    await expect(undo()).rejects.toThrow(
      "Can't undo “Bulk edit 4 accounts”: 3 accounts and the settings were changed since",
    );
    expect(await readRow('accounts', 'a4')).toMatchObject({ tier: 1 });
  });

  it('refuses when another tab deleted a row the step wrote, or re-added one it deleted', async () => {
    await commit('Seed', { accounts: { put: rows } });
    await commit('Delete a2', { accounts: { delete: ['a2'] } });
    await writeElsewhere(otherTab, { ...rows[1]!, name: 're-added elsewhere' });
    await expect(undo()).rejects.toThrow(/1 account was changed since/);
    expect((await readRow('accounts', 'a2'))?.name).toBe('re-added elsewhere');

    await writeElsewhere(otherTab, [], ['a2']);
    expect(await undo()).toBe('Delete a2');
    await commit('Edit a1', { accounts: { put: [{ ...rows[0]!, tier: 1 }] } });
    await writeElsewhere(otherTab, [], ['a1']);
    await expect(undo()).rejects.toThrow(/Can't undo “Edit a1”: 1 account was changed/);
    expect(await readRow('accounts', 'a1')).toBeUndefined();
  });

  it('still undoes when only other rows changed, or the row was changed back', async () => {
    await commit('Seed', { accounts: { put: rows } });
    await commit('Make a1 Tier 1', { accounts: { put: [{ ...rows[0]!, tier: 1 }] } });
    await writeElsewhere(otherTab, { ...rows[2]!, tier: 2 });
    // Same values, keys in another order: not a change.
    const { tier, ...rest } = { ...rows[0]!, tier: 1 as const };
    await writeElsewhere(otherTab, { tier, ...rest });
    expect(await undo()).toBe('Make a1 Tier 1');
    expect((await readRow('accounts', 'a1'))?.tier).toBe(3);
    expect((await readRow('accounts', 'a3'))?.tier).toBe(2);
  });

  it('refuses a redo whose rows changed after the undo', async () => {
    await commit('Add Acme', { accounts: { put: [acme] } });
    await commit('Make Acme Tier 1', { accounts: { put: [{ ...acme, tier: 1 }] } });
    await undo();
    await writeElsewhere(otherTab, { ...acme, tier: 2, notes: 'edited in the other tab' });
    await expect(redo()).rejects.toThrow(
      "Can't redo “Make Acme Tier 1”: 1 account was changed since, in this or another window",
    );
    expect(await readRow('accounts', 'a1')).toMatchObject({
      tier: 2,
      notes: 'edited in the other tab',
    });
    expect(history.snapshot()).toEqual({ undoLabel: 'Add Acme', redoLabel: 'Make Acme Tier 1' });
  });

  it('refuses to undo an import (written by the Worker) once one of its rows was edited', async () => {
    await commit('Add Acme', { accounts: { put: [acme] } });
    const imported = [{ ...acme, tier: 1 as const }, makeAccount({ id: 'a2', name: 'Bolt' })];
    await commitWritten('Import bolt.csv', () => applyWritten({ accounts: { put: imported } }));
    await writeElsewhere(otherTab, { ...imported[1]!, name: 'Bolt GmbH' });
    await expect(undo()).rejects.toThrow(/Can't undo “Import bolt.csv”: 1 account was changed/);
    expect(await countRows('accounts')).toBe(2);

    // Put back as the import left it, the undo goes through, and redo checks rows too.
    await writeElsewhere(otherTab, imported[1]!);
    expect(await undo()).toBe('Import bolt.csv');
    expect(await readAll('accounts')).toEqual([acme]);
    await writeElsewhere(otherTab, makeAccount({ id: 'a2', name: 'Added elsewhere' }));
    await expect(redo()).rejects.toThrow(/Can't redo “Import bolt.csv”: 1 account was changed/);
  });

  it('refuses to undo a restore once the restored table gained a row', async () => {
    await commit('Seed', { accounts: { put: rows } });
    await commit('Restore backup.json', { accounts: { clear: true, put: [acme] } });
    await writeElsewhere(otherTab, makeAccount({ id: 'new', name: 'Added elsewhere' }));
    await expect(undo()).rejects.toThrow(/Can't undo “Restore backup.json”: 1 account was changed/);
    expect(await accountIds()).toEqual(['a1', 'new']);
    await writeElsewhere(otherTab, [], ['new']);
    expect(await undo()).toBe('Restore backup.json');
    expect(await countRows('accounts')).toBe(4);
  });
});
