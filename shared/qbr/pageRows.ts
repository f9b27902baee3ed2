/**
 * Splitting long lists over pages: a slide readable at 1280×720 holds about a dozen table
 * rows, so a list is cut into pages of that many, and past a few pages the rest is counted
 * ("… and 212 more"), not shown: a pack is presented, the full lists live in the app.
 */
export const ROWS_PER_PAGE = 12;

export interface RowSlice<T> {
  rows: T[];
  /** 1-based page of the list, and how many pages it spans. */
  part: number;
  parts: number;
  /** Rows left out after the last page (0 on the others). */
  left: number;
}

export function sliceRows<T>(
  rows: readonly T[],
  perPage = ROWS_PER_PAGE,
  maxPages = 2,
): RowSlice<T>[] {
  const shown = Math.min(rows.length, perPage * maxPages);
  const parts = Math.max(1, Math.ceil(shown / perPage));
  const out: RowSlice<T>[] = [];
  for (let part = 0; part < parts; part++) {
    out.push({
      rows: rows.slice(part * perPage, Math.min(shown, (part + 1) * perPage)),
      part: part + 1,
      parts,
      left: part === parts - 1 ? rows.length - shown : 0,
    });
  }
  return out;
}

/** "… and 212 more accounts", or null. */
export function moreText(left: number, noun: string): string | null {
  if (left <= 0) return null;
  return `… and ${left.toLocaleString('en-US')} more ${left === 1 ? noun : `${noun}s`}`;
}

/** " (2 of 3)" for a list over several pages, "" for one. */
export function partText(part: number, parts: number): string {
  return parts > 1 ? ` (${part} of ${parts})` : '';
}
