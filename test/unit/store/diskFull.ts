/**
 * Simulates a full disk in fake-indexeddb: after `room` more records, every put of `table`
 * fails with QuotaExceededError, the way a browser's IndexedDB fails a write it has no space
 * for. Returns a function that frees the disk again.
 */
import { db } from '../../../renderer/src/store/db';

interface RawObjectStore {
  storeRecord: (...args: unknown[]) => unknown;
}
interface FakeBackend {
  _rawDatabase: { rawObjectStores: Map<string, RawObjectStore> };
}

export async function fillDisk(table: string, room: number): Promise<() => void> {
  await db.open();
  const backend = db.backendDB() as unknown as FakeBackend;
  const raw = backend._rawDatabase.rawObjectStores.get(table);
  if (!raw) throw new Error(`no table ${table}`);
  const original = raw.storeRecord;
  let stored = 0;
  raw.storeRecord = function (this: RawObjectStore, ...args: unknown[]) {
    // A rollback puts old records back without a rollback log (its third argument); the
    // space they take is already there, so only new writes fail.
    const rollingBack = args[2] === undefined;
    if (!rollingBack && ++stored > room) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return original.apply(this, args);
  };
  return () => {
    raw.storeRecord = original;
  };
}
