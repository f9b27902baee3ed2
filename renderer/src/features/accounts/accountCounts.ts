/**
 * The toolbar's counts (accounts, targets), kept across the store's lists: a list that the
 * store says differs from the last one in a few rows (changedIdsBetween: the same rows in the
 * same places otherwise) is counted by those rows, not by a walk over 100,000 (~20 ms of the
 * refresh after every inline edit).
 */
import { useMemo, useRef } from 'react';
import type { Account } from '../../../../shared/domain/types';
import { changedFieldsBetween, changedIdsBetween } from '../../store/reads';
import { indexById } from '../../store/accountCopyList';

export interface AccountCounts {
  total: number;
  target: number;
}

const isTarget = (a: Account | undefined) => (a?.status === 'target' ? 1 : 0);

/** The counts of `rows`, from the last list's where the store knows what changed. */
export function countsAfter(
  last: { rows: readonly Account[]; target: number } | null,
  rows: readonly Account[],
): number {
  const ids = last && last.rows.length === rows.length ? changedIdsBetween(last.rows, rows) : null;
  // A change that left every status alone (a bulk edit of the tier) leaves the count: reading
  // the status of a bulk edit's 100,000 old and new rows was 20-80 ms of its refresh.
  if (last && ids && changedFieldsBetween(last.rows, rows)?.has('status') === false)
    return last.target;
  if (last && ids) {
    let target = last.target;
    let at = -1;
    for (const id of ids) {
      // The store names changed rows in list order: the next place is usually the next row
      // (a binary search for each of a bulk edit's 100,000 rows was ~70 ms of its refresh).
      at = rows[at + 1]?.id === id ? at + 1 : indexById(rows, id);
      if (at < 0) return countsAfter(null, rows);
      target += isTarget(rows[at]) - isTarget(last.rows[at]);
    }
    return target;
  }
  let target = 0;
  for (const a of rows) target += isTarget(a);
  return target;
}

export function useAccountCounts(rows: readonly Account[]): AccountCounts {
  const last = useRef<{ rows: readonly Account[]; target: number } | null>(null);
  return useMemo(() => {
    const target = countsAfter(last.current, rows);
    // A pure function of `rows`: a render React drops leaves a count that is still right.
    last.current = { rows, target };
    return { total: rows.length, target };
  }, [rows]);
}
