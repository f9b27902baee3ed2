/**
 * Merges a colleague's copy of the workspace ("theirs") into this one ("mine"), record by
 * record and field by field, into a preview (what will be added, changed, removed, and the
 * conflicts) that applyMergeDecisions.ts turns into the merged workspace. Pure: nothing is
 * written here.
 *
 * How "changed since the copies diverged" is known. Every field carries the stamp (hlc.ts) of
 * the edit that last wrote it, and every copy carries a version vector: per installation, the
 * newest stamp of that installation it has taken in (its own edits and every merge). Each
 * installation's stamps only grow and a merge takes in a whole copy, so a copy has seen a
 * stamp exactly when the stamp is at or below its vector's entry for the stamp's installation.
 * For one field with stamps m (mine) and t (theirs):
 *   - m = t: the same edit; nothing to do.
 *   - the same value under different stamps: no conflict; the newer stamp is kept, so both
 *     directions of a merge end with the same stamps.
 *   - theirs has seen m and mine has not seen t: they edited after taking in my edit, so
 *     their value is newer: it is taken (a change on their side only).
 *   - mine has seen t and theirs has not seen m: the change is mine only; mine stays.
 *   - neither has seen the other's: both changed the field since they diverged: a conflict
 *     for the user. (Both seen: impossible while stamps are unique; the newer wins.)
 * Rows written before stamps existed carry ZERO_STAMP, which every copy has seen, so a real
 * edit on one side wins without a conflict; equal zero stamps with different values (two
 * copies never merged before) are a conflict.
 *
 * A deletion leaves a tombstone with its stamp. Row on one side, tombstone on the other: if the
 * row's side has seen the deletion, the row was brought back after it (undo) and stays; if
 * the deleting side has seen every stamp of the row, the deletion wins; otherwise the row was
 * edited while the other deleted it, and the user decides.
 */
import type { WorkspaceData } from '../workspace/workspaceData';
import type { Stamp } from './hlc';
import { MERGE_TABLES, rowKey, tableRows, type MergeTable, type Row } from './mergeTables';
import { conflictId, mergeRow, recordLabel } from './mergeRow';
import { dict, hasSeen, rowStamps, type RowStamps, type WorkspaceSync } from './syncState';

export { conflictId, recordLabel } from './mergeRow';

export interface StampedWorkspace {
  data: WorkspaceData;
  sync: WorkspaceSync;
}

export type MergeSide = 'mine' | 'theirs';

/** A field both sides changed since they diverged. */
export interface FieldConflict {
  kind: 'field';
  id: string;
  table: MergeTable;
  key: string;
  field: string;
  mine: unknown;
  theirs: unknown;
  /** A name for the record in messages (its name, quarter or key). */
  label: string;
}

/** One side deleted a record the other edited since they diverged. */
export interface DeletionConflict {
  kind: 'deletion';
  id: string;
  table: MergeTable;
  key: string;
  deletedBy: MergeSide;
  /** The record as the side that kept it has it. */
  row: Row;
  label: string;
}

export type MergeConflict = FieldConflict | DeletionConflict;

/** What a table will get: records added, changed (with their fields), removed, in conflict. */
export interface TablePreview {
  added: string[];
  changed: { key: string; fields: string[] }[];
  removed: string[];
  conflicts: MergeConflict[];
}

/** One record's outcome. `put`: the record as merged so far (conflicted fields still mine). */
export type RowOutcome =
  | {
      kind: 'put';
      key: string;
      row: Row;
      stamps: RowStamps;
      conflicts: FieldConflict[];
      /** No row of mine had this key. */
      added: boolean;
    }
  | { kind: 'delete'; key: string; tombstone: Stamp; hadRow: boolean }
  | {
      kind: 'deletion-conflict';
      key: string;
      conflict: DeletionConflict;
      row: Row;
      stamps: RowStamps;
      tombstone: Stamp;
    }
  | { kind: 'tombstone'; key: string; tombstone: Stamp };

export interface MergePlan {
  mine: StampedWorkspace;
  theirs: StampedWorkspace;
  /** Per table, the records whose outcome differs from mine (others stay as they are). */
  outcomes: Record<MergeTable, RowOutcome[]>;
  preview: Record<MergeTable, TablePreview>;
  conflicts: MergeConflict[];
}

function rowSeenBy(vv: WorkspaceSync['versionVector'], stamps: RowStamps): boolean {
  if (!hasSeen(vv, stamps.base)) return false;
  for (const s of Object.values(stamps.fields ?? {})) if (!hasSeen(vv, s)) return false;
  return true;
}

export function planMerge(mine: StampedWorkspace, theirs: StampedWorkspace): MergePlan {
  const outcomes = {} as Record<MergeTable, RowOutcome[]>;
  const preview = {} as Record<MergeTable, TablePreview>;
  const conflicts: MergeConflict[] = [];
  for (const table of MERGE_TABLES) {
    const out: RowOutcome[] = [];
    const view: TablePreview = { added: [], changed: [], removed: [], conflicts: [] };
    const mineList = tableRows(mine.data, table);
    const theirsList = tableRows(theirs.data, table);
    // Copies of one workspace keep its row order, so a row is first looked for at the same
    // place; the index by key is built only when the orders part.
    let mineIndex: Map<string, Row> | null = null;
    const mineByKey = () => {
      if (!mineIndex) {
        mineIndex = new Map();
        for (const r of mineList) mineIndex.set(rowKey(table, r), r);
      }
      return mineIndex;
    };
    const mineTomb = dict(mine.sync.tombstones[table]);
    const theirsTomb = dict(theirs.sync.tombstones[table]);
    let matched = 0;
    for (let i = 0; i < theirsList.length; i++) {
      const t = theirsList[i] as Row;
      const key = rowKey(table, t);
      const ts = rowStamps(theirs.sync, table, key);
      const aligned = mineList[i];
      const m =
        aligned !== undefined && rowKey(table, aligned) === key ? aligned : mineByKey().get(key);
      if (m) {
        matched++;
        const merged = mergeRow(
          table,
          key,
          m,
          t,
          rowStamps(mine.sync, table, key),
          ts,
          mine.sync,
          theirs.sync,
        );
        if (merged) {
          out.push(merged.outcome);
          if (merged.changed.length > 0) view.changed.push({ key, fields: merged.changed });
          if (merged.outcome.kind === 'put') {
            for (const c of merged.outcome.conflicts) view.conflicts.push(c);
          }
        }
        continue;
      }
      const deleted = Object.hasOwn(mineTomb, key) ? mineTomb[key] : undefined;
      if (deleted === undefined) {
        out.push({ kind: 'put', key, row: t, stamps: ts, conflicts: [], added: true });
        view.added.push(key);
      } else if (hasSeen(theirs.sync.versionVector, deleted)) {
        // They had my deletion and brought the record back since.
        out.push({ kind: 'put', key, row: t, stamps: ts, conflicts: [], added: true });
        view.added.push(key);
      } else if (!rowSeenBy(mine.sync.versionVector, ts)) {
        const conflict: DeletionConflict = {
          kind: 'deletion',
          id: conflictId(table, key),
          table,
          key,
          deletedBy: 'mine',
          row: t,
          label: recordLabel(table, t, key),
        };
        out.push({
          kind: 'deletion-conflict',
          key,
          conflict,
          row: t,
          stamps: ts,
          tombstone: deleted,
        });
        view.conflicts.push(conflict);
      } // else: my deletion came after everything they have of the record; it stays deleted.
    }
    let theirsIndex: Set<string> | null = null;
    const theirsKeySet = () => (theirsIndex ??= new Set(theirsList.map((t) => rowKey(table, t))));
    const theirsKeys = matched < mineList.length ? theirsKeySet() : null;
    for (const m of theirsKeys ? mineList : []) {
      const key = rowKey(table, m);
      if (theirsKeys?.has(key)) continue;
      const deleted = Object.hasOwn(theirsTomb, key) ? theirsTomb[key] : undefined;
      if (deleted === undefined) continue; // theirs never had it: mine stays
      const ms = rowStamps(mine.sync, table, key);
      if (hasSeen(mine.sync.versionVector, deleted)) continue; // I brought it back after
      if (rowSeenBy(theirs.sync.versionVector, ms)) {
        out.push({ kind: 'delete', key, tombstone: deleted, hadRow: true });
        view.removed.push(key);
      } else {
        const conflict: DeletionConflict = {
          kind: 'deletion',
          id: conflictId(table, key),
          table,
          key,
          deletedBy: 'theirs',
          row: m,
          label: recordLabel(table, m, key),
        };
        out.push({
          kind: 'deletion-conflict',
          key,
          conflict,
          row: m,
          stamps: ms,
          tombstone: deleted,
        });
        view.conflicts.push(conflict);
      }
    }
    // Tombstones of records neither copy holds: the newer deletion stamp, so both directions agree.
    for (const [key, stamp] of Object.entries(theirsTomb)) {
      if (mineByKey().has(key) || theirsKeySet().has(key)) continue;
      const own = Object.hasOwn(mineTomb, key) ? mineTomb[key] : undefined;
      if (own === undefined || stamp > own) out.push({ kind: 'tombstone', key, tombstone: stamp });
    }
    outcomes[table] = out;
    preview[table] = view;
    for (const c of view.conflicts) conflicts.push(c);
  }
  return { mine, theirs, outcomes, preview, conflicts };
}
