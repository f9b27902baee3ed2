/**
 * The store's change log, as plain data: what each write did, in the order written, from
 * which the workspace's stamps (syncState.ts) are folded when it is shared or merged. A write
 * appends one entry whose size follows its change (the keys it added or deleted, and per
 * changed field the keys it changed), never a copy of the rows' stamps, so a bulk edit of
 * one field on 100,000 accounts costs one list of ids, not 100,000 stamp records.
 *
 * Three kinds of entry:
 *   - an edit: one stamp for everything the write changed (one write is one change, as in
 *     stampEdits.ts);
 *   - stamps taken from elsewhere: a merge's rows with the stamps the merge gave them, a
 *     restore's or the sample's whole sync section (`reset`: forget what came before);
 *   - a snapshot (logSnapshot.ts): the whole log folded into one entry when it was
 *     compacted; like a reset, it stands for everything before it.
 */
import type { Stamp } from './hlc';
import {
  dict,
  mergeVectors,
  noteStamp,
  rowStamps,
  type RowStamps,
  type WorkspaceSync,
} from './syncState';
import { restoreSnapshot, snapshotOf, type SnapshotEntry } from './logSnapshot';

/** What one write did to one table. */
export interface TableEdit {
  added?: string[];
  deleted?: string[];
  /** Field → the keys of the rows whose field it changed. */
  fields?: Record<string, string[]>;
}

export interface EditEntry {
  kind: 'edit';
  stamp: Stamp;
  tables: Record<string, TableEdit>;
}

export interface StampsEntry {
  kind: 'stamps';
  /** Start from nothing: the entries before this one no longer say anything. */
  reset?: boolean;
  /** Table → key → the row's stamps (they replace what the row had). */
  stamps: Record<string, Record<string, RowStamps>>;
  /** Table → key → the stamp of the row's deletion. */
  tombstones: Record<string, Record<string, Stamp>>;
  versionVector: Record<string, Stamp>;
}

export type ChangeLogEntry = EditEntry | StampsEntry | SnapshotEntry;

export function isEmptyEdit(tables: Record<string, TableEdit>): boolean {
  for (const edit of Object.values(tables)) {
    if ((edit.added?.length ?? 0) > 0 || (edit.deleted?.length ?? 0) > 0) return false;
    for (const keys of Object.values(edit.fields ?? {})) if (keys.length > 0) return false;
  }
  return true;
}

/** Folds the log, oldest entry first, into the workspace's sync section. */
export function foldChangeLog(
  installationId: string | null,
  entries: Iterable<ChangeLogEntry>,
): WorkspaceSync {
  let sync: WorkspaceSync = {
    installationId,
    versionVector: dict(undefined),
    stamps: dict(undefined),
    tombstones: dict(undefined),
  };
  const owned = new WeakSet<RowStamps>();
  const tableOf = <T>(byTable: Record<string, Record<string, T>>, table: string) =>
    (byTable[table] ??= dict(undefined));
  for (const entry of entries) {
    if (entry.kind === 'snapshot') {
      restoreSnapshot(sync, entry);
      continue;
    }
    if (entry.kind === 'stamps') {
      if (entry.reset) {
        sync = {
          installationId,
          versionVector: dict(undefined),
          stamps: dict(undefined),
          tombstones: dict(undefined),
        };
      }
      sync.versionVector = dict(mergeVectors(sync.versionVector, entry.versionVector));
      for (const [table, rows] of Object.entries(entry.stamps)) {
        const stamps = tableOf(sync.stamps, table);
        const tombs = tableOf(sync.tombstones, table);
        for (const [key, rs] of Object.entries(rows)) {
          stamps[key] = rs;
          delete tombs[key];
        }
      }
      for (const [table, rows] of Object.entries(entry.tombstones)) {
        const stamps = tableOf(sync.stamps, table);
        const tombs = tableOf(sync.tombstones, table);
        for (const [key, stamp] of Object.entries(rows)) {
          tombs[key] = stamp;
          delete stamps[key];
        }
      }
      continue;
    }
    const { stamp } = entry;
    noteStamp(sync.versionVector, stamp);
    for (const [table, edit] of Object.entries(entry.tables)) {
      const stamps = tableOf(sync.stamps, table);
      const tombs = tableOf(sync.tombstones, table);
      for (const key of edit.deleted ?? []) {
        delete stamps[key];
        tombs[key] = stamp;
      }
      for (const key of edit.added ?? []) {
        stamps[key] = { base: stamp };
        delete tombs[key];
      }
      for (const [field, keys] of Object.entries(edit.fields ?? {})) {
        for (const key of keys) {
          let own = stamps[key];
          // A row's stamps may be an earlier entry's object: copied once, then the fold's own.
          if (own === undefined || !owned.has(own)) {
            const current = rowStamps(sync, table, key);
            own = { base: current.base, fields: dict(current.fields) };
            owned.add(own);
            stamps[key] = own;
          }
          (own.fields ??= dict(undefined))[field] = stamp;
        }
      }
    }
  }
  for (const byTable of [sync.stamps, sync.tombstones]) {
    for (const [table, rows] of Object.entries(byTable)) {
      if (Object.keys(rows).length === 0) delete byTable[table];
    }
  }
  return sync;
}

/**
 * The log compacted to one entry that folds to the same stamps, tombstones and version vector:
 * what a merge needs (the latest stamp per row and field, every tombstone) without the
 * history of how each came to be.
 */
export function compactChangeLog(entries: Iterable<ChangeLogEntry>): SnapshotEntry {
  return snapshotOf(foldChangeLog(null, entries));
}
