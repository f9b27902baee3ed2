/**
 * What the grid says when it shows no rows: still loading, nothing imported yet, or nothing
 * matching the search and filters (with a way to clear them). The grid renders the overlay
 * inside its own tree, so it reads the list's state from a React context, not from params
 * handed in once.
 */
import { createContext, useContext } from 'react';

export interface EmptyListState {
  /** Accounts in the list (0 while the first rows are still being read). */
  total: number;
  /** The full list is not in yet. */
  loading: boolean;
  /** Clears the search and every column filter. */
  clear: () => void;
}

export const EmptyListContext = createContext<EmptyListState>({
  total: 0,
  loading: false,
  clear: () => undefined,
});

export type EmptyListKind = 'loading' | 'none' | 'no-match';

export function emptyListKind(s: Pick<EmptyListState, 'total' | 'loading'>): EmptyListKind {
  if (s.loading) return 'loading';
  return s.total > 0 ? 'no-match' : 'none';
}

export function EmptyListOverlay() {
  const state = useContext(EmptyListContext);
  const kind = emptyListKind(state);
  if (kind === 'loading') return <div role="status">Loading accounts…</div>;
  if (kind === 'none')
    return <div role="status">No accounts yet: import a Salesforce or HubSpot export.</div>;
  return (
    <div role="status" className="empty-list-no-match">
      <span>No accounts match the search/filters.</span>{' '}
      <button type="button" className="empty-list-clear" onClick={state.clear}>
        Clear search and filters
      </button>
    </div>
  );
}
