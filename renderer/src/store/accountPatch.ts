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
    const a = stored as unknown as Record<string, unknown>;
    const b = next as unknown as Record<string, unknown>;
    const record = (field: string): void => {
      if (sameField(a[field], b[field])) return;
      let f = byField.get(field);
      if (!f) byField.set(field, (f = { field, ids: [], old: [], new: [] }));
      f.ids.push(id);
      f.old.push(a[field]);
      f.new.push(b[field]);
    };
    for (const field in b) record(field);
    for (const field in a) if (!(field in b)) record(field);
  }
  patch.added.rows = addedRows;
  patch.fields = [...byField.values()];
  if (change.clear) patch.exact = { before: rows.size, after: puts.size };
  return patch;
}

export type Way = 'forward' | 'back';

/** How many rows are not as the patch expects before it is applied `way`. */
export function staleRows(rows: AccountRows, patch: AccountPatch, way: Way): number {
  const stale = new Set<string>();
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
  for (const f of patch.fields) {
    const want = way === 'forward' ? f.old : f.new;
    f.ids.forEach((id, i) => {
      const now = rows.get(id) as unknown as Record<string, unknown> | undefined;
      if (!now || !sameField(now[f.field], want[i])) stale.add(id);
    });
  }
  if (patch.exact) {
    const size = way === 'forward' ? patch.exact.before : patch.exact.after;
    if (rows.size !== size) stale.add('\u0000table');
  }
  return stale.size;
}

function setField(row: Record<string, unknown>, field: string, value: unknown): void {
  if (value === undefined) delete row[field];
  else row[field] = value;
}

/**
 * Applies the patch `way` to the rows (checked first by the caller). Changed rows are new
 * objects, so a reader holding the old list keeps what it read. Going back, the rows the
 * patch added are read into it first, so its redo has them.
 */
export function applyPatch(rows: AccountRows, patch: AccountPatch, way: Way): void {
  const { added } = patch;
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
  const copies = new Map<string, { row: Record<string, unknown>; fields: string[] }>();
  for (const f of patch.fields) {
    const values = way === 'forward' ? f.new : f.old;
    f.ids.forEach((id, i) => {
      let copy = copies.get(id);
      if (!copy) {
        const now = rows.get(id);
        if (!now) return;
        copy = { row: { ...(now as unknown as Record<string, unknown>) }, fields: [] };
        copies.set(id, copy);
      }
      setField(copy.row, f.field, values[i]);
      copy.fields.push(f.field);
    });
  }
  for (const copy of copies.values()) rows.set(copy.row as unknown as Account, copy.fields);
}
