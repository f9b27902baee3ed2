/**
 * The one way user data is written: commit(label, changes) applies a change set in a single
 * IndexedDB transaction (all or nothing) and records one undo step holding the rows it
 * replaced. undo() and redo() apply those rows back, also in one transaction each.
 */
import Dexie from 'dexie';
import { db, TABLE_NAMES, type TableName } from './db';
import { UndoHistory, type ChangeSet, type HistoryStep } from './history';

export type { ChangeSet, TableChange } from './history';

export const history = new UndoHistory();

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
async function apply(changes: ChangeSet): Promise<ChangeSet> {
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

// Writes run one after another, so an undo never interleaves with a commit still in flight
// (its `before` rows would be stale).
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** Writes the changes as one undoable step named `label` (shown as "Undo <label>"). */
export function commit(label: string, changes: ChangeSet): Promise<void> {
  return serialized(async () => {
    const before = await apply(changes);
    if (Object.keys(before).length === 0) return;
    history.record({ label, before, after: changes });
  });
}

/** Undoes the latest step; returns its label, or null when there is nothing to undo. */
export function undo(): Promise<string | null> {
  return serialized(async () => {
    const step = history.takeUndo();
    if (!step) return null;
    return replay(step, step.before, () => history.restoreUndo(step));
  });
}

export function redo(): Promise<string | null> {
  return serialized(async () => {
    const step = history.takeRedo();
    if (!step) return null;
    return replay(step, step.after, () => history.restoreRedo(step));
  });
}

async function replay(step: HistoryStep, changes: ChangeSet, onFail: () => void): Promise<string> {
  try {
    await apply(changes);
    return step.label;
  } catch (e) {
    onFail();
    throw e;
  }
}
