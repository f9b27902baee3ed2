/**
 * Applying a change set to the store: one IndexedDB transaction, all or nothing, returning
 * what it replaced (what undoes it): the rows of the plain tables, and the accounts' patch
 * (accountPatch.ts; accounts live in pages, accountPages.ts). Used by commit()/undo()/redo()
 * on the main thread and by the import Worker, which writes an import's rows where they
 * already are instead of sending 100,000 of them to the window first.
 * An undo or redo says what the rows must be now (`expect` for the plain tables: what its
 * step left; the patch itself for the accounts); the rows are compared as they are read,
 * inside the same transaction as the write, so no other tab can change them in between, and
 * any difference refuses the whole write (StaleRowsError).
 */
import Dexie, { type Transaction } from 'dexie';
import { db, TABLE_NAMES, type TableName } from './db';
import type { ChangeSet, TableChange, WrittenElsewhere } from './history';
import { printMap, rowPrint, sameRow, type PrintMaps, type RowPrints } from './rowPrint';
import { StaleRowsError, StoreWriteError, translateWriteError } from './storeErrors';
import { patchSize, type AccountPatch } from './accountPatch';
import { accountCopy } from './accountPages';
import {
  ACCOUNT_TABLES,
  applyEarly,
  applyToCopy,
  forgetCopy,
  showCopy,
  writeAccountPages,
  type AccountStepWork,
  type AccountWork,
} from './accountWrite';
import { fieldEditSize } from './accountFieldEdit';
import type { StampsEntry } from '../../../shared/merge/changeLog';
import { recordChange, SYNC_TABLES } from './syncLog';
import { accountEdit, plainEdit } from './changeEdits';

export interface ApplyOptions {
  /** What the rows this write replaces must be now: the rows themselves, or fingerprints. */
  expect?: { rows: ChangeSet } | { prints: RowPrints };
  /** Aborting it aborts the transaction: nothing is written. */
  signal?: AbortSignal;
  /** Rows written so far, of all the rows this write puts or deletes. */
  onProgress?: (done: number, total: number) => void;
  /** What the write does, for messages: "Not enough disk space to <action>". */
  action?: string;
  /**
   * Called with each chunk of rows just after it is handed to IndexedDB and before it is
   * stored: work done here (fingerprinting them) overlaps the database's own.
   */
  whileWriting?: (table: TableName, rows: unknown[]) => void;
  /**
   * An undo or redo (the accounts' patch to apply `way`, checked first) or a field edit,
   * in place of the change set's accounts.
   */
  accounts?: AccountStepWork;
  /**
   * The stamps to record for this write instead of a new stamp of its own: a merge's rows
   * keep the stamps the merge gave them, a restore takes its file's (syncLog.ts).
   */
  stamps?: StampsEntry;
}

/** What a write replaced (the plain tables' rows) and did to the accounts. */
export interface Applied {
  before: ChangeSet;
  accounts: AccountPatch | null;
}

/** The tables stored one record per row; the accounts are stored in pages. */
const PLAIN_TABLES = TABLE_NAMES.filter((t) => t !== 'accounts');

export function keyOf(table: TableName, row: unknown): string {
  if (table === 'accounts') return keyOfRow(row, 'accounts', 'id');
  const keyPath = db.table(table).schema.primKey.keyPath as string;
  return keyOfRow(row, table, keyPath);
}

function keyOfRow(row: unknown, table: TableName, keyPath: string): string {
  const key = Dexie.getByKeyPath(row as object, keyPath) as unknown;
  if (typeof key !== 'string' || key === '') {
    throw new Error(`A ${table} row has no "${keyPath}" to store it under.`);
  }
  return key;
}

function hasWork(c: TableChange | undefined): boolean {
  return !!c && (c.clear === true || (c.put?.length ?? 0) > 0 || (c.delete?.length ?? 0) > 0);
}

function tablesOf(changes: ChangeSet): TableName[] {
  return PLAIN_TABLES.filter((t) => hasWork(changes[t]));
}

/**
 * Rows are written in chunks inside the one transaction: each chunk is a short task, so a
 * 100,000-row commit never blocks the UI thread for long, and it is still all or nothing.
 */
const CHUNK = 500;
/**
 * Motions are big rows (audience lists of accounts, per-account days): 500 of them written or
 * read at once was a main-thread task of ~150 ms at 100,000 accounts (the planner's accept).
 */
const CHUNK_OF: Partial<Record<TableName, number>> = { motions: 100 };
/** Chunks of one table's puts handed to IndexedDB before the oldest must have finished. */
const PUTS_IN_FLIGHT = 4;
/**
 * Motions one chunk at a time: IndexedDB clones the chunks put in one go in one task (4 × 100
 * motions were ~90 ms when the planner's proposal was accepted at 100,000 accounts).
 */
const PUTS_IN_FLIGHT_OF: Partial<Record<TableName, number>> = { motions: 1 };
function chunks<T>(items: readonly T[], table?: TableName): T[][] {
  const size = (table && CHUNK_OF[table]) ?? CHUNK;
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * One table's expectation: each key's row (or print), or null where no row must be. `exact`
 * when the step replaced the whole table, so any other row there is a change too.
 */
interface Expectation {
  byKey: Map<string, unknown>;
  prints: boolean;
  exact: boolean;
}

function expectationFor(table: TableName, expect: ApplyOptions['expect']): Expectation | null {
  if (!expect) return null;
  if ('prints' in expect) {
    const prints = expect.prints[table];
    return prints ? { byKey: printMap(prints), prints: true, exact: false } : null;
  }
  const change = expect.rows[table];
  if (!hasWork(change) || !change) return null;
  const byKey = new Map<string, unknown>();
  for (const key of change.delete ?? []) byKey.set(key, null);
  for (const row of change.put ?? []) byKey.set(keyOf(table, row), row);
  return { byKey, prints: false, exact: change.clear === true };
}

/** Counts the rows that differ from what was expected, as they are read. */
class Checker {
  private seen = new Set<string>();
  changed = 0;
  constructor(readonly expected: Expectation) {}

  check(key: string, current: unknown): void {
    const { byKey, prints } = this.expected;
    if (!byKey.has(key)) {
      if (this.expected.exact && current !== undefined) this.changed++;
      return;
    }
    this.seen.add(key);
    const want = byKey.get(key);
    const same =
      want === null
        ? current === undefined
        : current !== undefined && (prints ? rowPrint(current) === want : sameRow(current, want));
    if (!same) this.changed++;
  }

  unseen(): string[] {
    return [...this.expected.byKey.keys()].filter((k) => !this.seen.has(k));
  }
}

/**
 * The rows `keys` replace (to put back on undo) and the keys that are new (to delete on undo),
 * each passed to `check` as it is read. Reading a key that is not there costs IndexedDB
 * nearly as much as reading a row, so a large write (an import of 100,000 new accounts)
 * first lists the table's keys, a keys-only read, and reads only the rows that exist.
 */
async function previousRows(
  table: Dexie.Table,
  keys: string[],
  check: (key: string, row: unknown) => void,
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
    for (const k of keys) {
      if (stored.has(k)) continue;
      remove.push(k);
      check(k, undefined);
    }
  }
  for (const part of chunks(wanted, table.name as TableName)) {
    const rows = await table.bulkGet(part);
    rows.forEach((row, i) => {
      const key = part[i] as string;
      check(key, row);
      if (row === undefined) remove.push(key);
      else restore.push(row);
    });
  }
  return { restore, remove };
}

function countRows(changes: ChangeSet, tables: TableName[]): number {
  let n = 0;
  for (const t of tables) n += (changes[t]?.put?.length ?? 0) + (changes[t]?.delete?.length ?? 0);
  return n;
}

function accountWorkOf(changes: ChangeSet, options: ApplyOptions): AccountWork | null {
  if (options.accounts) return options.accounts;
  const change = changes.accounts;
  return change && hasWork(change) ? { change } : null;
}

/** Applies a change set in one transaction and returns what it replaced. */
export async function applyChanges(
  changes: ChangeSet,
  options: ApplyOptions = {},
): Promise<Applied> {
  const tables = tablesOf(changes);
  const accountWork = accountWorkOf(changes, options);
  if (tables.length === 0 && !accountWork && !options.stamps) return { before: {}, accounts: null };
  const { signal, onProgress } = options;
  const expectations = new Map<TableName, Expectation>();
  for (const t of PLAIN_TABLES) {
    const e = expectationFor(t, options.expect);
    if (e) expectations.set(t, e);
  }
  const scope: string[] = PLAIN_TABLES.filter((t) => tables.includes(t) || expectations.has(t));
  if (accountWork) scope.push(...ACCOUNT_TABLES);
  scope.push(...SYNC_TABLES);
  const total = countRows(changes, tables) + accountRowCount(accountWork);
  const before: ChangeSet = {};
  let accounts: AccountPatch | null = null;
  // Filled in inside the transaction; read after it failed, for the error it recorded.
  const opened: { tx?: Transaction } = {};
  const cancelled = () =>
    new StoreWriteError('The write was cancelled; nothing was changed.', 'cancelled');
  if (signal?.aborted) throw cancelled();
  let copyChanged = false;
  try {
    // An undo, redo or field edit is shown (painted) before its transaction opens.
    const early = options.accounts ? await applyEarly(options.accounts) : null;
    copyChanged = early !== null;
    if (signal?.aborted) throw cancelled();
    await db.transaction(
      'rw',
      scope.map((t) => db.table(t)),
      async (tx) => {
        opened.tx = tx;
        const abort = () => {
          try {
            tx.abort();
          } catch {
            // Already finishing: the check after each chunk, or the commit, settles it.
          }
        };
        signal?.addEventListener('abort', abort, { once: true });
        try {
          const stale: Partial<Record<TableName, number>> = {};
          let applied: Awaited<ReturnType<typeof applyToCopy>> | null = null;
          if (accountWork) {
            accountCopy.writing = true;
            applied = await applyToCopy(tx, accountWork, early);
            if (applied.stale > 0) stale.accounts = applied.stale;
            copyChanged ||= applied.patch !== null;
          }
          await readAndCheck(changes, tables, expectations, before, stale);
          let done = 0;
          const step = (n: number) => {
            if (signal?.aborted) throw cancelled();
            done += n;
            onProgress?.(done, total);
          };
          if (applied?.patch) {
            accounts = applied.patch;
            const rows = accountRowCount(accountWork);
            const written = writeAccountPages(tx, (share) => step(Math.round(share * rows)));
            // Shown at once, however large (optimistic): the grid takes the copy after the
            // next frame while the pages are written; a failure below rolls it back.
            showCopy();
            await written;
          }
          for (const t of tables) {
            const table = db.table(t);
            const change = changes[t] ?? {};
            if (change.clear) await table.clear();
            for (const part of chunks(change.delete ?? [])) {
              await table.bulkDelete(part);
              step(part.length);
            }
            // A few chunks in flight: IndexedDB always has the next one queued instead of
            // idling for a round trip between chunks (500,000 imported people are 1,000
            // chunks), while each task still clones one chunk (no long task on the window).
            const inFlight: Promise<void>[] = [];
            try {
              for (const part of chunks(change.put ?? [], t)) {
                const stored = table.bulkPut(part).then(() => step(part.length));
                // Settled (awaited) below; this keeps an early failure from being reported
                // as unhandled before then.
                stored.catch(() => undefined);
                inFlight.push(stored);
                options.whileWriting?.(t, part);
                if (inFlight.length >= (PUTS_IN_FLIGHT_OF[t] ?? PUTS_IN_FLIGHT))
                  await inFlight.shift();
              }
            } finally {
              await Promise.all(inFlight);
            }
          }
          // The write's stamps, in its own transaction: both are stored or neither.
          const edits: Record<string, ReturnType<typeof plainEdit>> = {};
          if (!options.stamps) {
            for (const t of tables)
              edits[t] = plainEdit(t, changes[t], before[t], (row) => keyOf(t, row));
            if (applied?.patch) {
              const way = accountWork && 'way' in accountWork ? accountWork.way : 'forward';
              edits.accounts = accountEdit(applied.patch, way);
            }
          }
          await recordChange(tx, options.stamps ? { stamps: options.stamps } : { edits });
        } finally {
          signal?.removeEventListener('abort', abort);
        }
      },
    );
  } catch (e) {
    if (copyChanged) forgetCopy();
    if (signal?.aborted) throw cancelled();
    if (e instanceof StaleRowsError) throw e;
    let txError: unknown;
    try {
      txError = opened.tx?.idbtrans.error;
    } catch {
      txError = undefined; // some engines throw reading `error` of an unfinished transaction
    }
    throw translateWriteError(e, options.action ?? 'save this change', txError);
  } finally {
    accountCopy.writing = false;
  }
  return { before, accounts };
}

function accountRowCount(work: AccountWork | null): number {
  if (!work) return 0;
  if ('change' in work) return (work.change.put?.length ?? 0) + (work.change.delete?.length ?? 0);
  if ('edit' in work) return fieldEditSize(work.edit);
  return patchSize(work.patch);
}

/**
 * Applies a change set made outside the window's history (the import Worker's) and returns
 * what it replaced, the fingerprints of the plain rows it wrote, and the accounts' patch
 * (without the added rows: the window reads them back from the revision it names).
 */
export async function applyWritten(
  changes: ChangeSet,
  options: ApplyOptions = {},
): Promise<WrittenElsewhere<PrintMaps>> {
  const prints: PrintMaps = {};
  const { before, accounts } = await applyChanges(changes, {
    ...options,
    whileWriting: (table, rows) => {
      const map = (prints[table] ??= new Map());
      for (const row of rows) map.set(keyOf(table, row), rowPrint(row));
    },
  });
  for (const [t, change] of Object.entries(changes)) {
    if (t === 'accounts' || !change?.delete?.length) continue;
    const map = (prints[t as TableName] ??= new Map());
    // A key both deleted and put ends up put (deletes run first).
    for (const key of change.delete) if (!map.has(key)) map.set(key, null);
  }
  const patch = accounts as AccountPatch | null;
  if (patch) patch.added.rows = null;
  return { before, prints, accounts: patch, rev: accounts ? accountCopy.rev : null };
}

/**
 * First half of the transaction: reads the rows the write replaces (its undo) and checks
 * them, and any other expected row, against the expectation; throws when any differ.
 */
async function readAndCheck(
  changes: ChangeSet,
  tables: TableName[],
  expectations: Map<TableName, Expectation>,
  before: ChangeSet,
  stale: Partial<Record<TableName, number>>,
): Promise<void> {
  for (const t of PLAIN_TABLES) {
    const expected = expectations.get(t);
    const checker = expected ? new Checker(expected) : null;
    const check = (key: string, row: unknown) => checker?.check(key, row);
    const table = db.table(t);
    const change = changes[t];
    if (tables.includes(t) && change) {
      if (change.clear || expected?.exact) {
        // Undo of a clear puts every old row back after clearing what replaced them.
        const all = await table.toArray();
        if (change.clear) before[t] = { clear: true, put: all };
        for (const row of all) check(keyOf(t, row), row);
      }
      if (!change.clear) {
        const puts = change.put ?? [];
        const keys = [...new Set([...(change.delete ?? []), ...puts.map((r) => keyOf(t, r))])];
        const seen = expected?.exact ? () => undefined : check;
        const { restore, remove } = await previousRows(table, keys, seen);
        before[t] = { put: restore, delete: remove };
      }
    } else if (expected?.exact) {
      for (const row of await table.toArray()) check(keyOf(t, row), row);
    }
    if (checker) {
      for (const part of chunks(checker.unseen())) {
        const rows = await table.bulkGet(part);
        rows.forEach((row, i) => checker.check(part[i] as string, row));
      }
      if (checker.changed > 0) stale[t] = checker.changed;
    }
  }
  if (Object.keys(stale).length > 0) throw new StaleRowsError(stale);
}
