/**
 * What a write does to the accounts, as a patch: the rows it added, the rows it removed
 * (whole, so undo can put them back), and for rows that stayed, each changed field's old
 * and new value, column by column (one id list per field). A bulk edit of one field on
 * 100,000 rows is 100,000 ids and values, not 200,000 whole rows, so ten of them fit in the
 * undo history. The same patch is applied forward (the write, its redo) and back (its undo),
 * each first checked against the rows as they are now (staleRows): a row changed since,
 * in a way the patch did not leave it, refuses the whole step.
 */
import type { Account } from '../../../shared/domain/types';
import { rowPrint, sameRow } from './rowPrint';
import type { TableChange } from './history';
import { patchedRows } from './accountFieldApply';

/** One field's changes: ids[i] went from old[i] to new[i] (undefined: the field is absent). */
export interface FieldChange {
  field: string;
  ids: string[];
  old: unknown[];
  new: unknown[];
}

export interface AccountPatch {
  /**
   * Rows the write added. `rows` is null for a write made elsewhere (the import Worker) until
   * its undo reads them back; until then `prints` says what undo must find.
   */
  added: { ids: string[]; rows: Account[] | null; prints: number[] | null };
  /** Rows the write removed, whole. */
  removed: Account[];
  fields: FieldChange[];
  /** The write replaced the whole table: the row counts before and after, checked exactly. */
  exact?: { before: number; after: number };
}

/** The rows a patch is checked against and applied to (the store's working copy). */
export interface AccountRows {
  get(id: string): Account | undefined;
  readonly size: number;
  ids(): Iterable<string>;
  /** `fields`, when given, are the only fields that changed. */
  set(row: Account, fields?: readonly string[]): void;
  /** set() of many rows, each of which changed in `fields` only. */
  setMany(rows: readonly Account[], fields: readonly string[]): void;
  add(row: Account): void;
  remove(id: string): void;
}

export function emptyPatch(): AccountPatch {
  return { added: { ids: [], rows: [], prints: null }, removed: [], fields: [] };
}

export function isEmptyPatch(p: AccountPatch): boolean {
  return p.added.ids.length === 0 && p.removed.length === 0 && p.fields.length === 0;
}

/** How many row values the patch holds, for the history's memory budget. */
export function patchSize(p: AccountPatch): number {
  let n = p.added.ids.length + p.removed.length;
  for (const f of p.fields) n += f.ids.length;
  return n;
}

/**
 * Whether two stored values are equal, whatever the order of their keys. Walked, not
 * serialized: a diff of 100,000 rows compares half a million tag lists and CRM records.
 */
export function sameField(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameField(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    n++;
    if (!sameField(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) n--;
  return n === 0;
}

function keyOfAccount(row: unknown): string {
  const id = (row as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || id === '')
    throw new Error('A accounts row has no "id" to store it under.');
  return id;
}

/**
 * The patch that turns `rows` into what the change set asks: deletes first, then puts (a key
 * both deleted and put ends up put), and `clear` removes every row the puts do not keep.
 * A put equal to the stored row changes nothing and is left out.
 */
export function diffChange(rows: AccountRows, change: TableChange): AccountPatch {
  const patch = emptyPatch();
  const puts = new Map<string, Account>();
  for (const row of change.put ?? []) puts.set(keyOfAccount(row), row as Account);
  const gone = new Set<string>(change.clear ? rows.ids() : []);
  for (const id of change.delete ?? []) gone.add(id);
  for (const id of gone) {
    const stored = rows.get(id);
    if (stored && !puts.has(id)) patch.removed.push(stored);
  }
  const byField = new Map<string, FieldChange>();
  const addedRows: Account[] = [];
  for (const [id, next] of puts) {
    const stored = rows.get(id);
    if (!stored) {
      patch.added.ids.push(id);
      addedRows.push(next);
      continue;
    }
    if (stored === next) continue;
    // Plain loops, no closure per row: a bulk edit walks 100,000 rows of ~45 fields here.
    const a = stored as unknown as Record<string, unknown>;
    const b = next as unknown as Record<string, unknown>;
    for (const field in b) {
      const was = a[field];
      const now = b[field];
      if (was !== now && !sameField(was, now)) recordField(byField, field, id, was, now);
    }
    for (const field in a) {
      if (!(field in b) && a[field] !== undefined)
        recordField(byField, field, id, a[field], undefined);
    }
  }
  patch.added.rows = addedRows;
  patch.fields = [...byField.values()];
  if (change.clear) patch.exact = { before: rows.size, after: puts.size };
  return patch;
}

function recordField(
  byField: Map<string, FieldChange>,
  field: string,
  id: string,
  old: unknown,
  next: unknown,
): void {
  let f = byField.get(field);
  if (!f) byField.set(field, (f = { field, ids: [], old: [], new: [] }));
  f.ids.push(id);
  f.old.push(old);
  f.new.push(next);
}

export type Way = 'forward' | 'back';

/** The rows the patch adds or removes (and the table's size) not as it expects, into `stale`. */
function staleWholeRows(
  rows: AccountRows,
  patch: AccountPatch,
  way: Way,
  stale: Set<string>,
): void {
  const { added } = patch;
  added.ids.forEach((id, i) => {
    const now = rows.get(id);
    if (way === 'forward') {
      if (now) stale.add(id);
      return;
    }
    const left = added.rows?.[i];
    const same =
      now !== undefined &&
      (left !== undefined
        ? now === left || sameRow(now, left)
        : rowPrint(now) === added.prints?.[i]);
    if (!same) stale.add(id);
  });
  for (const row of patch.removed) {
    const now = rows.get(row.id);
    if (way === 'back' ? now : !now || (now !== row && !sameRow(now, row))) stale.add(row.id);
  }
  if (patch.exact) {
    const size = way === 'forward' ? patch.exact.before : patch.exact.after;
    if (rows.size !== size) stale.add('\u0000table');
  }
}

/** The rows whose fields are not as the patch expects, field by field, into `stale`. */
function staleFields(rows: AccountRows, patch: AccountPatch, way: Way, stale: Set<string>): void {
  for (const f of patch.fields) {
    const want = way === 'forward' ? f.old : f.new;
    const { ids, field } = f;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as string;
      const now = rows.get(id) as unknown as Record<string, unknown> | undefined;
      if (!now || !sameField(now[field], want[i])) stale.add(id);
    }
  }
}

/** How many rows are not as the patch expects before it is applied `way`. */
export function staleRows(rows: AccountRows, patch: AccountPatch, way: Way): number {
  const stale = new Set<string>();
  staleWholeRows(rows, patch, way, stale);
  staleFields(rows, patch, way, stale);
  return stale.size;
}

/**
 * Checks the patch against the rows and, when every row is as it expects, applies it `way`
 * (an undo, a redo): returns how many rows were not (then nothing is applied). The field
 * changes are checked and their rows built in the same walk (accountFieldApply.ts).
 */
export function checkAndApply(rows: AccountRows, patch: AccountPatch, way: Way): number {
  const stale = new Set<string>();
  staleWholeRows(rows, patch, way, stale);
  const patched = patchedRows(rows, patch.fields, way, stale);
  if (!patched) staleFields(rows, patch, way, stale);
  if (stale.size > 0) return stale.size;
  applyPatch(rows, patch, way, patched);
  return 0;
}

function setField(row: Record<string, unknown>, field: string, value: unknown): void {
  if (value === undefined) delete row[field];
  else row[field] = value;
}

/**
 * Applies the patch `way` to the rows (checked first by the caller). Changed rows are new
 * objects, so a reader holding the old list keeps what it read. Going back, the rows the
 * patch added are read into it first, so its redo has them. `patched`: the field changes'
 * rows already built (checkAndApply).
 */
export function applyPatch(
  rows: AccountRows,
  patch: AccountPatch,
  way: Way,
  patched: Account[] | null = null,
): void {
  const { added } = patch;
  const fields = patch.fields.map((f) => f.field);
  // Built before the adds and removes: the rows a patch changes are never ones it adds or removes.
  const changed = patched ?? patchedRows(rows, patch.fields, way, null);
  if (way === 'back') {
    const taken: Account[] = [];
    for (const id of added.ids) {
      const row = rows.get(id);
      if (row) taken.push(row);
      rows.remove(id);
    }
    added.rows = taken;
    added.prints = null;
    for (const row of patch.removed) rows.add(row);
  } else {
    for (const row of patch.removed) rows.remove(row.id);
    if (!added.rows) throw new Error('The rows this step added are not known; undo it first.');
    for (const row of added.rows) rows.add(row);
  }
  // The store then rewrites only the patch's fields (a row's other fields are as they were).
  if (changed) return rows.setMany(changed, fields);
  // Id lists in different orders: a row is copied the first time a field of it changes and
  // put in the rows at once; its later fields change the copy in place (known by identity).
  const copies = new Set<object>();
  for (const f of patch.fields) {
    const values = way === 'forward' ? f.new : f.old;
    const { ids, field } = f;
    for (let i = 0; i < ids.length; i++) {
      const now = rows.get(ids[i] as string) as unknown as Record<string, unknown> | undefined;
      if (!now) continue;
      if (copies.has(now)) {
        setField(now, field, values[i]);
        continue;
      }
      const copy = { ...now };
      setField(copy, field, values[i]);
      copies.add(copy);
      rows.set(copy as unknown as Account, fields);
    }
  }
}
