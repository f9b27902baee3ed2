/**
 * What each account-list column holds for a row: the stored field, or for the computed
 * columns (live ICP score, suggested tier, conflicts) the value from the grid context. The
 * grid's cells, our sort, filters, quick search and copy all read values through here.
 */
import type { Account } from '../../../../../shared/domain/types';
import { nonCompanyWebsiteLabel } from '../../../../../shared/accounts';
import type { OwnerDirectory } from '../../../../../shared/owners';
import type { SortValue } from './rowOrder';

export interface GridContext {
  /** The live ICP score (the profile being edited), or null. */
  score: (a: Account) => number | null;
  suggest: (score: number | null) => 1 | 2 | 3 | null;
  conflicts: Map<string, number> | null;
  /** The owner directory: the owner column's editor offers it, edits resolve through it. */
  owners?: OwnerDirectory;
}

/** Columns whose values come from the context rather than the row. */
export const COMPUTED_COLUMNS: ReadonlySet<string> = new Set([
  'icpScore',
  'suggestedTier',
  'conflicts',
]);

/**
 * Columns computed from the row alone, never stored: "Not a company domain" (why the
 * website gives no dedupe key). The row decides, so a change of context does not re-sort.
 */
export const ROW_COMPUTED_COLUMNS: ReadonlySet<string> = new Set(['nonCompanyWebsite']);

export function columnValueOf(colId: string, a: Account | undefined, c: GridContext): SortValue {
  if (!a) return null;
  if (colId === 'nonCompanyWebsite') return nonCompanyWebsiteLabel(a.website);
  if (colId === 'icpScore') return c.score(a);
  if (colId === 'suggestedTier') return c.suggest(c.score(a));
  if (colId === 'conflicts') return c.conflicts?.get(a.id) ?? 0;
  const v = (a as unknown as Record<string, unknown>)[colId];
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return Array.isArray(v) ? (v as string[]) : null;
}

/** Columns that hold numbers (or nothing): they sort in one quick pass, not in slices. */
export const NUMBER_COLUMNS: ReadonlySet<string> = new Set([
  'tier',
  'employees',
  'annualRevenue',
  'intentScore',
  'icpScore',
  'suggestedTier',
  'conflicts',
]);

/**
 * columnValueOf for one column, resolved once: sorting reads a column of 100,000 rows, and
 * a reader that knows its field skips the per-row checks.
 */
export function columnReader(colId: string, c: GridContext): (a: Account) => SortValue {
  if (COMPUTED_COLUMNS.has(colId) || ROW_COMPUTED_COLUMNS.has(colId))
    return (a) => columnValueOf(colId, a, c);
  const field = colId as keyof Account;
  return (a) => {
    const v = a[field];
    return v === undefined || (typeof v === 'object' && !Array.isArray(v)) ? null : v;
  };
}
