/**
 * The account list as the grid shows it: all rows, filtered by the column filters and the
 * quick search, in the chosen order. The grid holds only the rows in view and asks for
 * them by position, so a sort of 100,000 rows costs our sort and one screen of rows, not
 * the grid positioning every row. A fresh read of the store keeps the old object for every
 * unchanged row, so re-sorting after an edit merges the changed rows into the last order.
 */
import type { Account } from '../../../../../shared/domain/types';
import {
  filterPredicate,
  IncrementalOrder,
  quickSearchText,
  quickSearchWords,
  sameAccount,
  type FilterModel,
} from '../../../../../shared/accounts';
import { columnValueOf, type GridContext } from './accountValues';

export interface ViewQuery {
  sort: readonly { colId: string; sort: 'asc' | 'desc' }[];
  filter: FilterModel;
  quick: string;
  /** The columns a quick search looks in (the visible ones). */
  quickColumns: readonly string[];
  context: GridContext;
}

const SLICE = 20_000;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const contextIds = new WeakMap<object, number>();
let nextContextId = 0;
function contextId(c: object): number {
  let id = contextIds.get(c);
  if (id === undefined) contextIds.set(c, (id = nextContextId++));
  return id;
}

export class AccountView {
  private rows: Account[] = [];
  private byId = new Map<string, Account>();
  private order = new IncrementalOrder<Account>();
  private quickText = new WeakMap<Account, string>();
  private quickSignature = '';
  private computedFor = '';
  private dirty = true;
  /** The rows in view order. */
  shown: readonly Account[] = [];

  get size(): number {
    return this.rows.length;
  }

  get(id: string): Account | undefined {
    return this.byId.get(id);
  }

  /**
   * Takes a new read of all accounts, in slices so no task holds the window for long.
   * Says 'stale' when `stale()` reports a newer read arrived meanwhile.
   */
  async setRows(
    next: readonly Account[],
    stale: () => boolean,
  ): Promise<'changed' | 'same' | 'stale'> {
    const out = new Array<Account>(next.length);
    let matched = 0;
    let changed = next.length !== this.rows.length;
    for (let i = 0; i < next.length; i++) {
      const row = next[i] as Account;
      const old = this.byId.get(row.id);
      if (old) matched++;
      if (old && sameAccount(old, row)) out[i] = old;
      else {
        out[i] = row;
        changed = true;
      }
      if (i % SLICE === SLICE - 1) {
        await pause();
        if (stale()) return 'stale';
      }
    }
    if (!changed && matched === this.byId.size) return 'same';
    if (matched !== this.byId.size || this.byId.size !== out.length) {
      this.byId = new Map();
      for (const a of out) this.byId.set(a.id, a);
    } else {
      for (const a of out) if (this.byId.get(a.id) !== a) this.byId.set(a.id, a);
    }
    this.rows = out;
    this.dirty = true;
    return 'changed';
  }

  /** Marks the view for recomputing (e.g. the context's computed values changed). */
  invalidate(): void {
    this.dirty = true;
  }

  /** Filters and sorts for `q`, unless nothing changed since the last time. */
  compute(q: ViewQuery): readonly Account[] {
    const signature = JSON.stringify([q.sort, q.filter, q.quick, q.quickColumns]);
    const withContext = `${signature}@${contextId(q.context)}`;
    if (!this.dirty && withContext === this.computedFor) return this.shown;
    const keep = filterPredicate<Account>(q.filter, (a, col) => columnValueOf(col, a, q.context));
    const words = quickSearchWords(q.quick);
    let list: Account[] = this.rows;
    if (keep || words.length > 0) {
      const quickSig = q.quickColumns.join(',');
      if (quickSig !== this.quickSignature) {
        this.quickText = new WeakMap();
        this.quickSignature = quickSig;
      }
      list = this.rows.filter(
        (a) => (!keep || keep(a)) && (words.length === 0 || this.matchesWords(a, words, q)),
      );
    }
    if (q.sort.length > 0) {
      if (list === this.rows) list = list.slice();
      this.order.sort(list, {
        // Computed columns change with the context, so it is part of the sort's identity.
        id: `${JSON.stringify(q.sort)}@${contextId(q.context)}`,
        columns: q.sort.map((s) => ({
          descending: s.sort === 'desc',
          valueOf: (a: Account) => columnValueOf(s.colId, a, q.context),
        })),
        keyOf: (a) => a.id,
        versionOf: (a) => a,
      });
    }
    this.shown = list;
    this.computedFor = withContext;
    this.dirty = false;
    return list;
  }

  private matchesWords(a: Account, words: string[], q: ViewQuery): boolean {
    let text = this.quickText.get(a);
    if (text === undefined) {
      text = quickSearchText(q.quickColumns.map((c) => columnValueOf(c, a, q.context)));
      this.quickText.set(a, text);
    }
    return words.every((w) => (text as string).includes(w));
  }
}
