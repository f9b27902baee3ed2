/**
 * How a page of accounts is stored since store version 10: one record per page and field
 * (the accountColumns table), each the field's values for the page's rows in order, with the
 * page's ids as its 'id' column. A write stores only the (page, field) records it changed:
 * a bulk edit of one field on 100,000 accounts rewrites that field's 200 records of 500
 * values, not 100,000 whole rows, and IndexedDB's cost is mostly what it serializes. An
 * absent field is an undefined value; a field absent from every row of a page has no record.
 */
import type { Account } from '../../../shared/domain/types';

export const COLUMNS_TABLE = 'accountColumns';
/** The column holding the page's ids, which says which rows the page has and in what order. */
export const ID_FIELD = 'id';

export interface AccountColumn {
  /** `${page}/${field}`: a page's columns are next to each other in key order. */
  key: string;
  values: unknown[];
  /** On the id column only: the page's fields in the order its rows are built with. */
  fields?: string[];
}

export function columnKey(page: string, field: string): string {
  return `${page}/${field}`;
}

export function splitKey(key: string): { page: string; field: string } {
  const at = key.indexOf('/');
  return { page: key.slice(0, at), field: key.slice(at + 1) };
}

/**
 * The fields the rows hold, in an order that keeps each row's own order where the rows
 * agree (a field one row lacks goes where the rows that have it put it), so the rows are
 * built back with their fields as they were (a backup writes them in that order).
 */
export function fieldsOf(rows: readonly Account[]): string[] {
  const order: string[] = [];
  let at = new Map<string, number>();
  for (const row of rows) {
    let prev = -1;
    for (const f in row) {
      const i = at.get(f);
      if (i !== undefined) {
        if (i > prev) prev = i;
        continue;
      }
      order.splice(prev + 1, 0, f);
      at = new Map(order.map((field, n) => [field, n]));
      prev++;
    }
  }
  if (!at.has(ID_FIELD)) order.unshift(ID_FIELD);
  return order;
}

/** One field of the rows, as stored: null when no row holds it (then it has no record). */
export function columnOf(
  page: string,
  field: string,
  rows: readonly Account[],
): AccountColumn | null {
  // Pushed, not `new Array(n)` filled in: V8 keeps that array "holey" and IndexedDB's
  // serializer then writes it as a sparse array, key by key (~2.5× the time to write, ~1.7×
  // to read back, 18% more bytes, measured with v8.serialize on 500-row columns).
  const values: unknown[] = [];
  let any = false;
  for (let i = 0; i < rows.length; i++) {
    const v = (rows[i] as unknown as Record<string, unknown>)[field];
    values.push(v);
    if (v !== undefined) any = true;
  }
  return any ? { key: columnKey(page, field), values } : null;
}

/** Every column of a page of rows (the upgrade from version 7's whole-row pages). */
export function columnsOfPage(page: string, rows: readonly Account[]): AccountColumn[] {
  const fields = fieldsOf(rows);
  const out: AccountColumn[] = [];
  for (const field of fields) {
    const column = columnOf(page, field, rows);
    if (!column) continue;
    if (field === ID_FIELD) column.fields = fields;
    out.push(column);
  }
  return out;
}

export interface ColumnPage {
  id: string;
  rows: Account[];
  /** The fields that have a record. */
  stored: Set<string>;
}

/** The pages the records (in key order, as a table read returns them) hold. */
export function pagesOfColumns(columns: readonly AccountColumn[]): ColumnPage[] {
  const pages: ColumnPage[] = [];
  let i = 0;
  while (i < columns.length) {
    const { page } = splitKey((columns[i] as AccountColumn).key);
    const byField = new Map<string, AccountColumn>();
    for (; i < columns.length; i++) {
      const c = columns[i] as AccountColumn;
      const at = splitKey(c.key);
      if (at.page !== page) break;
      byField.set(at.field, c);
    }
    pages.push(assemble(page, byField));
  }
  return pages;
}

function assemble(page: string, byField: Map<string, AccountColumn>): ColumnPage {
  const ids = byField.get(ID_FIELD);
  const stored = new Set(byField.keys());
  if (!ids) return { id: page, rows: [], stored };
  const order = [...(ids.fields ?? []).filter((f) => byField.has(f))];
  for (const f of byField.keys()) if (!order.includes(f)) order.push(f);
  // Each row starts as a copy of one object with every field: an object given ~45 fields one
  // by one from {} turns into a slow dictionary in V8, and every later read, sort, compare and
  // copy of 100,000 such rows pays for it; a copy of a fast object stays fast.
  const shape: Record<string, unknown> = {};
  for (const field of order) shape[field] = undefined;
  const fast = { ...shape };
  const n = ids.values.length;
  const rows = new Array<Record<string, unknown>>(n);
  for (let r = 0; r < n; r++) rows[r] = { ...fast };
  const columns = order.map((field) => (byField.get(field) as AccountColumn).values);
  let holes: Set<number> | null = null;
  for (let f = 0; f < order.length; f++) {
    const field = order[f] as string;
    const values = columns[f] as unknown[];
    for (let r = 0; r < n; r++) {
      const v = values[r];
      (rows[r] as Record<string, unknown>)[field] = v;
      if (v === undefined) (holes ??= new Set()).add(r);
    }
  }
  // A row without some field has no such property at all (not one holding undefined).
  for (const r of holes ?? []) {
    const row: Record<string, unknown> = {};
    order.forEach((field, f) => {
      const v = (columns[f] as unknown[])[r];
      if (v !== undefined) row[field] = v;
    });
    rows[r] = { ...row };
  }
  return { id: page, rows: rows as unknown as Account[], stored };
}
