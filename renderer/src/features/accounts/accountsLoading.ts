/**
 * The list's load state for everything that acts on "all rows": until the full list is in
 * (the first rows are shown while the rest is read), select all, the side panels and the
 * count say it is still loading instead of acting on, or counting, the first rows only.
 */
import type { AccountCounts } from './accountCounts';

/** Why an action on every row is not offered yet (a button's title). */
export const WAIT_FOR_LIST = 'Available once every account is loaded';

/** The toolbar's count: "Loading 97,953 accounts…" (the count the store knows) or the list's. */
export function accountCountText(
  loading: boolean,
  counts: Pick<AccountCounts, 'total' | 'target'>,
  stored: number | null,
): string {
  if (loading)
    return stored === null ? 'Loading accounts…' : `Loading ${stored.toLocaleString()} accounts…`;
  return `${counts.total.toLocaleString()} accounts, ${counts.target.toLocaleString()} targets`;
}
