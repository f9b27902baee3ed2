/**
 * Stamps the edits between two versions of a workspace: every field that differs gets a new
 * stamp, a row that appears gets one base stamp, a row that disappears leaves a tombstone.
 * Whatever writes a workspace without the store's hook (the command line's imports and plan,
 * a restore) calls this with the workspace as read and as written, so its edits merge like
 * the app's. All edits of one call share one stamp: they are one change.
 */
import type { WorkspaceData } from '../workspace/workspaceData';
import type { HybridLogicalClock } from './hlc';
import { MERGE_TABLES, keyField, rowKey, sameValue, tableRows, type Row } from './mergeTables';
import {
  dict,
  noteStamp,
  rowStamps,
  tombstone,
  type RowStamps,
  type WorkspaceSync,
} from './syncState';

export interface StampResult {
  sync: WorkspaceSync;
  /** Fields stamped, rows added and rows deleted. */
  counts: { fields: number; added: number; deleted: number };
}

export function stampEdits(
  before: WorkspaceData,
  after: WorkspaceData,
  sync: WorkspaceSync,
  clock: HybridLogicalClock,
): StampResult {
  for (const s of Object.values(sync.versionVector)) clock.receive(s);
  const next: WorkspaceSync = {
    installationId: sync.installationId ?? clock.installationId,
    versionVector: { ...sync.versionVector },
    stamps: dict(sync.stamps),
    tombstones: dict(sync.tombstones),
  };
  let stamp: string | null = null;
  const now = () => (stamp ??= clock.tick());
  const counts = { fields: 0, added: 0, deleted: 0 };
  for (const table of MERGE_TABLES) {
    const old = new Map<string, Row>();
    for (const r of tableRows(before, table)) old.set(rowKey(table, r), r);
    let stamps: Record<string, RowStamps> | null = null;
    let tombs: Record<string, string> | null = null;
    const own = () => (stamps ??= dict(next.stamps[table]));
    const ownTombs = () => (tombs ??= dict(next.tombstones[table]));
    const keyName = keyField(table);
    for (const row of tableRows(after, table)) {
      const key = rowKey(table, row);
      const was = old.get(key);
      old.delete(key);
      if (was === row) continue;
      if (!was) {
        own()[key] = { base: now() };
        if (tombstone(next, table, key) !== undefined) delete ownTombs()[key];
        counts.added++;
        continue;
      }
      let rs: RowStamps | null = null;
      for (const field of new Set([...Object.keys(was), ...Object.keys(row)])) {
        if (field === keyName || sameValue(was[field], row[field])) continue;
        if (!rs) {
          const current = rowStamps(next, table, key);
          rs = { base: current.base, fields: dict(current.fields) };
        }
        (rs.fields ??= dict(undefined))[field] = now();
        counts.fields++;
      }
      if (rs) own()[key] = rs;
    }
    for (const key of old.keys()) {
      delete own()[key];
      ownTombs()[key] = now();
      counts.deleted++;
    }
    if (stamps) next.stamps[table] = stamps;
    if (tombs) next.tombstones[table] = tombs;
  }
  if (stamp !== null) noteStamp(next.versionVector, stamp);
  return { sync: next, counts };
}
