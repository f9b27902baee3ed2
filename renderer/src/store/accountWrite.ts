/**
 * The accounts' part of a write transaction (applyChanges): bring the working copy up to the
 * stored revision, check and apply the patch to it, show it at once (the window's grid
 * follows the copy, so an edit is on screen before it is durable), then write the pages it
 * touched. A write that fails afterwards forgets the copy, and the next read shows the
 * stored rows again: the view rolls back.
 */
import Dexie, { type Transaction } from 'dexie';
import { accountCopy, announceAccountCopy, META_TABLE, type StoreMetaRow } from './accountPages';
import { refreshCopy, storedMeta, writeDirtyPages } from './accountSync';
import { applyPatch, checkAndApply, diffChange, type AccountPatch, type Way } from './accountPatch';
import type { TableChange } from './history';
import { COLUMNS_TABLE } from './accountColumns';
import { applyFieldEdit, type AccountFieldEdit } from './accountFieldEdit';

/** A step's patch to apply `way` (undo, redo), or a field edit (the bulk edit bar's). */
export type AccountStepWork = { patch: AccountPatch; way: Way } | { edit: AccountFieldEdit };

/** What to do to the accounts: a change set's put/delete/clear, a step's patch, a field edit. */
export type AccountWork = { change: TableChange } | AccountStepWork;

/** The stored tables behind the accounts. */
export const ACCOUNT_TABLES = [COLUMNS_TABLE, META_TABLE] as const;

/**
 * Checks and applies the work to the copy (throwing nothing: a stale step returns its count
 * of changed rows, and the copy is left as it was). Returns the patch applied, or null.
 */
export async function applyToCopy(
  tx: Transaction,
  work: AccountWork,
): Promise<{ patch: AccountPatch | null; stale: number }> {
  const meta = await storedMeta(tx.table(META_TABLE));
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
