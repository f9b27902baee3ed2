/**
 * The one way to read the store. Feature files ask for rows by table name and get them typed
 * (RowOf<'motions'> is Motion); only store/ knows Dexie. A large table (accounts, 100,000
 * rows) is read in pages so no single read holds the window; a read that a write depends on
 * goes through readThenCommit (changes.ts) so no other write slips in between.
 */
import Dexie, { type Table } from 'dexie';
import { db, type TableName, type WorkbenchDb } from './db';
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import type { Settings } from '../../../shared/domain/types';
import {
  ROW_TABLES,
  type RowTable,
  type WorkspaceData,
} from '../../../shared/workspace/workspaceData';

/** The row type a table holds: RowOf<'accounts'> is Account. */
export type RowOf<T extends TableName> = WorkbenchDb[T] extends Table<infer R, string> ? R : never;

function tableOf<T extends TableName>(table: T): Table<RowOf<T>, string> {
  return db.table(table) as unknown as Table<RowOf<T>, string>;
}

/** Every row of a small table, in one read. */
export function readAll<T extends TableName>(table: T): Promise<RowOf<T>[]> {
  return tableOf(table).toArray();
}

/** Rows per page of a paged read: each page is decoded in its own short task. */
export const PAGE_SIZE = 2000;

/**
 * Every row of a large table, read in pages by primary key: each page is its own IndexedDB
 * request, so the main thread draws and handles input between them instead of decoding
 * 100,000 rows in one long task.
 */
export async function readPaged<T extends TableName>(
  table: T,
  pageSize = PAGE_SIZE,
): Promise<RowOf<T>[]> {
  const rows = tableOf(table);
  const keyPath = rows.schema.primKey.keyPath as string;
  const all: RowOf<T>[] = [];
  let page = await rows.orderBy(':id').limit(pageSize).toArray();
  while (page.length > 0) {
    for (const row of page) all.push(row);
    if (page.length < pageSize) break;
    const last = Dexie.getByKeyPath(page[page.length - 1] as object, keyPath) as string;
    page = await rows.where(':id').above(last).limit(pageSize).toArray();
  }
  return all;
}

/** The first `limit` rows, e.g. to paint a grid before the whole table has arrived. */
export function readFirst<T extends TableName>(table: T, limit: number): Promise<RowOf<T>[]> {
  return tableOf(table).limit(limit).toArray();
}

/** One row by key; undefined when there is none. */
export function readRow<T extends TableName>(table: T, key: string): Promise<RowOf<T> | undefined> {
  return tableOf(table).get(key);
}

/** The rows stored under `keys`, in their order; keys with no row are left out. */
export async function readRows<T extends TableName>(
  table: T,
  keys: readonly string[],
): Promise<RowOf<T>[]> {
  const found = await tableOf(table).bulkGet([...keys]);
  return found.filter((row): row is RowOf<T> => row !== undefined);
}

/** The stored settings with the defaults filled in for anything not stored. */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** The workspace settings (one row), with the defaults filled in. */
export async function readSettings(): Promise<Settings> {
  return withDefaults((await readRow('settings', 'settings'))?.value);
}

export function countRows(table: TableName): Promise<number> {
  return tableOf(table).count();
}

/**
 * The whole workspace, read in one transaction (one moment). Each table by name, so the typed
 * tables give WorkspaceData without a cast, and a table added to WorkspaceData but not read
 * here fails to compile.
 */
export function readEveryTable(): Promise<WorkspaceData> {
  return db.transaction(
    'r',
    [...ROW_TABLES, 'settings' as const].map((t) => db.table(t)),
    async (): Promise<WorkspaceData> => ({
      accounts: await readAll('accounts'),
      owners: await readAll('owners'),
      contacts: await readAll('contacts'),
      motions: await readAll('motions'),
      blackouts: await readAll('blackouts'),
      icpProfiles: await readAll('icpProfiles'),
      talSnapshots: await readAll('talSnapshots'),
      raciGrids: await readAll('raciGrids'),
      importBatches: await readAll('importBatches'),
      columnMappings: await readAll('columnMappings'),
      savedViews: await readAll('savedViews'),
      exportProfiles: await readAll('exportProfiles'),
      conflictAcceptances: await readAll('conflictAcceptances'),
      settings: await readSettings(),
    }),
  );
}

/** True when no row table holds a row (the settings row does not count). */
export async function isStoreEmpty(): Promise<boolean> {
  for (const t of ROW_TABLES) if ((await countRows(t)) > 0) return false;
  return true;
}

/** How many rows each row table holds now, read in one transaction. */
export function countEveryTable(): Promise<Record<RowTable, number>> {
  return db.transaction(
    'r',
    ROW_TABLES.map((t) => db.table(t)),
    async () => {
      const counts = {} as Record<RowTable, number>;
      for (const t of ROW_TABLES) counts[t] = await countRows(t);
      return counts;
    },
  );
}
