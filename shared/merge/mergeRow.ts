/**
 * One record both copies hold, merged field by field (mergeWorkspaces.ts says how stamps and
 * version vectors decide). Runs for every record of a 100,000-row merge, so a record whose
 * stamps are the same on both sides is passed over, and a field stamped with the base on both
 * sides only has its values compared.
 */
import { maxStamp, type Stamp } from './hlc';
import { keyField, sameValue, type MergeTable, type Row } from './mergeTables';
import { dict, entry, fieldStamp, hasSeen, type RowStamps, type WorkspaceSync } from './syncState';
import type { FieldConflict, MergeSide, RowOutcome } from './mergeWorkspaces';

export function conflictId(table: MergeTable, key: string, field?: string): string {
  return JSON.stringify(field === undefined ? [table, key] : [table, key, field]);
}

export function recordLabel(table: MergeTable, row: Row, key: string): string {
  for (const f of ['name', 'quarter', 'reason']) {
    const v = row[f];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return table === 'settings' ? 'Settings' : key;
}

// Both run for every row of a 100,000-row merge: no copies, no key lists.
function sameStamps(a: RowStamps, b: RowStamps): boolean {
  if (a === b) return true;
  if (a.base !== b.base) return false;
  const fa = a.fields;
  const fb = b.fields;
  if (fa === fb) return true;
  let n = 0;
  if (fa) {
    for (const k in fa) {
      if (fb === undefined || entry(fb, k) !== fa[k]) return false;
      n++;
    }
  }
  if (fb) for (const _ in fb) n--;
  return n === 0;
}

const ZERO_PREFIX = '000000000-0000-';
function hasZero(s: RowStamps): boolean {
  if (s.base.startsWith(ZERO_PREFIX)) return true;
  const fields = s.fields;
  if (fields) for (const k in fields) if ((fields[k] as Stamp).startsWith(ZERO_PREFIX)) return true;
  return false;
}

/** Both copies hold the record: field by field. Returns null when nothing differs from mine. */
export function mergeRow(
  table: MergeTable,
  key: string,
  mine: Row,
  theirs: Row,
  ms: RowStamps,
  ts: RowStamps,
  mineSync: WorkspaceSync,
  theirsSync: WorkspaceSync,
): { outcome: RowOutcome; changed: string[] } | null {
  if (sameStamps(ms, ts) && !hasZero(ms)) return null;
  const keyName = keyField(table);
  // The fields stamped apart from the base on either side (a few at most): every other field
  // has the base's stamp, so with equal bases it only needs its values compared.
  const sameBase = ms.base === ts.base;
  const own: string[] = [];
  if (ms.fields) for (const f in ms.fields) own.push(f);
  if (ts.fields) for (const f in ts.fields) own.push(f);
  const merged: MergedRow = { row: null, newStamps: null, changed: [], conflicts: [] };
  // Mine's fields, then theirs' that mine lacks (the key excepted): the order of the outcome.
  for (const field in mine) {
    if (field !== keyName) mergeField(merged, field, sameBase && !own.includes(field));
  }
  for (const field in theirs) {
    if (field !== keyName && !Object.hasOwn(mine, field)) {
      mergeField(merged, field, sameBase && !own.includes(field));
    }
  }
  const { row, newStamps, changed, conflicts } = merged;
  if (!row && !newStamps && conflicts.length === 0) return null;
  return {
    outcome: {
      kind: 'put',
      key,
      row: row ?? mine,
      stamps: newStamps ? { base: ms.base, fields: newStamps } : ms,
      conflicts,
      added: false,
    },
    changed,
  };

  function mergeField(acc: MergedRow, field: string, baseOnBoth: boolean): void {
    const vm = mine[field];
    const vt = theirs[field];
    if (baseOnBoth) {
      // The same stamp on both sides: the same edit, unless the values differ.
      if (!sameValue(vm, vt)) acc.conflicts.push(fieldConflict(field, vm, vt));
      return;
    }
    const sm = fieldStamp(ms, field);
    const st = fieldStamp(ts, field);
    let take: MergeSide | 'conflict' = 'mine';
    let stamp = sm;
    if (sm === st) {
      if (!sameValue(vm, vt)) take = 'conflict';
    } else if (sameValue(vm, vt)) {
      stamp = maxStamp(sm, st);
    } else {
      const theirsSawMine = hasSeen(theirsSync.versionVector, sm);
      const mineSawTheirs = hasSeen(mineSync.versionVector, st);
      if (theirsSawMine && !mineSawTheirs) take = 'theirs';
      else if (mineSawTheirs && !theirsSawMine) take = 'mine';
      else if (!theirsSawMine && !mineSawTheirs) take = 'conflict';
      else take = st > sm ? 'theirs' : 'mine';
    }
    if (take === 'theirs') {
      // Only the fields whose stamp moves are copied: most of a changed row keeps mine.
      const row = (acc.row ??= { ...mine });
      if (vt === undefined) delete row[field];
      else row[field] = vt;
      stamp = st;
      acc.changed.push(field);
    } else if (take === 'conflict') {
      acc.conflicts.push(fieldConflict(field, vm, vt));
    }
    if (stamp !== sm) (acc.newStamps ??= dict(ms.fields))[field] = stamp;
  }

  function fieldConflict(field: string, vm: unknown, vt: unknown): FieldConflict {
    return {
      kind: 'field',
      id: conflictId(table, key, field),
      table,
      key,
      field,
      mine: vm,
      theirs: vt,
      label: recordLabel(table, theirs, key),
    };
  }
}

interface MergedRow {
  row: Row | null;
  newStamps: Record<string, Stamp> | null;
  changed: string[];
  conflicts: FieldConflict[];
}
