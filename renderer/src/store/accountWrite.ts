/**
 * The accounts' part of a write transaction (applyChanges): bring the working copy up to the
 * stored revision, check and apply the patch to it, show it at once (the window's grid
 * follows the copy, so an edit is on screen before it is durable), then write the pages it
 * touched. A write that fails afterwards forgets the copy, and the next read shows the
 * stored rows again: the view rolls back.
 *
 * An undo, redo or field edit on a copy read at the stored revision is applied and shown
 * before its transaction opens (applyEarly), still in the write queue, so no other write of
 * this window comes between; the transaction then checks that the stored revision is still
 * the one the copy was at (else it reads the pages again and applies the work anew), and
 * waits, holding its tables, until the window has painted the edit before it writes: the
 * write's own main-thread work no longer runs ahead of the grid's refresh, and no reader
 * (another thread catching up on the last write) takes the tables meanwhile.
 */
import Dexie, { type Transaction } from 'dexie';
import {
  accountCopy,
  announceAccountCopy,
  META_TABLE,
  NO_REVISION,
  type StoreMetaRow,
} from './accountPages';
import { refreshCopy, storedMeta, storedRevision, writeDirtyPages } from './accountSync';
import {
  applyPatch,
  checkAndApply,
  diffChange,
  isEmptyPatch,
  type AccountPatch,
  type Way,
} from './accountPatch';
import { db } from './db';
import { whenCopyShown } from './copyShown';
import type { TableChange } from './history';
import { COLUMNS_TABLE } from './accountColumns';
import { applyFieldEdit, type AccountFieldEdit } from './accountFieldEdit';

/** A step's patch to apply `way` (undo, redo), or a field edit (the bulk edit bar's). */
export type AccountStepWork = { patch: AccountPatch; way: Way } | { edit: AccountFieldEdit };

/** What to do to the accounts: a change set's put/delete/clear, a step's patch, a field edit. */
export type AccountWork = { change: TableChange } | AccountStepWork;

/** The stored tables behind the accounts. */
export const ACCOUNT_TABLES = [COLUMNS_TABLE, META_TABLE] as const;

/** Work applied to the copy before its transaction: the copy's revision then, and the patch. */
export interface EarlyWork {
  rev: string;
  patch: AccountPatch;
}

/**
 * Applies an undo, redo or field edit to the copy before its transaction opens, and tells
 * the window. Null (nothing applied) when the copy is not read, is behind the stored
 * revision, or the step is stale: the transaction then does it all, as before. Call outside
 * any transaction, in the write queue.
 */
export async function applyEarly(work: AccountStepWork): Promise<EarlyWork | null> {
  const rev = accountCopy.rev;
  if (Dexie.currentTransaction || rev === null || accountCopy.writing) return null;
  if ((await storedRevision(db.table(META_TABLE))) !== rev || accountCopy.rev !== rev) return null;
  accountCopy.writing = true;
  let patch: AccountPatch | null;
  if ('edit' in work) patch = applyFieldEdit(accountCopy, work.edit);
  else patch = checkAndApply(accountCopy, work.patch, work.way) > 0 ? null : work.patch;
  if (!patch) return null;
  if (!isEmptyPatch(patch)) announceAccountCopy();
  return { rev, patch };
}

/**
 * Checks and applies the work to the copy (throwing nothing: a stale step returns its count
 * of changed rows, and the copy is left as it was). Returns the patch applied, or null.
 * `early`: the work applied already (applyEarly), kept when the store is still at its revision.
 */
export async function applyToCopy(
  tx: Transaction,
  work: AccountWork,
  early: EarlyWork | null = null,
): Promise<{ patch: AccountPatch | null; stale: number }> {
  const meta = await storedMeta(tx.table(META_TABLE));
  if (early) {
    if ((meta?.rev ?? NO_REVISION) === early.rev && accountCopy.rev === early.rev) {
      metaRead = { tx, meta };
      // The transaction stays open (Dexie keeps a request going) while the window paints.
      if (!isEmptyPatch(early.patch)) await Dexie.waitFor(() => whenCopyShown());
      return { patch: early.patch, stale: 0 };
    }
    // Written elsewhere meanwhile: the copy holds the work on older rows; read them again.
    accountCopy.invalidate();
  }
  await refreshCopy(accountCopy, tx.table(COLUMNS_TABLE), meta);
  metaRead = { tx, meta };
  if ('edit' in work) return { patch: applyFieldEdit(accountCopy, work.edit), stale: 0 };
  if ('change' in work) {
    const patch = diffChange(accountCopy, work.change);
    applyPatch(accountCopy, patch, 'forward');
    return { patch, stale: 0 };
  }
  const stale = checkAndApply(accountCopy, work.patch, work.way);
  return stale > 0 ? { patch: null, stale } : { patch: work.patch, stale: 0 };
}

/** The meta row as the last applyToCopy read it, in its transaction (nothing writes it there since). */
let metaRead: { tx: Transaction; meta: StoreMetaRow | undefined } | null = null;

/** Tells the copy's watchers outside the transaction (their reads must not join it). */
export function showCopy(): void {
  Dexie.ignoreTransaction(() => announceAccountCopy());
}

export function writeAccountPages(tx: Transaction, step: (share: number) => void): Promise<void> {
  const known = metaRead?.tx === tx ? metaRead : null;
  metaRead = null;
  return writeDirtyPages(accountCopy, tx, step, known);
}

/** After a failed write: the copy may hold changes that were never stored. */
export function forgetCopy(): void {
  accountCopy.invalidate();
  announceAccountCopy();
}
