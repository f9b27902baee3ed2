/**
 * The rows a page load paints first (store/accountFirstScreen.ts): the first rows of the
 * whole list in the grid's opening order (accountColumns: Name, ascending), kept when the
 * window is left and painted at the next load only if the store has not changed since.
 */
import type { Account } from '../../../../shared/domain/types';
import { rememberFirstScreen, rememberedFirstScreen } from '../../store/accountFirstScreen';
import { accountCopyNow } from '../../store/reads';
import { firstInOrder } from './grid/firstInOrder';

/** The grid's opening sort (the Name column's `sort: 'asc'`). */
export const OPENING_SORT = { colId: 'name', sort: 'asc' } as const;
const ORDER = `${OPENING_SORT.colId} ${OPENING_SORT.sort}`;

/** The first `n` accounts of `list` (primary-key order) in the opening order. */
export function firstInOpeningOrder(list: readonly Account[], n: number): Account[] {
  return firstInOrder(
    list.map((a) => a.name),
    n,
  ).map((at) => list[at] as Account);
}

/** Keeps the window's first `n` rows for the next load (forgets them if they may be wrong). */
export function keepFirstScreen(n: number): void {
  rememberFirstScreen(ORDER, (list) => firstInOpeningOrder(list, n));
}

let installed = false;

/** Keeps the first `n` rows each time the window is left (installed once per window). */
export function keepFirstScreenOnLeave(n: number): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('pagehide', () => keepFirstScreen(n));
}

/**
 * The rows a page load paints before the whole list is in, in primary-key order: those kept
 * when the window was left, if the store is still as it was then; else none (the grid waits).
 */
export async function firstRowsAtLoad(): Promise<Account[]> {
  return (await rememberedFirstScreen(ORDER)) ?? [];
}

/**
 * A list opened again (the copy read already): its first `n` rows in the opening order, in
 * this render; null before the copy is read. The first rows of the copy's key order would be
 * sorted among themselves and jump when the whole list came in.
 */
export function firstRowsNow(n: number): Account[] | null {
  const list = accountCopyNow();
  return list === null ? null : firstInOpeningOrder(list, n);
}
