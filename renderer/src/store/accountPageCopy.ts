/**
 * The working copy of the accounts (accountPages.ts): each row, the page it lives in, each
 * page's ids, and per page the fields a write must store (takeDirtyColumns), or brought to
 * what a write elsewhere stored (catchUp).
 */
import type { Account } from '../../../shared/domain/types';
import type { AccountRows } from './accountPatch';
import {
  columnKey,
  columnOf,
  fieldsOf,
  ID_FIELD,
  pagesOfColumns,
  splitKey,
  type AccountColumn,
} from './accountColumns';
import { NO_REVISION, pageId, pageNumber, type AccountPage } from './accountPageMeta';
import { CopyList } from './accountCopyList';
import { PagesLoad } from './accountCopyLoad';

/** Rows per page: small enough that an inline edit rewrites little, large enough that a
 * bulk edit of 100,000 rows is a few hundred records. Measured in test/bench/accounts. */
export const PAGE_ROWS = 500;
let pageRows = PAGE_ROWS;

/** For tests: pages of `rows` rows, so a few dozen accounts span several pages. */
export function setPageRowsForTests(rows: number): void {
  pageRows = rows;
}

const byKey = (a: AccountColumn, b: AccountColumn) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The working copy of the accounts: each row, the page it lives in, and each page's ids. */
export class AccountPageCopy implements AccountRows {
  private rows = new Map<string, Account>();
  private pageOf = new Map<string, string>();
  private members = new Map<string, string[]>();
  /** Per page, the fields to write: 'all' when its rows came or went (a page rewritten). */
  private dirty = new Map<string, Set<string> | 'all'>();
  /** Per page, the fields that have a stored record. */
  private storedFields = new Map<string, Set<string>>();
  private openPage: string | null = null;
  private lastPage = 0;
  /** The list handed out, in primary-key order (list()). */
  private listed = new CopyList();
  /** The storeMeta revision the copy was read at; null before it is read. */
  rev: string | null = null;
  /** Set while a write of this thread changes the copy: a read then takes it as it is. */
  writing = false;

  get size(): number {
    return this.rows.size;
  }

  /**
   * The rows of `ids` when they are the copy's last rows in page order, in that order (what a
   * write elsewhere that added them leaves: added rows go to the end); else null. Compared
   * by position, so 100,000 ids just taken from messages are not each hashed for a lookup.
   */
  lastRows(ids: readonly string[]): Account[] | null {
    const out = new Array<Account>(ids.length);
    let k = ids.length;
    for (let n = this.lastPage; n > 0 && k > 0; n--) {
      const page = pageId(n);
      const members = this.members.get(page) ?? [];
      for (let m = members.length - 1; m >= 0 && k > 0; m--) {
        const id = members[m] as string;
        const row = this.rows.get(id);
        if (!row || this.pageOf.get(id) !== page || id !== ids[k - 1]) return null;
        out[--k] = row;
      }
    }
    return k === 0 ? out : null;
  }

  /** How many stored records (page, field) the copy was read from or has written. */
  recordCount(): number {
    let n = 0;
    for (const fields of this.storedFields.values()) n += fields.size;
    return n;
  }

  get(id: string): Account | undefined {
    return this.rows.get(id);
  }

  ids(): Iterable<string> {
    return this.rows.keys();
  }

  /** Replaces the copy with the stored pages (read at revision `rev`). */
  load(pages: readonly AccountPage[] | PagesLoad, rev: string): void {
    const loaded = pages instanceof PagesLoad ? pages : PagesLoad.of(pages);
    this.rows = loaded.rows;
    this.pageOf = loaded.pageOf;
    this.members = loaded.members;
    this.dirty = new Map();
    this.storedFields = loaded.storedFields;
    this.lastPage = loaded.lastPage;
    this.openPage = null;
    const last = this.members.get(pageId(this.lastPage));
    if (last && last.length < pageRows) this.openPage = pageId(this.lastPage);
    this.listed.reset(loaded.sorted());
    this.rev = rev;
  }

  /** Replaces a row; `fields` (when known) are the only ones that changed. */
  set(row: Account, fields?: readonly string[]): void {
    const page = this.pageOf.get(row.id);
    if (!page) return this.add(row);
    this.rows.set(row.id, row);
    this.markDirty(page, fields);
    this.listed.changed([row], this.rows.size, fields);
  }

  /** set() of many rows that changed in `fields` only: each run of one page marked once. */
  setMany(rows: readonly Account[], fields: readonly string[]): void {
    let marked: string | undefined;
    for (const row of rows) {
      const page = this.pageOf.get(row.id);
      if (!page) {
        this.add(row);
        continue;
      }
      this.rows.set(row.id, row);
      if (page !== marked) this.markDirty((marked = page), fields);
    }
    this.listed.changed(rows, this.rows.size, fields);
  }

  private markDirty(page: string, fields?: readonly string[]): void {
    const now = this.dirty.get(page);
    if (now === 'all') return;
    if (!fields) return void this.dirty.set(page, 'all');
    if (now) for (const f of fields) now.add(f);
    else this.dirty.set(page, new Set(fields));
  }

  /** Empties the copy, for another store (tests open a fresh one each). */
  reset(): void {
    this.load([], NO_REVISION);
    this.rev = null;
  }

  /** Forgets the copy (a write failed after changing it): the next read reads the pages. */
  invalidate(): void {
    this.rev = null;
    this.dirty.clear();
  }

  add(row: Account): void {
    if (this.pageOf.has(row.id)) return this.set(row);
    let page = this.openPage;
    if (!page || (this.members.get(page)?.length ?? 0) >= pageRows) {
      page = pageId(++this.lastPage);
      this.members.set(page, []);
      this.openPage = page;
    }
    this.members.get(page)?.push(row.id);
    this.rows.set(row.id, row);
    this.pageOf.set(row.id, page);
    this.markDirty(page);
    this.listed.reset();
  }

  remove(id: string): void {
    const page = this.pageOf.get(id);
    if (!page) return;
    this.rows.delete(id);
    this.pageOf.delete(id);
    this.markDirty(page);
    this.listed.reset();
  }

  /**
   * The records the changes since the last call touched: each column to write (with its
   * values now) or to delete (no row holds the field any more, or the page is empty).
   */
  takeDirtyColumns(): { put: AccountColumn[]; delete: string[] } {
    const put: AccountColumn[] = [];
    const remove: string[] = [];
    for (const [page, fields] of this.dirty) {
      const stored = this.storedFields.get(page) ?? new Set<string>();
      this.storedFields.set(page, stored);
      let ids = this.members.get(page) ?? [];
      if (fields === 'all') {
        ids = [...new Set(ids.filter((id) => this.pageOf.get(id) === page))];
        this.members.set(page, ids);
      }
      const rows = ids.map((id) => this.rows.get(id) as Account);
      if (rows.length === 0) {
        this.members.delete(page);
        this.storedFields.delete(page);
        if (this.openPage === page) this.openPage = null;
        for (const f of stored) remove.push(columnKey(page, f));
        continue;
      }
      const all = fields === 'all' ? fieldsOf(rows) : null;
      const toWrite = all ? new Set([...all, ...stored]) : fields;
      for (const field of toWrite) {
        const column = columnOf(page, field, rows);
        if (column) {
          if (field === ID_FIELD && all) column.fields = all;
          put.push(column);
          stored.add(field);
        } else if (stored.delete(field)) remove.push(columnKey(page, field));
      }
    }
    this.dirty.clear();
    return { put, delete: remove };
  }

  /**
   * Brings the copy to what one write elsewhere stored: `put` its written records, `deleted`
   * the keys it deleted. A page whose ids were written was rewritten whole (every field is
   * in `put` or `deleted`) and is rebuilt; on other pages only the fields change. False
   * when the records do not fit the copy (then the caller reads every page).
   */
  catchUp(put: readonly AccountColumn[], deleted: readonly string[]): boolean {
    const byPage = new Map<string, { columns: AccountColumn[]; gone: string[] }>();
    const at = (page: string) => {
      let entry = byPage.get(page);
      if (!entry) byPage.set(page, (entry = { columns: [], gone: [] }));
      return entry;
    };
    for (const c of put) at(splitKey(c.key).page).columns.push(c);
    for (const key of deleted) at(splitKey(key).page).gone.push(splitKey(key).field);
    for (const [page, { columns, gone }] of byPage) {
      const ids = columns.find((c) => splitKey(c.key).field === ID_FIELD);
      if (ids || gone.includes(ID_FIELD)) {
        this.replacePage(page, ids ? pagesOfColumns(columns.sort(byKey))[0] : undefined);
        continue;
      }
      const members = this.members.get(page);
      if (!members || columns.some((c) => c.values.length !== members.length)) return false;
      const copies = new Map<string, Record<string, unknown>>();
      const change = (i: number, field: string, value: unknown) => {
        const id = members[i] as string;
        let copy = copies.get(id);
        if (!copy) copies.set(id, (copy = { ...(this.rows.get(id) as unknown as object) }));
        if (value === undefined) delete copy[field];
        else copy[field] = value;
      };
      const stored = this.storedFields.get(page) ?? new Set<string>();
      for (const c of columns) {
        const { field } = splitKey(c.key);
        stored.add(field);
        for (let i = 0; i < members.length; i++) change(i, field, c.values[i]);
      }
      for (const field of gone) {
        stored.delete(field);
        for (let i = 0; i < members.length; i++) change(i, field, undefined);
      }
      for (const copy of copies.values()) this.swapIn(copy as unknown as Account);
    }
    return true;
  }

  /** A row changed elsewhere: in the copy, without marking its page to write. */
  private swapIn(row: Account): void {
    this.rows.set(row.id, row);
    this.listed.changed([row], Infinity);
  }

  private replacePage(page: string, next: AccountPage | undefined): void {
    for (const id of this.members.get(page) ?? []) {
      if (this.pageOf.get(id) !== page) continue;
      this.rows.delete(id);
      this.pageOf.delete(id);
    }
    this.members.delete(page);
    this.storedFields.delete(page);
    if (next) {
      for (const row of next.rows) {
        this.rows.set(row.id, row);
        this.pageOf.set(row.id, page);
      }
      this.members.set(
        page,
        next.rows.map((r) => r.id),
      );
      this.storedFields.set(page, next.stored ?? new Set());
      this.lastPage = Math.max(this.lastPage, pageNumber(page));
    }
    const last = this.members.get(pageId(this.lastPage));
    this.openPage = last && last.length < pageRows ? pageId(this.lastPage) : null;
    this.listed.reset();
  }

  /**
   * Every row in primary-key order (the order the grid breaks ties in), a new array after
   * every change (accountCopyList.ts).
   */
  list(): Account[] {
    return this.listed.list(this.rows);
  }
}
