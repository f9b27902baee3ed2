/**
 * What the account list is asked for (the grid's sort and filter models, the quick search
 * and the columns it looks in, the computed values' context), and its signature: two
 * queries with the same signature give the same list of the same rows (accountView.ts).
 * Also where a row is in a list of the store's (primary-key order).
 */
import type { Account } from '../../../../../shared/domain/types';
import type { FilterModel } from './gridFilter';
import { columnReader, COMPUTED_COLUMNS, NUMBER_COLUMNS, type GridContext } from './accountValues';
import type { OrderSpec } from './incrementalOrder';

export interface ViewQuery {
  sort: readonly { colId: string; sort: 'asc' | 'desc' }[];
  filter: FilterModel;
  quick: string;
  /** The columns a quick search looks in (the visible ones). */
  quickColumns: readonly string[];
  context: GridContext;
}

const contextIds = new WeakMap<object, number>();
let nextContextId = 0;
export function contextId(c: object): number {
  let id = contextIds.get(c);
  if (id === undefined) contextIds.set(c, (id = nextContextId++));
  return id;
}

/**
 * Whether the list for `q` depends on the context's computed values (ICP score, suggested
 * tier, conflicts). The context is rebuilt after every write (conflict counts), so only
 * these queries must be recomputed from scratch when it changes.
 */
export function readsContext(q: ViewQuery): boolean {
  return (
    q.sort.some((s) => COMPUTED_COLUMNS.has(s.colId)) ||
    Object.keys(q.filter).some((c) => COMPUTED_COLUMNS.has(c)) ||
    (q.quick.trim() !== '' && q.quickColumns.some((c) => COMPUTED_COLUMNS.has(c)))
  );
}

/** What the list for `q` depends on: equal signatures, equal lists (for the same rows). */
export function signatureOf(q: ViewQuery): string {
  const context = readsContext(q) ? contextId(q.context) : '-';
  // The searched columns matter only while there is a search (hiding a column re-sorts nothing).
  const quick = q.quick.trim();
  return `${JSON.stringify([q.sort, q.filter, quick, quick ? q.quickColumns : []])}@${context}`;
}

/** The order a query sorts by (null: unsorted, the store's primary-key order). */
export function orderSpecOf(q: ViewQuery): OrderSpec<Account> | null {
  if (q.sort.length === 0) return null;
  return {
    // Computed columns change with the context, so then it is part of the sort's identity.
    id: `${JSON.stringify(q.sort)}@${
      q.sort.some((s) => COMPUTED_COLUMNS.has(s.colId)) ? contextId(q.context) : '-'
    }`,
    columns: q.sort.map((s) => ({
      descending: s.sort === 'desc',
      valueOf: columnReader(s.colId, q.context),
      numeric: NUMBER_COLUMNS.has(s.colId),
    })),
    keyOf: (a) => a.id,
  };
}
