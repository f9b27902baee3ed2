/**
 * The accounts a page load paints first: the first rows of the whole list in the grid's
 * opening order, remembered with the stored revision they were taken at. The window keeps
 * them in localStorage (UI state, not workspace data: a cache of rows the store holds) when
 * it is left, from its working copy when that copy is exactly the stored revision (no write
 * of its own in flight). The next page load paints them only when the store is still at
 * that revision; otherwise it has no first rows and waits for the whole list, so the rows
 * it paints first are always the right ones (before, it painted the first stored page's
 * rows sorted among themselves, which jumped when the whole list came in).
 */
import type { Account } from '../../../shared/domain/types';
import { db } from './db';
import { accountCopy, META_TABLE } from './accountPages';
import { storedRevision } from './accountSync';
import { byId } from './accountCopyLoad';

/** Bump when what is kept (the rows, the order they are picked in) changes meaning. */
const FORMAT = 1;

interface Remembered {
  format: number;
  /** The stored revision the rows were taken at. */
  rev: string;
  /** Which opening order picked them (the grid's default sort). */
  order: string;
  rows: Account[];
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked
  }
}

const keyOf = () => `abm:accounts-first-screen:${db.name}`;

/**
 * Keeps the first rows of the copy's list as `pick` orders them (under `order`), when the
 * copy is the stored revision; otherwise forgets what was kept. Synchronous (for pagehide).
 */
export function rememberFirstScreen(
  order: string,
  pick: (list: readonly Account[]) => Account[],
): void {
  const store = storage();
  if (!store) return;
  const key = keyOf();
  try {
    if (accountCopy.rev === null || accountCopy.writing) return store.removeItem(key);
    const kept: Remembered = {
      format: FORMAT,
      rev: accountCopy.rev,
      order,
      rows: pick(accountCopy.list()),
    };
    store.setItem(key, JSON.stringify(kept));
  } catch {
    // Full or blocked: the next load waits for the whole list.
    store.removeItem(key);
  }
}

/**
 * The first rows kept for `order`, in primary-key order, when the store is still at the
 * revision they were taken at; null when none are kept or the store has changed since.
 */
export async function rememberedFirstScreen(order: string): Promise<Account[] | null> {
  const text = storage()?.getItem(keyOf());
  if (!text) return null;
  let kept: Remembered;
  try {
    kept = JSON.parse(text) as Remembered;
  } catch {
    return null;
  }
  if (kept.format !== FORMAT || kept.order !== order || !Array.isArray(kept.rows)) return null;
  const rev = await storedRevision(db.table(META_TABLE));
  return rev === kept.rev ? kept.rows.sort(byId) : null;
}
