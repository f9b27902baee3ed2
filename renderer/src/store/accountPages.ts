/**
 * Accounts are stored in pages of a few hundred rows, each page field by field (one record
 * per page and field, accountColumns.ts), and held in memory as the working copy: a write
 * changes the copy, then rewrites only the (page, field) records it changed, so an inline
 * edit writes a record or two and a bulk edit of one field on 100,000 rows ~200 small
 * records instead of 100,000 rows (IndexedDB's cost is what it serializes, and per record).
 * Every write of the pages also writes a new revision token (storeMeta 'accounts'); a write
 * or read that finds a token other than the one its copy was read at (another tab, the
 * import Worker, another connection) reads the pages again first, inside its transaction,
 * so the copy is never written back over rows it has not seen. Each thread (the window, each
 * Worker) has its own copy.
 *
 * Here: this thread's copy and who to tell when it changes. The copy itself is in
 * accountPageCopy.ts, the list it hands out in accountCopyList.ts, the stored pages' names
 * and revision row in accountPageMeta.ts, their reads and writes in accountSync.ts.
 */
import { AccountPageCopy } from './accountPageCopy';

export * from './accountPageMeta';
export { AccountPageCopy, PAGE_ROWS, setPageRowsForTests } from './accountPageCopy';
export { changedFieldsBetween, changedIdsBetween } from './accountCopyList';

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
