/**
 * What a write changed, key by key and field by field, for its change-log entry (syncLog.ts).
 * Worked out from what applyChanges already has in hand, so it costs what the change costs:
 * for the plain tables the rows it puts against the rows they replace (read anyway for undo),
 * for the accounts the patch itself (its added and removed ids, and one id list per field).
 * The settings are one record whose fields are the settings' own (as a merge sees them).
 */
import type { TableEdit } from '../../../shared/merge/changeLog';
import { sameField, type AccountPatch, type Way } from './accountPatch';
import type { ChangeSet } from './history';
import type { TableName } from './db';

type Row = Record<string, unknown>;

/** The accounts' edit: the patch applied `way` (an undo adds what the write removed). */
export function accountEdit(patch: AccountPatch, way: Way): TableEdit {
  const addedIds = patch.added.ids;
  const removedIds = patch.removed.map((r) => r.id);
  const edit: TableEdit = {};
  const added = way === 'forward' ? addedIds : removedIds;
  const deleted = way === 'forward' ? removedIds : addedIds;
  if (added.length > 0) edit.added = added;
  if (deleted.length > 0) edit.deleted = deleted;
  if (patch.fields.length > 0) {
    const fields: Record<string, string[]> = {};
    // A patch has one list per field; it is stored as it is (never changed after the write).
    for (const f of patch.fields) {
      const known = fields[f.field];
      fields[f.field] = known ? known.concat(f.ids) : f.ids;
    }
    edit.fields = fields;
  }
  return edit;
}

function changedFields(a: Row, b: Row, keyName: string, out: (field: string) => void): void {
  for (const field in b) if (field !== keyName && !sameField(a[field], b[field])) out(field);
  for (const field in a)
    if (field !== keyName && !(field in b) && a[field] !== undefined) out(field);
}

/**
 * A plain table's edit: `change` as asked and `before` as applyChanges read it (the rows the
 * puts and deletes replace, the keys that were new; every old row when it cleared).
 */
export function plainEdit(
  table: TableName,
  change: ChangeSet[TableName],
  before: ChangeSet[TableName],
  keyOf: (row: unknown) => string,
): TableEdit {
  const settings = table === 'settings';
  const keyName = table === 'columnMappings' ? 'signature' : 'id';
  const old = new Map<string, Row>();
  for (const row of before?.put ?? []) old.set(keyOf(row), row as Row);
  const putKeys = new Set<string>();
  const added: string[] = [];
  const deleted: string[] = [];
  const fields: Record<string, string[]> = {};
  for (const row of change?.put ?? []) {
    const key = keyOf(row);
    putKeys.add(key);
    const was = old.get(key);
    if (!was) {
      added.push(key);
      continue;
    }
    // The settings row is { key, value }: a merge compares the value's fields.
    const [a, b] = settings
      ? [(was.value ?? {}) as Row, ((row as Row).value ?? {}) as Row]
      : [was, row as Row];
    changedFields(a, b, settings ? '' : keyName, (field) => (fields[field] ??= []).push(key));
  }
  const gone = change?.clear ? old.keys() : (change?.delete ?? []);
  for (const key of gone) if (!putKeys.has(key) && old.has(key)) deleted.push(key);
  const edit: TableEdit = {};
  if (added.length > 0) edit.added = added;
  if (deleted.length > 0) edit.deleted = deleted;
  if (Object.keys(fields).length > 0) edit.fields = fields;
  return edit;
}
