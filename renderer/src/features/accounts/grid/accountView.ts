/**
 * The account list as the grid shows it: all rows, filtered by the column filters and the
 * quick search, in the chosen order. The grid holds only the rows in view and asks for
 * them by position, so a sort of 100,000 rows costs our sort and one screen of rows, not
 * the grid positioning every row. A fresh read of the store keeps the old object for every
 * unchanged row, so after an edit only the changed rows are sorted into the last order; a
 * full sort of text runs in slices so it never holds the window for long.
 */
import type { Account } from '../../../../../shared/domain/types';
import { sameAccount } from '../../../../../shared/accounts';
import { changedIdsBetween } from '../../../store/reads';
import { IncrementalOrder, type OrderSpec } from './incrementalOrder';
import { NUMBER_COLUMNS } from './accountValues';
import { RowFilter } from './rowFilter';
import { orderSpecOf, signatureOf, type ViewQuery } from './viewQuery';
import { indexById } from '../../../store/accountCopyList';

export { signatureOf, type ViewQuery } from './viewQuery';

const SLICE = 10_000;
/** More changed rows than this and the list is sorted from scratch. */
const DELTA_LIMIT = 5_000;
/** Up to this many replaced rows are each searched for and sorted in (IncrementalOrder.replacedIn). */
const FEW_ROWS = 64;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class AccountView {
  /** All rows, in primary-key order (the order ties sort in). */
  private rows: readonly Account[] = [];
  /**
   * Each row's place in `rows`, by id. Places, not rows: a change that keeps every row in its
   * place (the store's lists after field edits) changes no entry, where a map of the rows
   * took a set for each of a bulk edit's 100,000 rows.
   */
  private placeOf = new Map<string, number>();
  private order = new IncrementalOrder<Account>();
  private rowFilter = new RowFilter();
  private computedFor = '';
  /** The store's list last taken: the next one may say what changed since (takeChanged). */
  private taken: readonly Account[] | null = null;
  /** Rows new or changed since the list was last computed; null when too many to track. */
  private changed: Account[] | null = [];
  /**
   * Since the list was last computed, each changed row with the row it replaced; null once a
   * row was added or removed. A change of many rows that moves none (a bulk edit of the tier
   * while sorted by name) then keeps the order instead of sorting 100,000 rows again.
   */
  private replaced: { old: Account; now: Account }[] | null = [];
  private dirty = true;
  /** Counts the reads that changed the rows, so a sort that ran across one knows it. */
  private rowsVersion = 0;
  private preparing: { signature: string; done: Promise<boolean> } | null = null;
  /** The rows in view order. */
  shown: readonly Account[] = [];

  get size(): number {
    return this.rows.length;
  }

  /** Changes with every read that changed the rows: the grid showed them if it saw this. */
  get version(): number {
    return this.rowsVersion;
  }

  get(id: string): Account | undefined {
    const at = this.placeOf.get(id);
    return at === undefined ? undefined : this.rows[at];
  }

  /**
   * Takes a new read of all accounts (in primary-key order), in slices so no task holds the
   * window for long. 'stale' when `stale()` reports a newer read arrived meanwhile.
   */
  async setRows(
    next: readonly Account[],
    stale: () => boolean,
  ): Promise<'changed' | 'same' | 'stale'> {
    const before = this.taken;
    const known = before && before.length === next.length ? changedIdsBetween(before, next) : null;
    if (known) {
      // Many rows (a bulk edit) in a task of their own: the write's complete event can come first.
      if (known.length > SLICE) {
        await pause();
        if (stale()) return 'stale';
      }
      const took = this.takeChanged(next, known);
      if (took) return took;
    }
    const out = new Array<Account>(next.length);
    const placeOf = new Map<string, number>();
    const changed: Account[] = [];
    const replaced: { old: Account; now: Account }[] = [];
    let added = false;
    let matched = 0;
    let moved = next.length !== this.rows.length;
    for (let i = 0; i < next.length; i++) {
      const row = next[i] as Account;
      const old = this.get(row.id);
      if (old) matched++;
      const kept = old && sameAccount(old, row) ? old : row;
      out[i] = kept;
      placeOf.set(kept.id, i);
      if (kept !== this.rows[i]) moved = true;
      if (kept !== old) {
        if (changed.length <= DELTA_LIMIT) changed.push(row);
        if (old) replaced.push({ old, now: row });
        else added = true;
      }
      if (i % SLICE === SLICE - 1) {
        await pause();
        if (stale()) return 'stale';
      }
    }
    const removed = matched !== this.placeOf.size;
    // 'same' only with every row in its place, so the rows stay where the store's list has them.
    if (changed.length === 0 && !removed && !moved) {
      this.taken = next;
      return 'same';
    }
    this.placeOf = placeOf;
    this.rows = out;
    // The store's later lists say which of these rows they changed (takeChanged).
    this.taken = next;
    this.changed =
      this.changed && changed.length <= DELTA_LIMIT ? [...this.changed, ...changed] : null;
    this.replaced = this.replaced && !added && !removed ? this.replaced.concat(replaced) : null;
    this.dirty = true;
    this.rowsVersion++;
    return 'changed';
  }

  /** Takes the first rows of a list at once, when fewer than SLICE (setRows would pause). */
  seed(rows: readonly Account[]): void {
    if (rows.length < SLICE) void this.setRows(rows, () => false);
  }

  /**
   * Takes a list the store says differs from the last one in the rows of `ids` only (the
   * same rows in the same places otherwise): a bulk edit of 100,000 rows costs its rows,
   * not a compare of every row. Null when a row is not where the view has it (then compare).
   */
  private takeChanged(next: readonly Account[], ids: readonly string[]): 'changed' | 'same' | null {
    if (ids.length === 0) {
      this.taken = next;
      return 'same';
    }
    const changed: Account[] = [];
    const replaced: { old: Account; now: Account }[] = [];
    // The view's rows are in the same places as the list's (both in primary-key order, the
    // same ids), though some may be its own equal objects kept from an earlier read.
    let rows: Account[] | null = null;
    let at = -1;
    for (const id of ids) {
      // The store names its rows in list order: the next place is usually the next row.
      at = next[at + 1]?.id === id ? at + 1 : indexById(next, id);
      const now = next[at];
      const old = this.rows[at];
      if (!now || !old || old.id !== id) return null;
      if (old === now) continue;
      (rows ??= this.rows.slice())[at] = now;
      if (changed.length <= DELTA_LIMIT) changed.push(now);
      replaced.push({ old, now });
    }
    this.taken = next;
    if (!rows) return 'same';
    this.rows = rows;
    this.changed =
      this.changed && changed.length <= DELTA_LIMIT ? [...this.changed, ...changed] : null;
    this.replaced = this.replaced ? this.replaced.concat(replaced) : null;
    this.dirty = true;
    this.rowsVersion++;
    return 'changed';
  }

  /**
   * Whether `shown` was computed from `rows` (the store's latest list): until then "all"
   * would be the rows of an earlier list, such as the first 200 after a page load.
   */
  isCurrentFor(rows: readonly Account[]): boolean {
    return this.taken === rows && !this.dirty;
  }

  /** Whether compute(q) would return at once (nothing to filter or sort again). */
  isReady(q: ViewQuery): boolean {
    return !this.dirty && signatureOf(q) === this.computedFor;
  }

  /** Filters and sorts for `q` now (a text sort of many rows is one long task: prefer prepare). */
  compute(q: ViewQuery): readonly Account[] {
    const signature = signatureOf(q);
    if (!this.dirty && signature === this.computedFor) return this.shown;
    const list = this.filtered(q);
    const spec = orderSpecOf(q);
    const sorted = !spec
      ? list
      : (this.resorted(q, signature, spec) ?? this.order.sort(list, spec));
    return this.done(sorted, signature);
  }

  /**
   * Gets the list for `q` ready without long tasks: a text sort from scratch runs in slices.
   * Concurrent calls for the same query share one preparation. Resolves true when the list
   * is ready for `q`; false when a newer query took over, or rows arrived meanwhile (their
   * changes are kept, so the next call only sorts them in).
   */
  prepare(q: ViewQuery): Promise<boolean> {
    const signature = signatureOf(q);
    if (!this.dirty && signature === this.computedFor) return Promise.resolve(true);
    if (this.preparing?.signature === signature) return this.preparing.done;
    const stale = () => this.preparing?.signature !== signature;
    const done = (async () => {
      const spec = orderSpecOf(q);
      const quick = !spec || q.sort.every((s) => NUMBER_COLUMNS.has(s.colId));
      if (quick) {
        this.compute(q);
        return true;
      }
      // The changes sorted or swapped in (a swap of many rows in a task of its own), once.
      if (!this.changed || this.changed.length > DELTA_LIMIT) {
        await pause();
        if (stale()) return false;
      }
      const delta = this.resorted(q, signature, spec);
      if (delta) {
        this.done(delta, signature);
        return true;
      }
      const version = this.rowsVersion;
      const changesBefore = this.changed?.length ?? 0;
      const list = this.filtered(q);
      const sorted = await this.order.sortAsync(list, spec, pause, stale);
      if (!sorted || stale()) return false;
      const arrived = this.changed ? this.changed.slice(changesBefore) : null;
      this.done(sorted, signature);
      if (version === this.rowsVersion) return true;
      // Rows changed while sorting: keep this order, and sort in what arrived next time (the
      // rows they replaced are not known from here: no order is kept by swapping them in).
      this.changed = arrived;
      this.replaced = null;
      this.dirty = true;
      return false;
    })().finally(() => {
      if (this.preparing?.signature === signature) this.preparing = null;
    });
    this.preparing = { signature, done };
    return done;
  }

  private done(list: readonly Account[], signature: string): readonly Account[] {
    this.shown = list;
    this.computedFor = signature;
    this.changed = [];
    this.replaced = [];
    this.dirty = false;
    return list;
  }

  /** The last order with the changed rows sorted in, when the query is the same. */
  private resorted(
    q: ViewQuery,
    signature: string,
    spec: OrderSpec<Account>,
  ): readonly Account[] | null {
    if (signature !== this.computedFor) return null;
    if (!this.changed || this.changed.length > DELTA_LIMIT) return this.swapped(q, spec);
    const passes = this.rowFilter.passes(q);
    // A few rows replaced (an inline edit, a paste): each taken out and sorted in again.
    if (this.replaced && this.replaced.length <= FEW_ROWS) {
      const list = this.order.replacedIn(this.replaced, passes, spec);
      if (list) return list;
    }
    const current = (a: Account) => this.get(a.id) === a;
    // A row changed twice, or changed and then deleted, has only its latest version here.
    const changed = [...new Set(this.changed)].filter((a) => current(a) && (!passes || passes(a)));
    return this.order.resort(changed, current, spec, DELTA_LIMIT);
  }

  /** The last order with the replaced rows swapped in, when none of them moves or leaves. */
  private swapped(q: ViewQuery, spec: OrderSpec<Account>): readonly Account[] | null {
    if (!this.replaced) return null;
    const passes = this.rowFilter.passes(q);
    if (passes && this.replaced.some(({ old, now }) => passes(old) !== passes(now))) return null;
    // Rows the filter leaves out are not in the last order: only those it keeps are swapped.
    return this.order.swapped(this.replaced, (id) => this.get(id), spec);
  }

  private filtered(q: ViewQuery): readonly Account[] {
    const passes = this.rowFilter.passes(q);
    return passes ? this.rows.filter(passes) : this.rows;
  }
}
