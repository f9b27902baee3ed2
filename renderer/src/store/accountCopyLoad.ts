/**
 * What the working copy (accountPageCopy.ts) is made of, built from the stored pages a part
 * at a time: the rows by id, each row's page, each page's ids and stored fields, and the rows
 * in primary-key order (the list the copy hands out). A read of every page adds each part
 * as it arrives (accountSync.readPages), so at 100,000 rows no one task builds it all: the
 * window once spent one task of ~400 ms on the maps and the sort after the last page.
 */
import type { Account } from '../../../shared/domain/types';
import { pageNumber, type AccountPage } from './accountPageMeta';

export const byId = (a: Account, b: Account): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Two lists sorted by id (no id in both) as one, sorted: what sorting both together gives. */
function merge(a: readonly Account[], b: readonly Account[]): Account[] {
  const out = new Array<Account>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Account;
    const y = b[j] as Account;
    if (x.id < y.id) {
      out[k++] = x;
      i++;
    } else {
      out[k++] = y;
      j++;
    }
  }
  while (i < a.length) out[k++] = a[i++] as Account;
  while (j < b.length) out[k++] = b[j++] as Account;
  return out;
}

export class PagesLoad {
  readonly rows = new Map<string, Account>();
  readonly pageOf = new Map<string, string>();
  readonly members = new Map<string, string[]>();
  readonly storedFields = new Map<string, Set<string>>();
  lastPage = 0;
  /**
   * Runs sorted by id, each longer than the next (merged as a binary counter carries), so
   * every row is merged about log2(parts) times and the merges left for the end take one
   * or two passes over the rows.
   */
  private runs: Account[][] = [];
  /** Rows added, an id added twice counted twice (then the list is sorted from the map). */
  private added = 0;

  static of(pages: readonly AccountPage[]): PagesLoad {
    const load = new PagesLoad();
    load.add(pages);
    return load;
  }

  /** The rows of some more pages (each page once, in any order of parts). */
  add(pages: readonly AccountPage[]): void {
    const part: Account[] = [];
    for (const page of pages) {
      const ids: string[] = [];
      for (const row of page.rows) {
        this.rows.set(row.id, row);
        this.pageOf.set(row.id, page.id);
        ids.push(row.id);
        part.push(row);
        this.added++;
      }
      this.members.set(page.id, ids);
      this.storedFields.set(page.id, page.stored ?? new Set());
      this.lastPage = Math.max(this.lastPage, pageNumber(page.id));
    }
    let run = part.sort(byId);
    while (
      this.runs.length > 0 &&
      (this.runs[this.runs.length - 1] as Account[]).length <= run.length
    )
      run = merge(this.runs.pop() as Account[], run);
    this.runs.push(run);
  }

  /** Every row of the map, in primary-key order. */
  sorted(): Account[] {
    // An id on two pages (no write stores one so) is one row, the later page's.
    if (this.added !== this.rows.size) return [...this.rows.values()].sort(byId);
    let all: Account[] = [];
    for (let i = this.runs.length - 1; i >= 0; i--) all = merge(this.runs[i] as Account[], all);
    this.runs = [all];
    return all;
  }
}
