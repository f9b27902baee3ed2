/**
 * The store's change log (shared/merge/changeLog.ts): every write appends, inside its own
 * transaction, one entry with what it changed and one stamp from this installation's clock,
 * so a crash never leaves a write without its stamp or a stamp without its write. Reading the
 * log folds it into the workspace's sync section (Share writes it, Merge reads it).
 *
 * The clock is kept in syncMeta and read and advanced inside each writing transaction, so
 * the window and the import Worker (each with its own thread) share one clock: IndexedDB runs
 * their transactions one after the other.
 *
 * The log is compacted — replaced by one snapshot entry that folds to the same stamps,
 * tombstones and version vector (shared/merge/logSnapshot.ts) — after every Share (the
 * backup's read) and, inside the write that makes it longer, once it holds more than
 * COMPACT_AFTER_ENTRIES entries; so it grows with the rows and fields stamped, not with
 * the number of writes.
 */
import type { Transaction } from 'dexie';
import { createHlc, maxStamp, ZERO_STAMP, type Stamp } from '../../../shared/merge/hlc';
import {
  compactChangeLog,
  foldChangeLog,
  isEmptyEdit,
  type ChangeLogEntry,
  type StampsEntry,
  type TableEdit,
} from '../../../shared/merge/changeLog';
import type { WorkspaceSync } from '../../../shared/merge/syncState';
import { db, TABLE_NAMES } from './db';
import { readEveryTable, storedTablesOf } from './reads';
import type { StampedWorkspace } from '../../../shared/merge/mergeWorkspaces';

export const SYNC_LOG_TABLE = 'syncLog';
export const SYNC_META_TABLE = 'syncMeta';
export const SYNC_TABLES = [SYNC_LOG_TABLE, SYNC_META_TABLE] as const;

const CLOCK_KEY = 'clock';

export interface SyncClockRow {
  key: typeof CLOCK_KEY;
  installationId: string;
  /** The newest stamp this installation has made or taken in. */
  last: Stamp;
}

export type StoredLogEntry = ChangeLogEntry & { seq?: number };

function newInstallationId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  const raw = c?.randomUUID ? c.randomUUID() : `${Date.now()}${Math.random()}`;
  return raw
    .replace(/[^0-9a-z]/gi, '')
    .slice(0, 12)
    .toLowerCase();
}

/** For tests: a fixed clock instead of the wall clock. */
let wallClock: () => number = () => Date.now();
export function setSyncClockForTests(now: (() => number) | null): void {
  wallClock = now ?? (() => Date.now());
}

async function clockRow(tx: Transaction): Promise<SyncClockRow> {
  const row = (await tx.table(SYNC_META_TABLE).get(CLOCK_KEY)) as SyncClockRow | undefined;
  return row ?? { key: CLOCK_KEY, installationId: newInstallationId(), last: ZERO_STAMP };
}

/**
 * Appends the write's entry: its edits under a new stamp, or stamps taken from elsewhere (a
 * merge, a restore). Call inside the write's transaction, with SYNC_TABLES in its scope.
 */
export async function recordChange(
  tx: Transaction,
  change: { edits: Record<string, TableEdit> } | { stamps: StampsEntry },
): Promise<void> {
  if ('edits' in change && isEmptyEdit(change.edits)) return;
  const clock = await clockRow(tx);
  let entry: ChangeLogEntry;
  let last: Stamp;
  if ('edits' in change) {
    const stamp = createHlc(clock.installationId, wallClock, clock.last).tick();
    entry = { kind: 'edit', stamp, tables: change.edits };
    last = stamp;
  } else {
    entry = change.stamps;
    last = clock.last;
    for (const s of Object.values(entry.versionVector)) last = maxStamp(last, s);
  }
  // Handed to IndexedDB together (it runs them in order): no wait between them.
  const [, , entries] = await Promise.all([
    tx.table(SYNC_LOG_TABLE).add(entry),
    tx.table(SYNC_META_TABLE).put({ ...clock, last } satisfies SyncClockRow),
    tx.table(SYNC_LOG_TABLE).count(),
  ]);
  if (entries > compactAfter) await compactIn(tx);
}

/** Entries the log may hold before a write compacts it (the entries, not their size). */
export const COMPACT_AFTER_ENTRIES = 200;
let compactAfter = COMPACT_AFTER_ENTRIES;
/** For tests: compact after `entries` entries (null: the default). */
export function setCompactAfterForTests(entries: number | null): void {
  compactAfter = entries ?? COMPACT_AFTER_ENTRIES;
}

/**
 * Replaces the log with one snapshot entry, inside `tx` (SYNC_LOG_TABLE in its scope). The
 * entry's number is a new one, as after any write: a merge previewed before it is refused
 * as stale, never applied to a log it did not read.
 */
async function compactIn(tx: Transaction): Promise<void> {
  const log = tx.table(SYNC_LOG_TABLE);
  const entries = (await log.toArray()) as StoredLogEntry[];
  if (entries.length <= 1) return;
  const snapshot = compactChangeLog(entries);
  await log.clear();
  await log.add(snapshot);
}

/** Compacts the change log in one transaction of its own (after a Share). */
export function compactSyncLog(): Promise<void> {
  return db.transaction(
    'rw',
    SYNC_TABLES.map((t) => db.table(t)),
    (tx) => compactIn(tx),
  );
}

/** This installation's id and clock (the id is made on the first write). */
export function readSyncClock(): Promise<SyncClockRow> {
  return db.transaction('rw', db.table(SYNC_META_TABLE), async (tx) => {
    const row = await clockRow(tx);
    await tx.table(SYNC_META_TABLE).put(row);
    return row;
  });
}

/** The workspace's stamps, tombstones and version vector, as the log says now. */
export async function readSync(): Promise<WorkspaceSync> {
  return db.transaction(
    'r',
    SYNC_TABLES.map((t) => db.table(t)),
    async (tx) => {
      const clock = (await tx.table(SYNC_META_TABLE).get(CLOCK_KEY)) as SyncClockRow | undefined;
      const entries = (await tx.table(SYNC_LOG_TABLE).toArray()) as StoredLogEntry[];
      return foldChangeLog(clock?.installationId ?? null, entries);
    },
  );
}

/** A reset entry for the whole workspace: a restore's file, the sample (nothing: all zero). */
export function resetStamps(sync: WorkspaceSync | null): StampsEntry {
  return {
    kind: 'stamps',
    reset: true,
    stamps: sync?.stamps ?? {},
    tombstones: sync?.tombstones ?? {},
    versionVector: sync?.versionVector ?? {},
  };
}

/** The change log's newest entry's number (null: none yet): a later write has a greater one. */
export async function lastLogSeq(): Promise<number | null> {
  const key = (await db.table(SYNC_LOG_TABLE).toCollection().lastKey()) as number | undefined;
  return key ?? null;
}

/**
 * The workspace with its stamps (what Share writes and Merge merges into), at one moment, and
 * the log's newest entry then. `mark` is told when the tables are read and when the log is
 * folded (the merge preview reports its phases).
 */
export function readStampedWorkspaceAt(mark?: (phase: 'read' | 'fold') => void): Promise<{
  workspace: StampedWorkspace;
  seq: number | null;
}> {
  const tables = [...TABLE_NAMES.flatMap(storedTablesOf), ...SYNC_TABLES];
  return db.transaction(
    'r',
    tables.map((t) => db.table(t)),
    async () => {
      const data = await readEveryTable();
      mark?.('read');
      const sync = await readSync();
      mark?.('fold');
      return { workspace: { data, sync }, seq: await lastLogSeq() };
    },
  );
}

export async function readStampedWorkspace(): Promise<StampedWorkspace> {
  return (await readStampedWorkspaceAt()).workspace;
}
