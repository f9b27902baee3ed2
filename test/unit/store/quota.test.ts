// A full disk (or browser quota) during a write says so, with what was being written and
// that nothing changed, instead of Dexie's "accounts.bulkPut(): 218 of 500 operations
// failed… AbortError"; and the transaction leaves the store exactly as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { resetDb, db } from '../../../renderer/src/store/db';
import { commit, history, undo } from '../../../renderer/src/store/changes';
import {
  isQuotaError,
  StoreWriteError,
  translateWriteError,
} from '../../../renderer/src/store/storeErrors';
import { writeImport } from '../../../renderer/src/features/accounts/import/importWrite';
import type { WriteEvent } from '../../../renderer/src/features/accounts/import/importProtocol';
import type { ImportBatch } from '../../../shared/domain/types';
import { makeAccount } from '../workspace/fixtures';
import { fillDisk } from './diskFull';
import { countRows, readAll } from '../../../renderer/src/store/reads';

beforeEach(() => {
  resetDb(`test-${Math.random()}`);
  history.clear();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const many = (n: number, prefix = 'a') =>
  Array.from({ length: n }, (_, i) => makeAccount({ id: `${prefix}${i}`, name: `Co ${i}` }));
const batch: ImportBatch = {
  id: 'b1',
  kind: 'accounts',
  files: ['big.csv'],
  at: '2027-01-01T00:00:00.000Z',
  counts: { new: 1000, updated: 0, merged: 0, rejected: 0 },
};
const n = (x: number) => x.toLocaleString();

describe('recognizing a full disk', () => {
  it('in every shape Dexie reports it', () => {
    const bulk = new Dexie.BulkError('accounts.bulkPut(): 218 of 500 operations failed', {
      0: quota(),
      1: new Dexie.AbortError('aborted'),
    });
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaError(bulk)).toBe(true);
    expect(isQuotaError(new Error('x', { cause: quota() }))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('key exists'))).toBe(false);
    expect(isQuotaError('disk full')).toBe(false);
  });

  it('turns it into a message naming the action; other errors pass through', () => {
    const onlyAborts = new Dexie.BulkError('accounts.bulkPut(): 500 of 500 operations failed', {
      0: new Dexie.AbortError('aborted'),
    });
    // The requests only say "aborted"; the transaction's own error names the quota.
    const translated = translateWriteError(onlyAborts, 'import 100,000 accounts', quota());
    expect(translated).toBeInstanceOf(StoreWriteError);
    expect((translated as Error).message).toMatch(
      /^Not enough disk space to import 100,000 accounts; nothing was changed\./,
    );
    const other = new Dexie.ConstraintError('key exists');
    expect(translateWriteError(other, 'import 1 account')).toBe(other);
  });
});

describe('a full disk during a write', () => {
  it('a commit says so and writes nothing, recording no undo step', async () => {
    await commit('Seed', { accounts: { put: many(10, 's') } });
    // Accounts are stored a page's field to a record: room for one record, not dozens.
    const free = await fillDisk('accountColumns', 1);
    await expect(
      commit(`Bulk edit ${n(1200)} accounts`, { accounts: { put: many(1200) } }),
    ).rejects.toThrow(
      `Not enough disk space to bulk edit ${n(1200)} accounts; nothing was changed.`,
    );
    free();
    expect(await countRows('accounts')).toBe(10);
    expect(history.snapshot().undoLabel).toBe('Seed');
  });

  it('an undo says so and keeps the step', async () => {
    await commit('Seed', { accounts: { put: many(3) } });
    await commit('Make them Tier 1', {
      accounts: { put: many(3).map((a) => ({ ...a, tier: 1 as const })) },
    });
    const free = await fillDisk('accountColumns', 0);
    await expect(undo()).rejects.toThrow(
      'Not enough disk space to undo “Make them Tier 1”; nothing was changed.',
    );
    free();
    expect(await (await readAll('accounts')).filter((a) => a.tier === 1).length).toBe(3);
    expect(history.snapshot().undoLabel).toBe('Make them Tier 1');
  });

  it("the import Worker's write says so, and no account, batch or mapping is stored", async () => {
    const free = await fillDisk('accountColumns', 1);
    const posted: WriteEvent[] = [];
    const mappings = [{ signature: 'sig', mapping: {}, savedAt: batch.at }];
    const writing = writeImport(many(1000), batch, mappings, [], {
      signal: new AbortController().signal,
      emit: (m) => posted.push(m),
    });
    await expect(writing).rejects.toThrow(
      `Not enough disk space to import ${n(1000)} accounts; nothing was changed.`,
    );
    free();
    expect(await countRows('accounts')).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
    expect(await db.columnMappings.count()).toBe(0);
    expect(posted.filter((m) => m.type === 'replaced' || m.type === 'written')).toEqual([]);
  });
});
