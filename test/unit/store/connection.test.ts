// The store's connection: another connection upgrading or deleting the database closes ours
// for good (writes are refused with a message to reload, instead of Dexie silently
// reopening), and an open that waits on an older connection says so until it can go on.
import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { resetDb, db } from '../../../renderer/src/store/db';
import { commit, history, undo } from '../../../renderer/src/store/changes';
import { SCHEMA_VERSIONS } from '../../../renderer/src/store/schema';
import {
  onStoreStatus,
  storeStatus,
  type StoreStatus,
} from '../../../renderer/src/store/storeStatus';
import { makeAccount } from '../workspace/fixtures';
import { countRows } from '../../../renderer/src/store/reads';

let name = '';
beforeEach(() => {
  name = `test-${Math.random()}`;
  resetDb(name);
  history.clear();
});

const latest = SCHEMA_VERSIONS.at(-1)!;
const allStores = Object.assign({}, ...SCHEMA_VERSIONS.map((v) => v.stores)) as Record<
  string,
  string
>;

describe('versionchange and blocked', () => {
  it('a newer version opened elsewhere closes this connection and writes are refused', async () => {
    await commit('Add Acme', { accounts: { put: [makeAccount({ id: 'a1' })] } });
    const seen: StoreStatus[] = [];
    const stop = onStoreStatus((s) => seen.push(s));

    const newer = new Dexie(name);
    newer.version(latest.version + 1).stores({ ...allStores, notes: 'id' });
    // Opens at once: this connection closed instead of blocking the upgrade.
    await newer.open();
    stop();

    expect(storeStatus()).toEqual({ kind: 'closed', reason: 'upgraded' });
    expect(seen).toEqual([{ kind: 'closed', reason: 'upgraded' }]);
    expect(db.isOpen()).toBe(false);
    await expect(
      commit('Add Bolt', { accounts: { put: [makeAccount({ id: 'a2' })] } }),
    ).rejects.toThrow(/reload it to keep working\. Nothing was changed\./);
    await expect(undo()).rejects.toThrow(/reload it/);
    // Nothing reopened the old schema over the new one, and nothing was written.
    const ids = (await newer.table('accountColumns').toArray()) as { key: string }[];
    expect(ids.filter((c) => c.key.endsWith('/id'))).toHaveLength(1);
    expect(newer.verno).toBe(latest.version + 1);
    newer.close();
  });

  it('deleting the store elsewhere closes this connection instead of recreating it empty', async () => {
    await commit('Add Acme', { accounts: { put: [makeAccount({ id: 'a1' })] } });
    await Dexie.delete(name);
    expect(storeStatus()).toEqual({ kind: 'closed', reason: 'deleted' });
    await expect(
      commit('Add Bolt', { accounts: { put: [makeAccount({ id: 'a2' })] } }),
    ).rejects.toThrow(/reload/);
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('an upgrade blocked by an older connection says so, then goes on once it closes', async () => {
    // An old tab holding schema version 1 (Dexie stores version × 10) that ignores requests
    // to close; opened through the same IndexedDB factory Dexie uses.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = Dexie.dependencies.indexedDB.open(name, 10);
      req.onupgradeneeded = () => {
        for (const [table, spec] of Object.entries(SCHEMA_VERSIONS[0]!.stores)) {
          req.result.createObjectStore(table, { keyPath: spec!.split(',')[0]!.trim() });
        }
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    old.onversionchange = () => undefined;
    resetDb(name);

    const writing = commit('Add Acme', { accounts: { put: [makeAccount({ id: 'a1' })] } });
    await expect.poll(() => storeStatus().kind).toBe('blocked');
    old.close();
    await writing;
    await expect.poll(() => storeStatus().kind).toBe('ok');
    expect(await countRows('accounts')).toBe(1);
  });
});
