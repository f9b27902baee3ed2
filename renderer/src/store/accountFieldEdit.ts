/**
 * A field edit: the fields a bulk edit sets on the rows it names, column by column (the bulk
 * edit bar's tier, owner, status, team, tags and updatedAt). The store builds the step's
 * patch straight from it, reading only the named fields of the named rows, instead of
 * diffing 100,000 whole rows handed in (and the caller builds no row copies to hand in).
 */
import type { Account } from '../../../shared/domain/types';
import {
  emptyPatch,
  sameField,
  type AccountPatch,
  type AccountRows,
  type FieldChange,
} from './accountPatch';

/** One field's new values: the same `value` for every row, or `values[i]` for `ids[i]`. */
export type FieldValues =
  { field: string; value: unknown } | { field: string; values: readonly unknown[] };

export interface AccountFieldEdit {
  ids: readonly string[];
  /** undefined as a value removes the field from the row. */
  fields: readonly FieldValues[];
}

/** How many row values the edit sets, for progress. */
export function fieldEditSize(edit: AccountFieldEdit): number {
  return edit.ids.length * edit.fields.length;
}

/**
 * Applies the edit to `rows` and returns its patch: for each field, the rows whose value it
 * changed, with their old and new values (what undo puts back). One pass over the named
 * rows, each looked up once and copied once (a changed row is a new object, so a reader
 * holding the old list keeps what it read); a field that changes nothing on a row leaves
 * it out. Ids with no row (removed since the selection was made) are left out: a field
 * edit never brings a row back.
 */
export function applyFieldEdit(rows: AccountRows, edit: AccountFieldEdit): AccountPatch {
  const { ids, fields } = edit;
  const seen = new Set<string>();
  for (const f of fields) {
    if (f.field === 'id') throw new Error('A field edit cannot change an account’s id.');
    if (seen.has(f.field)) throw new Error(`The field edit sets ${f.field} twice.`);
    seen.add(f.field);
    if ('values' in f && f.values.length !== ids.length)
      throw new Error(
        `The field edit of ${f.field} has ${f.values.length} values for ${ids.length} rows.`,
      );
  }
  const names = fields.map((f) => f.field);
  const changes: FieldChange[] = names.map((field) => ({ field, ids: [], old: [], new: [] }));
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const row = rows.get(id) as unknown as Record<string, unknown> | undefined;
    if (!row) continue;
    let copy: Record<string, unknown> | null = null;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as FieldValues;
      const name = field.field;
      const was = row[name];
      const now = 'values' in field ? field.values[i] : field.value;
      if (was === now || sameField(was, now)) continue;
      copy ??= { ...row };
      if (now === undefined) delete copy[name];
      else copy[name] = now;
      const change = changes[f] as FieldChange;
      change.ids.push(id);
      change.old.push(was);
      change.new.push(now);
    }
    if (copy) rows.set(copy as unknown as Account, names);
  }
  const patch = emptyPatch();
  patch.fields = shareIds(changes.filter((c) => c.ids.length > 0));
  return patch;
}

/**
 * Fields that changed on the same rows share one id list (a bulk edit's field and its
 * updatedAt): the undo history holds it once, the sync log's entry serializes it once
 * (structured clone keeps shared references), and applyPatch sees at once that it may go
 * row by row. The lists are never changed after the write.
 */
function shareIds(changes: FieldChange[]): FieldChange[] {
  const first = changes[0]?.ids;
  if (!first) return changes;
  for (const c of changes) {
    if (c.ids === first || c.ids.length !== first.length) continue;
    let same = true;
    for (let i = 0; i < first.length && same; i++) same = c.ids[i] === first[i];
    if (same) c.ids = first;
  }
  return changes;
}
