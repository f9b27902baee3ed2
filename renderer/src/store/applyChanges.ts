/**
 * Applying a change set to the store: one IndexedDB transaction, all or nothing, returning
 * the rows it replaced as a change set (what undoes it). Used by commit()/undo()/redo() on
 * the main thread and by the import Worker, which writes an import's rows where they already
 * are instead of sending 100,000 of them to the window first.
 */
import Dexie from 'dexie';
import { db, TABLE_NAMES, type TableName } from './db';
import type { ChangeSet } from './history';

function keyOf(table: TableName, row: unknown): string {
  const keyPath = db.table(table).schema.primKey.keyPath as string;
  const key = Dexie.getByKeyPath(row as object, keyPath) as unknown;
  if (typeof key !== 'string' || key === '') {
    throw new Error(`A ${table} row has no "${keyPath}" to store it under.`);
  }
  return key;
}

function tablesOf(changes: ChangeSet): TableName[] {
  return TABLE_NAMES.filter((t) => {
    const c = changes[t];
    return !!c && (c.clear === true || (c.put?.length ?? 0) > 0 || (c.delete?.length ?? 0) > 0);
  });
}

/**
 * Rows are written in chunks inside the one transaction: each chunk is a short task, so a
 * 100,000-row commit never blocks the UI thread for long, and it is still all or nothing.
 */
const CHUNK = 500;
function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * The rows `keys` replace (to put back on undo) and the keys that are new (to delete on undo).
 * Reading a key that is not there costs IndexedDB nearly as much as reading a row, so a large
 * write (an import of 100,000 new accounts) first lists the table's keys, a keys-only read,
 * and reads only the rows that exist.
 */
async function previousRows(
  table: Dexie.Table,
  keys: string[],
): Promise<{ restore: unknown[]; remove: string[] }> {
  const restore: unknown[] = [];
  const remove: string[] = [];
  const count = keys.length === 0 ? 0 : await table.count();
  let wanted = keys;
  if (count === 0 || keys.length * 20 >= count) {
    const stored = new Set(
      count === 0 ? [] : ((await table.toCollection().primaryKeys()) as string[]),
    );
    wanted = keys.filter((k) => stored.has(k));
    for (const k of keys) if (!stored.has(k)) remove.push(k);
  }
  for (const part of chunks(wanted)) {
    const rows = await table.bulkGet(part);
    rows.forEach((row, i) =>
      row === undefined ? remove.push(part[i] as string) : restore.push(row),
    );
  }
  return { restore, remove };
}

/** Applies a change set in one transaction and returns the rows it replaced, as a change set. */
export async function applyChanges(changes: ChangeSet): Promise<ChangeSet> {
  const tables = tablesOf(changes);
  if (tables.length === 0) return {};
  const before: ChangeSet = {};
  await db.transaction(
    'rw',
    tables.map((t) => db.table(t)),
    async () => {
      for (const t of tables) {
        const table = db.table(t);
        const change = changes[t] ?? {};
        const puts = change.put ?? [];
        const deletes = change.delete ?? [];
        if (change.clear) {
          // Undo of a clear puts every old row back after clearing what replaced them.
          before[t] = { clear: true, put: await table.toArray() };
          await table.clear();
          for (const part of chunks(puts)) await table.bulkPut(part);
          continue;
        }
        const keys = [...new Set([...deletes, ...puts.map((r) => keyOf(t, r))])];
        const { restore, remove } = await previousRows(table, keys);
        before[t] = { put: restore, delete: remove };
        for (const part of chunks(deletes)) await table.bulkDelete(part);
        for (const part of chunks(puts)) await table.bulkPut(part);
      }
    },
  );
  return before;
}
