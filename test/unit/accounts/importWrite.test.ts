// The import Worker's write step: progress while it writes, Cancel aborts the transaction
// with nothing written, and what it reports back (the rows it replaced and the fingerprints
// of the rows it wrote) makes an undo step that refuses to undo over a later edit.
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDb, db, WorkbenchDb } from '../../../renderer/src/store/db';
import { commit, commitWritten, history, undo } from '../../../renderer/src/store/changes';
import type { ChangeSet } from '../../../renderer/src/store/history';
import type { RowPrints } from '../../../renderer/src/store/rowPrint';
import { writeImport } from '../../../renderer/src/features/accounts/import/importWrite';
import type { WriteEvent } from '../../../renderer/src/features/accounts/import/importProtocol';
import type { ImportBatch } from '../../../shared/domain/types';
import { makeAccount } from '../workspace/fixtures';

let name = '';
beforeEach(() => {
  name = `test-${Math.random()}`;
  resetDb(name);
  history.clear();
});

const batch: ImportBatch = {
  id: 'b1',
  kind: 'accounts',
  files: ['big.csv'],
  at: '2027-01-01T00:00:00.000Z',
  counts: { new: 3000, updated: 0, merged: 0, rejected: 0 },
};
const mappings = [{ signature: 'sig', mapping: {}, savedAt: batch.at }];
const rows = (count: number) =>
  Array.from({ length: count }, (_, i) => makeAccount({ id: `n${i}`, name: `Co ${i}` }));

/** What the window's import session collects from the Worker's messages. */
function collect(posted: WriteEvent[]): { before: ChangeSet; prints: RowPrints } {
  const before: ChangeSet = {};
  const prints: RowPrints = {};
  for (const m of posted) {
    if (m.type === 'replaced') {
      const c = (before[m.table] ??= {});
      if (m.put) (c.put ??= []).push(...m.put);
      if (m.delete) (c.delete ??= []).push(...m.delete);
    }
    if (m.type === 'written') {
      const map = (prints[m.table] ??= new Map());
      m.keys.forEach((k, i) => map.set(k, m.prints[i] ?? null));
    }
  }
  return { before, prints };
}

describe("the import's write step", () => {
  it('Cancel while writing aborts the transaction: nothing is written', async () => {
    await commit('Seed', { accounts: { put: [makeAccount({ id: 'keep' })] } });
    const cancel = new AbortController();
    const posted: WriteEvent[] = [];
    const writing = writeImport(rows(3000), batch, mappings, [], {
      signal: cancel.signal,
      emit: (m) => {
        posted.push(m);
        // The user presses Cancel once the first chunk is written.
        if (m.type === 'progress') cancel.abort();
      },
    });
    await expect(writing).rejects.toMatchObject({ reason: 'cancelled' });
    expect(posted.filter((m) => m.type === 'progress')).toHaveLength(1);
    expect(await db.accounts.toCollection().primaryKeys()).toEqual(['keep']);
    expect(await db.importBatches.count()).toBe(0);
    expect(await db.columnMappings.count()).toBe(0);
  });

  it('reports progress up to every row, then what it replaced and what it wrote', async () => {
    const posted: WriteEvent[] = [];
    await writeImport(rows(3000), batch, mappings, [], {
      signal: new AbortController().signal,
      emit: (m) => posted.push(m),
    });
    const fractions = posted.flatMap((m) => (m.type === 'progress' ? [m.fraction] : []));
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(await db.accounts.count()).toBe(3000);

    const { before, prints } = collect(posted);
    expect(before.accounts?.delete).toHaveLength(3000);
    expect(prints.accounts?.size).toBe(3000);
    await commitWritten('Import big.csv', () => Promise.resolve({ before, prints }));

    // Another tab edits one imported account: undo refuses, then goes through once put back.
    const otherTab = new WorkbenchDb(name);
    const edited = { ...(await otherTab.accounts.get('n7'))!, tier: 1 as const };
    await otherTab.accounts.put(edited);
    await expect(undo()).rejects.toThrow(/Can't undo “Import big.csv”: 1 account was changed/);
    await otherTab.accounts.put({ ...edited, tier: 2 });
    expect(await undo()).toBe('Import big.csv');
    expect(await db.accounts.count()).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
  });
});
