/**
 * Reading and writing a working copy's records (accountPages.ts). A write stores, with its
 * new revision, the revision it followed and the keys it wrote and deleted, and the same of
 * the few writes before it; a copy read at one of those earlier revisions (another
 * thread's: the window after the import Worker, a Worker after an edit and its undo in the
 * window) then reads only those records, so a one-field edit of 100,000 accounts costs
 * every other reader that field's records, not the whole table. A copy further behind
 * reads every page, in short requests (each a short task).
 */
import type { Table, Transaction } from 'dexie';
import {
  ACCOUNTS_META_KEY,
  META_TABLE,
  newRevision,
  NO_REVISION,
  pageId,
  type AccountPage,
  type AccountPageCopy,
  type EarlierWrite,
  type StoreMetaRow,
} from './accountPages';
import { COLUMNS_TABLE, pagesOfColumns, splitKey, type AccountColumn } from './accountColumns';
import { PagesLoad } from './accountCopyLoad';

/** The accounts' stored revision row, read in the caller's transaction. */
export function storedMeta(meta: Table<StoreMetaRow, string>): Promise<StoreMetaRow | undefined> {
  return meta.get(ACCOUNTS_META_KEY);
}

/** The stored revision of the accounts' pages. */
export async function storedRevision(meta: Table<StoreMetaRow, string>): Promise<string> {
  return (await storedMeta(meta))?.rev ?? NO_REVISION;
}

/**
 * Records per catch-up request (the keys a few writes elsewhere wrote): about two pages'
 * fields, so each request's records are decoded in a short task (500 took 100–300 ms).
 */
const COLUMNS_PER_READ = 100;
/** Records (~20 pages' fields) from which a write that rewrote the whole copy is read as every page. */
const LARGE_WRITE = 1000;
/**
 * Pages per read of every page: each request's records (two pages, ~1,000 rows) are decoded
 * and built in one short task, so the grid paints and input is handled between them.
 */
const PAGES_PER_READ = 2;

let inOneRequest = false;
/**
 * Read every page in one go from now on (a Worker, where no input waits behind a long task):
 * the requests (a few large parts, readPagesAtOnce) are handed to IndexedDB together, with no
 * read of the keys first, so it reads them all in its own process while this thread does other
 * work (the merge preview parses the colleague's file meanwhile).
 */
export function readPagesInOneRequest(on = true): void {
  inOneRequest = on;
}

/** Whether pages are read in one request (readPagesInOneRequest). */
export const pagesInOneRequest = (): boolean => inOneRequest;

/**
 * Every stored page, read from its columns: the keys first (a keys-only read), then every
 * few pages' records as one request, all handed to IndexedDB at once so the database reads
 * the next while this thread builds the last (or all in one request: readPagesInOneRequest).
 */
export async function readPages(
  columns: Table<AccountColumn, string>,
  onPart?: (pages: AccountPage[]) => void,
): Promise<AccountPage[]> {
  if (inOneRequest) return readPagesAtOnce(columns, onPart);
  const keys = (await columns.toCollection().primaryKeys()) as string[];
  const ranges: [string, string][] = [];
  let pagesInRange = 0;
  let lastPage: string | null = null;
  for (const key of keys) {
    const { page } = splitKey(key);
    if (page !== lastPage) {
      lastPage = page;
      if (pagesInRange++ % PAGES_PER_READ === 0) ranges.push([key, key]);
    }
    (ranges[ranges.length - 1] as [string, string])[1] = key;
  }
  // Each part is taken in the task its request answers in, in key order.
  let taken: Promise<unknown> = Promise.resolve();
  const parts = ranges.map((range) => {
    const read = columns.where(':id').between(range[0], range[1], true, true).toArray();
    const part = Promise.all([read, taken]).then(([records]) => {
      const pages = pagesOfColumns(records);
      onPart?.(pages);
      return pages;
    });
    taken = part;
    return part;
  });
  const pages: AccountPage[] = [];
  for (const part of parts) pages.push(...(await part));
  return pages;
}

/**
 * Pages per request of a read of every page at once (readPagesInOneRequest): the requests,
 * by ranges of page numbers, are all handed to IndexedDB together, so the database reads
 * the next part while this thread decodes and builds the last (one request for all had
 * this thread wait for the whole read, then decode it all).
 */
const PAGES_PER_PART = 25;
const PARTS_AT_ONCE = 8;

function readPagesAtOnce(
  columns: Table<AccountColumn, string>,
  onPart?: (pages: AccountPage[]) => void,
): Promise<AccountPage[]> {
  // Page ids are numbered (pageId): each range holds whole pages; the last is open-ended.
  const reads: Promise<AccountColumn[]>[] = [];
  for (let part = 0; part < PARTS_AT_ONCE; part++) {
    const from = pageId(part * PAGES_PER_PART);
    reads.push(
      part === PARTS_AT_ONCE - 1
        ? columns.where(':id').aboveOrEqual(from).toArray()
        : columns
            .where(':id')
            .between(from, pageId((part + 1) * PAGES_PER_PART), true, false)
            .toArray(),
    );
  }
  // A failed request fails the transaction, so every later one fails too: seen here, the
  // first one awaited is the one that throws.
  for (const read of reads) read.catch(() => undefined);
  return takeInOrder(reads, onPart);
}

/** The parts' pages in key order, each part built in the task its request answers in. */
async function takeInOrder(
  reads: Promise<AccountColumn[]>[],
  onPart?: (pages: AccountPage[]) => void,
): Promise<AccountPage[]> {
  const pages: AccountPage[] = [];
  for (const read of reads) {
    const part = pagesOfColumns(await read);
    if (part.length > 0) onPart?.(part);
    for (const page of part) pages.push(page);
  }
  return pages;
}

/** Every stored page, as the copy's maps and list, built a part at a time (accountCopyLoad.ts). */
export async function loadPages(columns: Table<AccountColumn, string>): Promise<PagesLoad> {
  const load = new PagesLoad();
  await readPages(columns, (pages) => load.add(pages));
  return load;
}

/**
 * The keys written or deleted since revision `from`, by the writes the meta row remembers
 * (each following the one before); null when it does not reach back that far.
 */
export function keysSince(meta: StoreMetaRow, from: string): string[] | null {
  if (!meta.put || !meta.deleted || meta.prev === undefined) return null;
  const chain: { prev: string; keys: readonly string[] }[] = [
    ...(meta.earlier ?? []),
    { prev: meta.prev, keys: [...meta.put, ...meta.deleted] },
  ];
  let start = -1;
  for (let i = chain.length - 1; i >= 0; i--) {
    if ((chain[i] as { prev: string }).prev === from) {
      start = i;
      break;
    }
  }
  if (start < 0) return null;
  // Each later write must follow the one before it, or a write the row forgot came between.
  const earlier = meta.earlier ?? [];
  for (let i = start; i < earlier.length; i++) {
    const next = i + 1 < earlier.length ? (earlier[i + 1] as EarlierWrite).prev : meta.prev;
    if ((earlier[i] as EarlierWrite).rev !== next) return null;
  }
  const keys = new Set<string>();
  for (let i = start; i < chain.length; i++)
    for (const k of (chain[i] as { keys: readonly string[] }).keys) keys.add(k);
  return [...keys];
}

/**
 * Brings the copy to the stored revision (in the caller's transaction): the records the
 * writes since wrote or deleted, when the meta row remembers them all, else every page.
 */
export async function refreshCopy(
  copy: AccountPageCopy,
  columns: Table<AccountColumn, string>,
  meta: StoreMetaRow | undefined,
): Promise<void> {
  const rev = meta?.rev ?? NO_REVISION;
  if (copy.rev === rev) return;

  const from = copy.rev;
  const keys = from !== null && meta ? keysSince(meta, from) : null;
  // Writes that rewrote as many records as the copy holds (an import into an empty store)
  // are read as every page, which builds the copy a part at a time; catching up on them
  // rebuilt and sorted 100,000 rows in one task.
  if (keys && (keys.length < LARGE_WRITE || keys.length < copy.recordCount())) {
    // Read as they are now: a key a later write deleted reads as nothing, so it is gone.
    const put: AccountColumn[] = [];
    const deleted: string[] = [];
    const parts: string[][] = [];
    for (let i = 0; i < keys.length; i += COLUMNS_PER_READ)
      parts.push(keys.slice(i, i + COLUMNS_PER_READ));
    // Every request handed to IndexedDB at once; each answer decoded in its own task.
    const reads = parts.map((part) => columns.bulkGet(part));
    for (const [i, read] of reads.entries()) {
      const part = parts[i] as string[];
      (await read).forEach((c, j) => (c ? put.push(c) : deleted.push(part[j] as string)));
    }
    // Another read of this thread may have brought the copy on meanwhile.
    if (copy.rev === rev) return;
    if (copy.rev === from && copy.catchUp(put, deleted)) {
      copy.rev = rev;
      return;
    }
  }
  const pages = await loadPages(columns);
  if (copy.rev !== rev) copy.load(pages, rev);
}

/** At most this many earlier writes, and keys in all of them, are remembered (meta row). */
const EARLIER_WRITES = 8;
const EARLIER_KEYS = 5_000;

/** The meta row's earlier writes after the write that follows `meta`. */
function earlierAfter(meta: StoreMetaRow | undefined): EarlierWrite[] {
  if (!meta?.put || !meta.deleted || meta.prev === undefined) return [];
  const out = [
    ...(meta.earlier ?? []),
    { rev: meta.rev, prev: meta.prev, keys: [...meta.put, ...meta.deleted] },
  ];
  let keys = out.reduce((n, w) => n + w.keys.length, 0);
  while (out.length > 0 && (out.length > EARLIER_WRITES || keys > EARLIER_KEYS))
    keys -= (out.shift() as EarlierWrite).keys.length;
  return out;
}

/** Records per write request: each is a short task, and progress and Cancel are seen between them. */
const COLUMNS_PER_PUT = 50;

/**
 * Writes the columns the copy's changes touched, and a new revision, in transaction `tx`;
 * `step` is told the share of the records written by each part (and may throw to cancel).
 * `known`: the meta row as this transaction read it before (applyToCopy), so the write does
 * not wait for a read of it between its records and its revision.
 */
export async function writeDirtyPages(
  copy: AccountPageCopy,
  tx: Transaction,
  step: (share: number) => void = () => undefined,
  known: { meta: StoreMetaRow | undefined } | null = null,
): Promise<void> {
  const { put, delete: remove } = copy.takeDirtyColumns();
  if (put.length === 0 && remove.length === 0) return;
  const columns = tx.table(COLUMNS_TABLE);
  // Every request is handed to IndexedDB at once (it runs them in order): the database
  // writes while this thread goes on (the grid showing the edit); a step that throws
  // (Cancel) aborts the transaction.
  const requests: Promise<unknown>[] = [];
  if (remove.length > 0) requests.push(columns.bulkDelete(remove));
  for (let i = 0; i < put.length; i += COLUMNS_PER_PUT) {
    const part = put.slice(i, i + COLUMNS_PER_PUT);
    requests.push(columns.bulkPut(part).then(() => step(part.length / put.length)));
  }
  const rev = newRevision();
  const metaTable = tx.table(META_TABLE);
  const row: StoreMetaRow = { key: ACCOUNTS_META_KEY, rev, put: put.map((c) => c.key) };
  row.deleted = remove;
  if (copy.rev !== null) {
    row.prev = copy.rev;
    const fresh = known && (known.meta?.rev ?? NO_REVISION) === copy.rev;
    const before = fresh ? known.meta : await storedMeta(metaTable);
    const earlier = before?.rev === copy.rev ? earlierAfter(before) : [];
    if (earlier.length > 0) row.earlier = earlier;
  }
  requests.push(metaTable.put(row));
  await Promise.all(requests);
  copy.rev = rev;
}
