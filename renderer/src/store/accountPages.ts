/**
 * Accounts are stored in pages of a few hundred rows (the accountPages table, one record per
 * page) and held in memory as the working copy: a write changes the copy, then rewrites only
 * the pages holding the rows it changed, so an inline edit writes one page and a bulk edit
 * of 100,000 rows ~200 records instead of 100,000 (IndexedDB's cost is mostly per record).
 * Every write of the pages also writes a new revision token (storeMeta 'accounts'); a write
 * or read that finds a token other than the one its copy was read at (another tab, the
 * import Worker, another connection) reads the pages again first, inside its transaction,
 * so the copy is never written back over rows it has not seen. Each thread (the window, each
 * Worker) has its own copy.
 */
import type { Table, Transaction } from 'dexie';
import type { Account } from '../../../shared/domain/types';
import type { AccountRows } from './accountPatch';

/** Rows per page: small enough that an inline edit rewrites little, large enough that a
 * bulk edit of 100,000 rows is a few hundred records. Measured in test/bench/accounts. */
export const PAGE_ROWS = 500;
let pageRows = PAGE_ROWS;

/** For tests: pages of `rows` rows, so a few dozen accounts span several pages. */
export function setPageRowsForTests(rows: number): void {
  pageRows = rows;
}

export interface AccountPage {
  id: string;
  rows: Account[];
}

export interface StoreMetaRow {
  key: string;
  rev: string;
}

export const PAGES_TABLE = 'accountPages';
export const META_TABLE = 'storeMeta';
export const ACCOUNTS_META_KEY = 'accounts';
/** The revision of a store whose pages were never written. */
export const NO_REVISION = '';

export function pageId(n: number): string {
  return `p${String(n).padStart(8, '0')}`;
}

function pageNumber(id: string): number {
  return Number(id.slice(1));
}

export function newRevision(): string {
  const c = globalThis.crypto as Crypto | undefined;
  return c?.randomUUID ? c.randomUUID() : `${Date.now()}-${Math.random()}`;
}

const byId = (a: Account, b: Account) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The working copy of the accounts: each row, the page it lives in, and each page's ids. */
export class AccountPageCopy implements AccountRows {
  private rows = new Map<string, Account>();
  private pageOf = new Map<string, string>();
  private members = new Map<string, string[]>();
  private dirty = new Set<string>();
  private openPage: string | null = null;
  private lastPage = 0;
  private sorted: Account[] | null = [];
  private sortedAt: Map<string, number> | null = null;
  private changedRows: Account[] = [];
  /** The storeMeta revision the copy was read at; null before it is read. */
  rev: string | null = null;
  /** Set while a write of this thread changes the copy: a read then takes it as it is. */
  writing = false;

  get size(): number {
    return this.rows.size;
  }

  get(id: string): Account | undefined {
    return this.rows.get(id);
  }

  ids(): Iterable<string> {
    return this.rows.keys();
  }

  /** Replaces the copy with the stored pages (read at revision `rev`). */
  load(pages: readonly AccountPage[], rev: string): void {
    this.rows = new Map();
    this.pageOf = new Map();
    this.members = new Map();
    this.dirty = new Set();
    this.lastPage = 0;
    this.openPage = null;
    for (const page of pages) {
      const ids: string[] = [];
      for (const row of page.rows) {
        this.rows.set(row.id, row);
        this.pageOf.set(row.id, page.id);
        ids.push(row.id);
      }
      this.members.set(page.id, ids);
      this.lastPage = Math.max(this.lastPage, pageNumber(page.id));
    }
    const last = this.members.get(pageId(this.lastPage));
    if (last && last.length < pageRows) this.openPage = pageId(this.lastPage);
    this.sorted = null;
    this.sortedAt = null;
    this.changedRows = [];
    this.rev = rev;
  }

  set(row: Account): void {
    const page = this.pageOf.get(row.id);
    if (!page) return this.add(row);
    this.rows.set(row.id, row);
    this.dirty.add(page);
    if (!this.sorted) return;
    // Too many to swap in one by one (or nobody asks for the list, as in a Worker): sort anew.
    if (this.changedRows.length > this.rows.size) this.sorted = null;
    else this.changedRows.push(row);
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
    this.dirty.add(page);
    this.sorted = null;
  }

  remove(id: string): void {
    const page = this.pageOf.get(id);
    if (!page) return;
    this.rows.delete(id);
    this.pageOf.delete(id);
    this.dirty.add(page);
    this.sorted = null;
  }

  /**
   * The pages the changes since the last call touched: each to write (with its rows now) or
   * to delete (empty). Only what the transaction must write; the copy is already current.
   */
  takeDirtyPages(): { put: AccountPage[]; delete: string[] } {
    const put: AccountPage[] = [];
    const remove: string[] = [];
    for (const page of this.dirty) {
      const ids = (this.members.get(page) ?? []).filter((id) => this.pageOf.get(id) === page);
      const kept = [...new Set(ids)];
      if (kept.length === 0) {
        this.members.delete(page);
        remove.push(page);
        if (this.openPage === page) this.openPage = null;
      } else {
        this.members.set(page, kept);
        put.push({ id: page, rows: kept.map((id) => this.rows.get(id) as Account) });
      }
    }
    this.dirty.clear();
    return { put, delete: remove };
  }

  /**
   * Every row in primary-key order (the order the grid breaks ties in), a new array after
   * every change: after field edits only the changed rows are swapped in (no sort).
   */
  list(): Account[] {
    if (this.sorted && this.sortedAt && this.changedRows.length > 0) {
      const next = this.sorted.slice();
      for (const row of this.changedRows) {
        const at = this.sortedAt.get(row.id);
        if (at !== undefined && this.rows.get(row.id) === row) next[at] = row;
      }
      this.sorted = next;
    }
    this.changedRows = [];
    if (!this.sorted) {
      this.changedRows = [];
      this.sorted = [...this.rows.values()].sort(byId);
      this.sortedAt = new Map(this.sorted.map((row, i) => [row.id, i]));
    }
    return this.sorted;
  }
}

/** The stored revision of the accounts' pages, read in `tx` or in its own read. */
export async function storedRevision(meta: Table<StoreMetaRow, string>): Promise<string> {
  return (await meta.get(ACCOUNTS_META_KEY))?.rev ?? NO_REVISION;
}

/** Reads every page into the copy unless it already holds revision `rev`. */
export async function refreshCopy(
  copy: AccountPageCopy,
  pages: Table<AccountPage, string>,
  rev: string,
): Promise<void> {
  if (copy.rev === rev) return;
  copy.load(await pages.toArray(), rev);
}

/** Pages per request: each is a short task, and progress and Cancel are seen between them. */
const PAGES_PER_PUT = 4;

/**
 * Writes the pages the copy's changes touched, and a new revision, in transaction `tx`;
 * `step` is told the share of the pages written by each part (and may throw to cancel).
 */
export async function writeDirtyPages(
  copy: AccountPageCopy,
  tx: Transaction,
  step: (share: number) => void = () => undefined,
): Promise<void> {
  const { put, delete: remove } = copy.takeDirtyPages();
  if (put.length === 0 && remove.length === 0) return;
  const pages = tx.table(PAGES_TABLE);
  if (remove.length > 0) await pages.bulkDelete(remove);
  for (let i = 0; i < put.length; i += PAGES_PER_PUT) {
    const part = put.slice(i, i + PAGES_PER_PUT);
    await pages.bulkPut(part);
    step(part.length / put.length);
  }
  const rev = newRevision();
  await tx.table(META_TABLE).put({ key: ACCOUNTS_META_KEY, rev });
  copy.rev = rev;
}

/** This thread's working copy, and who to tell when it changes. */
export const accountCopy = new AccountPageCopy();
const listeners = new Set<() => void>();

export function onAccountCopyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceAccountCopy(): void {
  for (const l of [...listeners]) l();
}
