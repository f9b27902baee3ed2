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
  private changedRows: Account[] = [];
  /** The fields the changed rows changed in; null when not known for one of them. */
  private changedFields: Set<string> | null = new Set();

  /**
   * Rows came or went: the next list is sorted anew, or is `sorted` (every row of the copy,
   * in primary-key order, as a read of the pages built it).
   */
  reset(sorted: Account[] | null = null): void {
    this.sorted = sorted;
    this.changedRows = [];
    this.changedFields = new Set();
    if (sorted) listChanges.record(null, sorted, null, null);
  }

  /**
   * Rows replaced in place, swapped into the next list; once more were changed than the copy
   * holds (`limit`: nobody asks for the list, as in a Worker), it is sorted anew instead.
   * `fields`, when known, are the only fields that changed on these rows.
   */
  changed(rows: readonly Account[], limit: number, fields?: readonly string[]): void {
    if (!this.sorted) return;
    if (this.changedRows.length + rows.length > limit) return this.reset();
    for (const row of rows) this.changedRows.push(row);
    if (!fields) this.changedFields = null;
    else if (this.changedFields) for (const f of fields) this.changedFields.add(f);
  }

  /**
   * The list of `rows` (the copy's rows by id, holding every row changed since). The changed
   * rows are found in the last list by position, not by id: the next place when they come in
   * list order (a bulk edit's rows do), else a binary search; a row changed twice lands in
   * the same place, its later version last. No lookup in a map of 100,000 ids per changed
   * row (two per row made this ~30 ms of a bulk edit's refresh).
   */
  list(rows: ReadonlyMap<string, Account>): Account[] {
    if (this.sorted && this.changedRows.length > 0) {
      const before = this.sorted;
      const next = before.slice();
      const places = placesOf(before, this.changedRows);
      if (places) {
        for (let i = 0; i < places.length; i++)
          next[places[i] as number] = this.changedRows[i] as Account;
        this.sorted = next;
        listChanges.record(before, next, idsAt(next, places), this.changedFields);
      } else this.sorted = null;
    }
    this.changedRows = [];
    this.changedFields = new Set();
    if (!this.sorted) {
      this.sorted = [...rows.values()].sort(byId);
      listChanges.record(null, this.sorted, null, null);
    }
    return this.sorted;
  }
}

/** Where each changed row's id is in `list` (primary-key order); null if one is not there. */
function placesOf(list: readonly Account[], changed: readonly Account[]): Int32Array | null {
  const places = new Int32Array(changed.length);
  let at = -1;
  for (let i = 0; i < changed.length; i++) {
    const id = (changed[i] as Account).id;
    at = list[at + 1]?.id === id ? at + 1 : indexById(list, id);
    if (at < 0) return null;
    places[i] = at;
  }
  return places;
}

/** Where `id` is in a list in primary-key order (binary search); -1 when it is not. */
export function indexById(list: readonly Account[], id: string): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = (list[mid] as Account).id;
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The ids at `places` in `list`, each once, in list order. */
function idsAt(list: readonly Account[], places: Int32Array): string[] {
  let ordered = true;
  for (let i = 1; i < places.length && ordered; i++)
    ordered = (places[i - 1] as number) < (places[i] as number);
  const sorted = ordered ? places : places.slice().sort();
  const ids: string[] = [];
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) ids.push((list[sorted[i] as number] as Account).id);
  return ids;
}

interface ListStep {
  from: number;
  to: number;
  ids: string[] | null;
  fields: ReadonlySet<string> | null;
}

/**
 * Which lists of the copy followed which, the ids whose rows each swapped in (null: rows came
 * or went, and the list was sorted anew) and the fields they changed in (null: not known).
 * Lists are known by a number, held weakly, so no old list of 100,000 rows is kept alive for
 * this; only the last few steps are kept.
 */
class ListChanges {
  private numbers = new WeakMap<readonly Account[], number>();
  private steps: ListStep[] = [];
  private next = 1;

  private numberOf(list: readonly Account[]): number {
    let n = this.numbers.get(list);
    if (n === undefined) this.numbers.set(list, (n = this.next++));
    return n;
  }

  record(
    before: readonly Account[] | null,
    after: readonly Account[],
    ids: string[] | null,
    fields: ReadonlySet<string> | null,
  ): void {
    const from = before ? this.numberOf(before) : 0;
    this.steps.push({ from, to: this.numberOf(after), ids, fields });
    if (this.steps.length > LIST_STEPS) this.steps.shift();
  }

  /** The steps from list `before` to list `after` of the copy, latest first; null when not known. */
  stepsBetween(before: readonly Account[], after: readonly Account[]): ListStep[] | null {
    const from = this.numbers.get(before);
    let at = this.numbers.get(after);
    if (from === undefined || at === undefined) return null;
    const chain: ListStep[] = [];
    for (let i = this.steps.length - 1; i >= 0 && at !== from; i--) {
      const step = this.steps[i] as ListStep;
      if (step.to !== at) continue;
      if (!step.ids) return null;
      chain.push(step);
      at = step.from;
    }
    return at === from ? chain : null;
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
  const chain = listChanges.stepsBetween(before, after);
  if (!chain) return null;
  const parts = chain.map((step) => step.ids as string[]);
  return parts.length === 1 ? (parts[0] as string[]) : [...new Set(parts.flat())];
}

/**
 * The fields the rows changed in between two lists the copy handed out (`before` earlier),
 * when the copy knows (null when not: then any field may have changed).
 */
export function changedFieldsBetween(
  before: readonly Account[],
  after: readonly Account[],
): ReadonlySet<string> | null {
  if (before === after) return new Set();
  const chain = listChanges.stepsBetween(before, after);
  if (!chain || chain.some((step) => !step.fields)) return null;
  if (chain.length === 1) return (chain[0] as ListStep).fields;
  return new Set(chain.flatMap((step) => [...(step.fields as ReadonlySet<string>)]));
}
