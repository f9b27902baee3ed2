// The import Worker's write step: progress while it writes, Cancel aborts the transaction
// with nothing written, and what it reports back (the rows it replaced and the fingerprints
// of the rows it wrote) makes an undo step that refuses to undo over a later edit.
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDb, db, WorkbenchDb } from '../../../renderer/src/store/db';
import { commit, commitWritten, history, undo } from '../../../renderer/src/store/changes';
import type { WrittenElsewhere } from '../../../renderer/src/store/history';
import {
  writeAndReport,
  writeImport,
} from '../../../renderer/src/features/accounts/import/importWrite';
import { WrittenCollector } from '../../../renderer/src/features/accounts/import/writtenCollector';
import type { WriteEvent } from '../../../renderer/src/features/accounts/import/importProtocol';
import type { ImportBatch } from '../../../shared/domain/types';
import { makeAccount } from '../workspace/fixtures';
import { countRows } from '../../../renderer/src/store/reads';
import { printMap, rowPrint } from '../../../renderer/src/store/rowPrint';
import { writeElsewhere, readElsewhere, accountIds } from '../store/accountsElsewhere';

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

/** What the window's import session collects from the Worker's messages (its collector). */
function collect(posted: WriteEvent[]): WrittenElsewhere {
  const collector = new WrittenCollector();
  for (const m of posted) collector.take(m);
  return collector.undoStep();
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
    expect(await accountIds()).toEqual(['keep']);
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
    expect(await countRows('accounts')).toBe(3000);

    const written = collect(posted);
    // The accounts' undo is a patch: the 3,000 ids it added, no rows sent back.
    expect(written.accounts?.added.ids).toHaveLength(3000);
    expect(written.before.accounts).toBeUndefined();
    expect(written.prints.accounts).toBeUndefined();
    await commitWritten('Import big.csv', () => Promise.resolve(written));

    // Another tab edits one imported account: undo refuses, then goes through once put back.
    const otherTab = new WorkbenchDb(name);
    const edited = { ...(await readElsewhere(otherTab, 'n7'))!, tier: 1 as const };
    await writeElsewhere(otherTab, edited);
    await expect(undo()).rejects.toThrow(/Can't undo “Import big.csv”: 1 account was changed/);
    await writeElsewhere(otherTab, { ...edited, tier: 2 });
    expect(await undo()).toBe('Import big.csv');
    expect(await countRows('accounts')).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
  });

  it("undoes a plain table's rows by the prints the Worker sent, refusing over a later edit", async () => {
    const people = Array.from({ length: 12_000 }, (_, i) => ({
      id: `c${i}`,
      email: `p${i}@x.example`,
    }));
    const posted: WriteEvent[] = [];
    await writeAndReport(
      { contacts: { put: people } },
      { signal: new AbortController().signal, emit: (m) => posted.push(m), action: 'import' },
    );
    const written = collect(posted);
    // The prints stay the lists they came in (several messages), not a Map built at once.
    expect(written.prints.contacts).not.toBeInstanceOf(Map);
    await commitWritten('Import contacts', () => Promise.resolve(written));
    const otherTab = new WorkbenchDb(name);
    await otherTab.table('contacts').put({ id: 'c11999', email: 'changed@x.example' });
    await expect(undo()).rejects.toThrow(/Can't undo “Import contacts”/);
    await otherTab.table('contacts').put(people[11_999]);
    expect(await undo()).toBe('Import contacts');
    expect(await countRows('contacts')).toBe(0);
  });

  it('sends each chunk of prints as one JSON text and one Float64Array, deleted keys as null', async () => {
    await commit('Seed', { contacts: { put: [{ id: 'gone', email: 'g@x.example' }] } });
    const people = Array.from({ length: 10_001 }, (_, i) => ({ id: `c${i}`, email: `p${i}@x` }));
    const posted: WriteEvent[] = [];
    await writeAndReport(
      { contacts: { put: people, delete: ['gone'] } },
      { signal: new AbortController().signal, emit: (m) => posted.push(m), action: 'import' },
    );
    const lists = collect(posted).prints.contacts;
    if (!lists || lists instanceof Map) throw new Error('the prints are not the lists sent');
    expect(lists.keys).toHaveLength(2);
    expect(lists.keys.every((k) => typeof k === 'string')).toBe(true);
    expect(lists.prints.every((p) => p instanceof Float64Array)).toBe(true);
    const map = printMap(lists);
    expect(map.size).toBe(10_002);
    expect(map.get('gone')).toBeNull();
    for (const person of [people[0]!, people[9_999]!, people[10_000]!])
      expect(map.get(person.id)).toBe(rowPrint(person));
  });
});
