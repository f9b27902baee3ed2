/**
 * A compacted change log (changeLog.ts): one entry that holds what folding the whole log
 * says — per row its base stamp and the latest stamp of each field written since, per
 * deleted row its tombstone, and the version vector — and nothing of the history in between
 * (which edit wrote a field before the latest one never matters to a merge). The store
 * replaces its log with this entry after Share and when the log grows long (syncLog.ts).
 *
 * Stored in columns: each distinct stamp once, rows and fields as lists of keys with the
 * index of their stamp, so 100,000 rows written by one import are a list of ids and a list
 * of zeros, not 100,000 stamp records.
 */
import type { Stamp } from './hlc';
import { dict, type RowStamps, type WorkspaceSync } from './syncState';

/** Keys, and for each the index of its stamp in the snapshot's `stamps`. */
export interface KeyedStamps {
  keys: string[];
  at: number[];
}

export interface TableSnapshot {
  base: KeyedStamps;
  /** Field → the rows (of `base`) with a stamp of their own for that field. */
  fields: Record<string, KeyedStamps>;
  tombstones: KeyedStamps;
}

export interface SnapshotEntry {
  kind: 'snapshot';
  /** Every stamp the snapshot refers to, once each. */
  stamps: Stamp[];
  tables: Record<string, TableSnapshot>;
  versionVector: Record<string, Stamp>;
}

const noKeys = (): KeyedStamps => ({ keys: [], at: [] });

/** The snapshot of a folded log. */
export function snapshotOf(sync: WorkspaceSync): SnapshotEntry {
  const stamps: Stamp[] = [];
  const index = new Map<Stamp, number>();
  const indexOf = (s: Stamp) => {
    let i = index.get(s);
    if (i === undefined) {
      i = stamps.length;
      index.set(s, i);
      stamps.push(s);
    }
    return i;
  };
  const tables: Record<string, TableSnapshot> = dict(undefined);
  const tableOf = (table: string) =>
    (tables[table] ??= { base: noKeys(), fields: dict(undefined), tombstones: noKeys() });
  for (const [table, rows] of Object.entries(sync.stamps)) {
    const t = tableOf(table);
    for (const [key, rs] of Object.entries(rows)) {
      t.base.keys.push(key);
      t.base.at.push(indexOf(rs.base));
      for (const [field, stamp] of Object.entries(rs.fields ?? {})) {
        const f = (t.fields[field] ??= noKeys());
        f.keys.push(key);
        f.at.push(indexOf(stamp));
      }
    }
  }
  for (const [table, rows] of Object.entries(sync.tombstones)) {
    const t = tableOf(table);
    for (const [key, stamp] of Object.entries(rows)) {
      t.tombstones.keys.push(key);
      t.tombstones.at.push(indexOf(stamp));
    }
  }
  return { kind: 'snapshot', stamps, tables, versionVector: { ...sync.versionVector } };
}

/** Replaces `sync`'s stamps, tombstones and vector with the snapshot's (as folding from it). */
export function restoreSnapshot(sync: WorkspaceSync, entry: SnapshotEntry): void {
  const { stamps } = entry;
  const stampAt = (i: number) => stamps[i] as Stamp;
  sync.stamps = dict(undefined);
  sync.tombstones = dict(undefined);
  sync.versionVector = dict(entry.versionVector);
  for (const [table, t] of Object.entries(entry.tables)) {
    const rows: Record<string, RowStamps> = dict(undefined);
    for (let i = 0; i < t.base.keys.length; i++) {
      rows[t.base.keys[i] as string] = { base: stampAt(t.base.at[i] as number) };
    }
    for (const [field, f] of Object.entries(t.fields)) {
      for (let i = 0; i < f.keys.length; i++) {
        const row = rows[f.keys[i] as string];
        if (row) (row.fields ??= dict(undefined))[field] = stampAt(f.at[i] as number);
      }
    }
    const tombs: Record<string, Stamp> = dict(undefined);
    for (let i = 0; i < t.tombstones.keys.length; i++) {
      tombs[t.tombstones.keys[i] as string] = stampAt(t.tombstones.at[i] as number);
    }
    sync.stamps[table] = rows;
    sync.tombstones[table] = tombs;
  }
}
