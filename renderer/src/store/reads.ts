/**
 * The one way to read the store. Feature files ask for rows by table name and get them typed
 * (RowOf<'motions'> is Motion); only store/ knows Dexie. The accounts (100,000 rows) are
 * stored in pages and read from this thread's working copy (accountPages.ts), which is read
 * again only when another writer wrote since; a read that a write depends on goes through
 * readThenCommit (changes.ts) so no other write slips in between.
 */
import Dexie, { type Table } from 'dexie';
import { db, type TableName, type WorkbenchDb } from './db';
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import type { Account, Settings } from '../../../shared/domain/types';
import { accountCopy, META_TABLE, NO_REVISION } from './accountPages';

export { changedFieldsBetween, changedIdsBetween } from './accountPages';
import { loadPages, pagesInOneRequest, refreshCopy, storedMeta } from './accountSync';
import { COLUMNS_TABLE, ID_FIELD, splitKey, type AccountColumn } from './accountColumns';
import {
  ROW_TABLES,
  type RowTable,
  type WorkspaceData,
} from '../../../shared/workspace/workspaceData';

type PlainTable = Exclude<TableName, 'accounts'>;

/** The row type a table holds: RowOf<'accounts'> is Account. */
export type RowOf<T extends TableName> = T extends PlainTable
  ? WorkbenchDb[T] extends Table<infer R, string>
    ? R
    : never
  : Account;

function tableOf<T extends TableName>(table: T): Table<RowOf<T>, string> {
  return db.table(table) as unknown as Table<RowOf<T>, string>;
}

/** The stored tables a read of `table` looks at. */
export function storedTablesOf(table: TableName): string[] {
  return table === 'accounts' ? [COLUMNS_TABLE, META_TABLE] : [table];
}

/**
 * Every account in primary-key order, as stored now: this thread's copy, read again from
 * the pages when the stored revision is not the one it was read at. The array is shared
 * (the live list): treat it as read-only. `asked` is told once the read has handed its
 * requests to IndexedDB, before they answer: the thread may then do other work (the merge
 * Worker parses the colleague's file) while the database reads.
 */
export async function readFreshAccounts(
  asked: () => void = () => undefined,
): Promise<readonly Account[]> {
  // At start-up the live list, the store-empty check and the conflict counts all ask at
  // once: one of them reads the pages, the others wait for it (outside any transaction,
  // which waiting would let commit), then find the copy fresh.
  const alone = !Dexie.currentTransaction;
  while (alone && reading) await Dexie.waitFor(reading);
  const read = db.transaction('r', [db.table(COLUMNS_TABLE), db.table(META_TABLE)], async () => {
    if (accountCopy.rev === null && !accountCopy.writing && pagesInOneRequest()) {
      // Never read here: every page is read anyway, so they are asked for with the meta row
      // and IndexedDB reads both while this thread goes on (a Worker: readPagesInOneRequest).
      const both = Promise.all([
        storedMeta(db.table(META_TABLE)),
        loadPages(db.table(COLUMNS_TABLE)),
      ]);
      asked();
      const [stored, pages] = await both;
      const rev = stored?.rev ?? NO_REVISION;
      if (accountCopy.rev !== rev) accountCopy.load(pages, rev);
      return accountCopy.list();
    }
    const meta = await storedMeta(db.table(META_TABLE));
    // The live list needs no word of this: its own live query saw the same revision.
    const refreshed = accountCopy.writing
      ? Promise.resolve()
      : refreshCopy(accountCopy, db.table(COLUMNS_TABLE), meta);
    asked();
    await refreshed;
    return accountCopy.list();
  });
  if (!alone) return read;
  const settled = read.then(
    () => undefined,
    () => undefined,
  );
  reading = settled;
  void settled.then(() => {
    if (reading === settled) reading = null;
  });
  return read;
}

/** This thread's read of the accounts in flight outside a transaction, if any. */
let reading: Promise<void> | null = null;

async function accountsNow<T extends TableName>(): Promise<RowOf<T>[]> {
  return (await readFreshAccounts()).slice() as RowOf<T>[];
}

/** Every row of a small table, in one read. */
export function readAll<T extends TableName>(table: T): Promise<RowOf<T>[]> {
  if (table === 'accounts') return accountsNow<T>();
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
  if (table === 'accounts') return accountsNow<T>();
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

/**
 * Every account now, from this thread's copy once it is read (null before), in primary-key
 * order: a list opened again paints its first rows from it at once, without waiting for a
 * read of the store; its live read follows and brings in any write made elsewhere meanwhile.
 */
export function accountCopyNow(): readonly Account[] | null {
  return accountCopy.rev === null ? null : accountCopy.list();
}

/** One row by key; undefined when there is none. */
export async function readRow<T extends TableName>(
  table: T,
  key: string,
): Promise<RowOf<T> | undefined> {
  if (table !== 'accounts') return tableOf(table).get(key);
  await readFreshAccounts();
  return accountCopy.get(key) as RowOf<T> | undefined;
}

/** The rows stored under `keys`, in their order; keys with no row are left out. */
export async function readRows<T extends TableName>(
  table: T,
  keys: readonly string[],
): Promise<RowOf<T>[]> {
  if (table === 'accounts') {
    await readFreshAccounts();
    const rows = keys.map((k) => accountCopy.get(k));
    return rows.filter((row) => row !== undefined) as RowOf<T>[];
  }
  const found = await tableOf(table).bulkGet([...keys]);
  return found.filter((row): row is RowOf<T> => row !== undefined);
}

/** The stored settings with the defaults filled in for anything not stored. */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  // Severities are filled in per rule: settings stored before a rule existed lack its key.
  const severities = { ...DEFAULT_SETTINGS.severities, ...stored?.severities };
  return { ...DEFAULT_SETTINGS, ...stored, severities };
}

/** The workspace settings (one row), with the defaults filled in. */
export async function readSettings(): Promise<Settings> {
  return withDefaults((await readRow('settings', 'settings'))?.value);
}

export async function countRows(table: TableName): Promise<number> {
  if (table !== 'accounts') return tableOf(table).count();
  if (accountCopy.rev !== null) return (await readFreshAccounts()).length;
  return countStoredAccounts();
}

/**
 * The accounts stored, before this thread's copy was ever read (the store-empty check and
 * the conflict counts at start-up): the lengths of the pages' id columns, not every page,
 * so the list's first rows are not held up by a read of 100,000 rows only to count them.
 */
function countStoredAccounts(): Promise<number> {
  return db.transaction('r', [db.table(COLUMNS_TABLE), db.table(META_TABLE)], async () => {
    // Read in the same transaction as the copy's own reads: the meta row is what every
    // write of the pages changes, so a live count is asked again after each.
    const meta = await storedMeta(db.table(META_TABLE));
    if (accountCopy.rev !== null && accountCopy.rev === (meta?.rev ?? NO_REVISION))
      return accountCopy.size;
    const columns = db.table(COLUMNS_TABLE) as Table<AccountColumn, string>;
    const keys = (await columns.toCollection().primaryKeys()) as string[];
    const idKeys = keys.filter((k) => splitKey(k).field === ID_FIELD);
    let n = 0;
    for (const c of await columns.bulkGet(idKeys)) n += c?.values.length ?? 0;
    return n;
  });
}

/**
 * The whole workspace, read in one transaction (one moment). Each table by name, so the typed
 * tables give WorkspaceData without a cast, and a table added to WorkspaceData but not read
 * here fails to compile.
 */
export function readEveryTable(): Promise<WorkspaceData> {
  return db.transaction(
    'r',
    [...ROW_TABLES, 'settings' as const].flatMap(storedTablesOf).map((t) => db.table(t)),
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
      operatingAgreements: await readAll('operatingAgreements'),
      opportunities: await readPaged('opportunities'),
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
    ROW_TABLES.flatMap(storedTablesOf).map((t) => db.table(t)),
    async () => {
      const counts = {} as Record<RowTable, number>;
      for (const t of ROW_TABLES) counts[t] = await countRows(t);
      return counts;
    },
  );
}

/**
 * What the planner reads: the plan's tables and settings, in one transaction (one moment);
 * the contacts too, for person pressure.
 */
export function readPlanTables(): Promise<
  Pick<
    WorkspaceData,
    'accounts' | 'motions' | 'blackouts' | 'conflictAcceptances' | 'settings' | 'contacts'
  >
> {
  const tables = [
    'accounts',
    'motions',
    'blackouts',
    'conflictAcceptances',
    'settings',
    'contacts',
  ] as const;
  return db.transaction(
    'r',
    tables.flatMap((t) => storedTablesOf(t)).map((t) => db.table(t)),
    async () => ({
      accounts: await readAll('accounts'),
      motions: await readAll('motions'),
      blackouts: await readAll('blackouts'),
      conflictAcceptances: await readAll('conflictAcceptances'),
      settings: await readSettings(),
      contacts: await readAll('contacts'),
    }),
  );
}
