// An import Worker's write (another connection, with its own working copy) recorded by
// commitWritten: the undo step is recorded without reading the written rows back first,
// and the rows it added are found before any later undo, redo or write of this window —
// so undo removes exactly them, redo puts them back, and a writer that came in between
// makes undo refuse rather than guess.
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDb, WorkbenchDb } from '../../../renderer/src/store/db';
import { commit, commitWritten, history, redo, undo } from '../../../renderer/src/store/changes';
import { accountCopy, META_TABLE } from '../../../renderer/src/store/accountPages';
import { storedRevision } from '../../../renderer/src/store/accountSync';
import { emptyPatch } from '../../../renderer/src/store/accountPatch';
import type { WrittenElsewhere } from '../../../renderer/src/store/history';
import { makeAccount } from '../workspace/fixtures';
import { writeElsewhere, readElsewhere, accountIds } from './accountsElsewhere';

let name = '';
beforeEach(() => {
  name = `test-${Math.random()}`;
  resetDb(name);
  history.clear();
});

const rows = (count: number) =>
  Array.from({ length: count }, (_, i) => makeAccount({ id: `n${String(i).padStart(5, '0')}` }));

/** What the Worker's write reports for adding `added` (its own copy, its own connection). */
async function workerWrite(worker: WorkbenchDb, added: ReturnType<typeof rows>) {
  await writeElsewhere(worker, added);
  const patch = emptyPatch();
  patch.added.ids = added.map((a) => a.id);
  patch.added.rows = null;
  const rev = await storedRevision(worker.table(META_TABLE));
  return { before: {}, prints: {}, accounts: patch, rev } satisfies WrittenElsewhere;
}

describe('recording a write made elsewhere', () => {
  it('records the step before reading the rows back; undo and redo take exactly them', async () => {
    await commit('Seed', { accounts: { put: [makeAccount({ id: 'a-seed' })] } });
    const worker = new WorkbenchDb(name);
    const added = rows(1200);
    let rev: string | null = null;
    await commitWritten('Import big.csv', async () => {
      const written = await workerWrite(worker, added);
      rev = written.rev;
      return written;
    });
    // Recorded, and the window's copy not yet read at what the Worker left.
    expect(history.snapshot().undoLabel).toBe('Import big.csv');
    expect(accountCopy.rev).not.toBe(rev);

    expect(await undo()).toBe('Import big.csv');
    expect(await accountIds()).toEqual(['a-seed']);
    expect(await redo()).toBe('Import big.csv');
    expect(await accountIds()).toEqual(['a-seed', ...added.map((a) => a.id)]);
    expect(await undo()).toBe('Import big.csv');
    expect(await accountIds()).toEqual(['a-seed']);
  });

  it('refuses the undo when another writer wrote before the added rows were read', async () => {
    await commit('Seed', { accounts: { put: [makeAccount({ id: 'a-seed' })] } });
    const worker = new WorkbenchDb(name);
    const other = new WorkbenchDb(name);
    await commitWritten('Import big.csv', async () => {
      const written = await workerWrite(worker, rows(600));
      const row = await readElsewhere(other, 'n00007');
      await writeElsewhere(other, { ...row!, tier: 1 });
      return written;
    });
    await expect(undo()).rejects.toThrow(/Can't undo “Import big.csv”/);
    expect((await accountIds()).length).toBe(601);
  });
});
