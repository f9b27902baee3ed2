/**
 * Reading and writing a working copy's records (accountPages.ts). A write stores, with its
 * new revision, the revision it followed and the keys it wrote and deleted; a copy read at
 * that earlier revision (another thread's: the window after the import Worker, a Worker
 * after an edit in the window) then reads only those records, so a one-field edit of
 * 100,000 accounts costs every other reader that field's records, not the whole table.
 * A copy further behind reads every page, in short requests (each a short task).
 */
import type { Table, Transaction } from 'dexie';
import {
  ACCOUNTS_META_KEY,
  META_TABLE,
  newRevision,
  NO_REVISION,
  type AccountPage,
  type AccountPageCopy,
  type StoreMetaRow,
} from './accountPages';
import { COLUMNS_TABLE, pagesOfColumns, splitKey, type AccountColumn } from './accountColumns';

/** The accounts' stored revision row, read in the caller's transaction. */
export function storedMeta(meta: Table<StoreMetaRow, string>): Promise<StoreMetaRow | undefined> {
  return meta.get(ACCOUNTS_META_KEY);
}

/** The stored revision of the accounts' pages. */
export async function storedRevision(meta: Table<StoreMetaRow, string>): Promise<string> {
  return (await storedMeta(meta))?.rev ?? NO_REVISION;
}

/** Records per read request: ~10 pages, so decoding each is a short task. */
const COLUMNS_PER_READ = 500;

/** Every stored page, read from its columns in short requests. */
export async function readPages(columns: Table<AccountColumn, string>): Promise<AccountPage[]> {
  const pages: AccountPage[] = [];
  let pending: AccountColumn[] = [];
  let part = await columns.orderBy(':id').limit(COLUMNS_PER_READ).toArray();
  while (part.length > 0) {
    pending = pending.concat(part);
    const last = (part[part.length - 1] as AccountColumn).key;
    // The last page may go on in the next part: build only the pages before it.
    const lastPage = splitKey(last).page;
    const cut = pending.findIndex((c) => splitKey(c.key).page === lastPage);
    pages.push(...pagesOfColumns(pending.slice(0, cut)));
    pending = pending.slice(cut);
    if (part.length < COLUMNS_PER_READ) break;
    part = await columns.where(':id').above(last).limit(COLUMNS_PER_READ).toArray();
  }
  pages.push(...pagesOfColumns(pending));
  return pages;
}

/**
 * Brings the copy to the stored revision (in the caller's transaction): the records of the
 * one write since, when the copy was read right before it, else every page.
 */
export async function refreshCopy(
  copy: AccountPageCopy,
  columns: Table<AccountColumn, string>,
  meta: StoreMetaRow | undefined,
): Promise<void> {
  const rev = meta?.rev ?? NO_REVISION;
  if (copy.rev === rev) return;
  if (copy.rev !== null && meta?.prev === copy.rev && meta.put && meta.deleted) {
    const put: AccountColumn[] = [];
    for (let i = 0; i < meta.put.length; i += COLUMNS_PER_READ) {
      const part = await columns.bulkGet(meta.put.slice(i, i + COLUMNS_PER_READ));
      for (const c of part) if (c) put.push(c);
    }
    // Another read of this thread may have brought the copy on meanwhile.
    if (copy.rev === rev) return;
    const fits = copy.rev === meta.prev && put.length === meta.put.length;
    if (fits && copy.catchUp(put, meta.deleted)) {
      copy.rev = rev;
      return;
    }
  }
  const pages = await readPages(columns);
  if (copy.rev !== rev) copy.load(pages, rev);
}

/** Records per write request: each is a short task, and progress and Cancel are seen between them. */
const COLUMNS_PER_PUT = 50;

/**
 * Writes the columns the copy's changes touched, and a new revision, in transaction `tx`;
 * `step` is told the share of the records written by each part (and may throw to cancel).
 */
export async function writeDirtyPages(
  copy: AccountPageCopy,
  tx: Transaction,
  step: (share: number) => void = () => undefined,
): Promise<void> {
  const { put, delete: remove } = copy.takeDirtyColumns();
  if (put.length === 0 && remove.length === 0) return;
  const columns = tx.table(COLUMNS_TABLE);
  if (remove.length > 0) await columns.bulkDelete(remove);
  // Every part is handed to IndexedDB at once: the database writes while this thread goes
  // on (the grid showing the edit); a step that throws (Cancel) aborts the transaction.
  const parts: Promise<void>[] = [];
  for (let i = 0; i < put.length; i += COLUMNS_PER_PUT) {
    const part = put.slice(i, i + COLUMNS_PER_PUT);
    parts.push(columns.bulkPut(part).then(() => step(part.length / put.length)));
  }
  await Promise.all(parts);
  const rev = newRevision();
  const row: StoreMetaRow = { key: ACCOUNTS_META_KEY, rev, put: put.map((c) => c.key) };
  row.deleted = remove;
  if (copy.rev !== null) row.prev = copy.rev;
  await tx.table(META_TABLE).put(row);
  copy.rev = rev;
}
