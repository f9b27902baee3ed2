/**
 * The list of the working copy's rows that it hands out (AccountPageCopy.list): every row in
 * primary-key order, a new array after every change. After field edits only the changed rows
 * are swapped in (no sort), and the new list remembers which ids were swapped
 * (changedIdsBetween), so a reader holding the list before need not compare 100,000 rows to
 * find the few, or the many, that changed.
 */
import type { Account } from '../../../shared/domain/types';

import { byId } from './accountCopyLoad';

export class CopyList {
  private sorted: Account[] | null = [];
  private sortedAt: Map<string, number> | null = null;
  private changedRows: Account[] = [];

  /**
   * Rows came or went: the next list is sorted anew, or is `sorted` (every row of the copy,
   * in primary-key order, as a read of the pages built it).
   */
  reset(sorted: Account[] | null = null): void {
    this.sorted = sorted;
    this.sortedAt = null;
    this.changedRows = [];
    if (sorted) listChanges.record(null, sorted, null);
  }

  /**
   * Rows replaced in place, swapped into the next list; once more were changed than the copy
   * holds (`limit`: nobody asks for the list, as in a Worker), it is sorted anew instead.
   */
  changed(rows: readonly Account[], limit: number): void {
    if (!this.sorted) return;
    if (this.changedRows.length + rows.length > limit) this.reset();
    else for (const row of rows) this.changedRows.push(row);
  }

  /** The list of `rows` (the copy's rows by id, holding every row changed since). */
  list(rows: ReadonlyMap<string, Account>): Account[] {
    if (this.sorted && this.changedRows.length > 0) {
      const before = this.sorted;
      // Built at the first change after a read, not by the read of 100,000 rows itself.
      const sortedAt = (this.sortedAt ??= new Map(before.map((row, i) => [row.id, i])));
      const next = before.slice();
      const ids: string[] = [];
      for (const row of this.changedRows) {
        const at = sortedAt.get(row.id);
        if (at !== undefined && rows.get(row.id) === row) {
          next[at] = row;
          ids.push(row.id);
        }
      }
      this.sorted = next;
      listChanges.record(before, next, ids);
    }
    this.changedRows = [];
    if (!this.sorted) {
      this.sorted = [...rows.values()].sort(byId);
      this.sortedAt = null;
      listChanges.record(null, this.sorted, null);
    }
    return this.sorted;
  }
}

/**
 * Which lists of the copy followed which, and the ids whose rows each swapped in (null: rows
 * came or went, and the list was sorted anew). Lists are known by a number, held weakly, so
 * no old list of 100,000 rows is kept alive for this; only the last few steps are kept.
 */
class ListChanges {
  private numbers = new WeakMap<readonly Account[], number>();
  private steps: { from: number; to: number; ids: string[] | null }[] = [];
  private next = 1;

  private numberOf(list: readonly Account[]): number {
    let n = this.numbers.get(list);
    if (n === undefined) this.numbers.set(list, (n = this.next++));
    return n;
  }

  record(before: readonly Account[] | null, after: readonly Account[], ids: string[] | null): void {
    const from = before ? this.numberOf(before) : 0;
    this.steps.push({ from, to: this.numberOf(after), ids });
    if (this.steps.length > LIST_STEPS) this.steps.shift();
  }

  /** The ids changed from list `before` to list `after` of the copy; null when not known. */
  between(before: readonly Account[], after: readonly Account[]): string[] | null {
    const from = this.numbers.get(before);
    let at = this.numbers.get(after);
    if (from === undefined || at === undefined) return null;
    const parts: string[][] = [];
    for (let i = this.steps.length - 1; i >= 0 && at !== from; i--) {
      const step = this.steps[i] as { from: number; to: number; ids: string[] | null };
      if (step.to !== at) continue;
      if (!step.ids) return null;
      parts.push(step.ids);
      at = step.from;
    }
    if (at !== from) return null;
    return parts.length === 1 ? (parts[0] as string[]) : [...new Set(parts.flat())];
  }
}

/** Steps of the lists remembered: a reader further behind compares the rows instead. */
const LIST_STEPS = 32;
const listChanges = new ListChanges();

/**
 * The ids of the rows that differ between two lists the copy handed out (`before` earlier),
 * when the copy knows: every other row is the same object in the same place. Null when it
 * does not (rows came or went, or `before` is too old): the reader then compares the rows.
 */
export function changedIdsBetween(
  before: readonly Account[],
  after: readonly Account[],
): string[] | null {
  if (before === after) return [];
  return listChanges.between(before, after);
}
