/**
 * Keeps a list sorted across small changes. The account grid re-sorts after every edit and
 * every chunk of an import; sorting 100,000 names from scratch each time costs ~200 ms, so
 * when the sort is unchanged and few rows changed, the unchanged rows keep their previous
 * order and only the changed ones are sorted and merged in. The result is always what a full
 * sort would give (same keys, same ties broken by input position).
 */
import { sortedOrder, type SortValue } from './rowOrder';

function textOf(v: SortValue): string | number | null {
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  return Array.isArray(v) ? v.join('; ') : (v as string);
}

/** The order sortedOrder uses: empty first, numbers before text, text case-insensitive. */
export function compareSortValues(a: SortValue, b: SortValue): number {
  const x = textOf(a);
  const y = textOf(b);
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  if (typeof x === 'number' || typeof y === 'number') {
    if (typeof x !== typeof y) return typeof x === 'number' ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const lx = x.toLowerCase();
  const ly = y.toLowerCase();
  if (lx !== ly) return lx < ly ? -1 : 1;
  return x < y ? -1 : 1;
}

export interface OrderSpec<T> {
  /** Changes whenever the columns, directions or anything the values depend on change. */
  id: string;
  columns: readonly { descending: boolean; valueOf: (item: T) => SortValue }[];
  /** The item's identity across edits (a row id). */
  keyOf: (item: T) => string;
  /** An object that is replaced whenever the item's values change (a row's data object). */
  versionOf: (item: T) => unknown;
}

export class IncrementalOrder<T> {
  private specId = '';
  private previous: T[] = [];
  // The version each sorted item had, by position in `previous`. Plain arrays: hashing
  // 100,000 objects into a Set or WeakSet on every sort costs more than the sort itself.
  private previousVersions: unknown[] = [];
  /** How the last sort ran, for benchmarks and tests. */
  lastRun: 'full' | 'delta' | 'none' = 'none';

  constructor(private readonly deltaLimit = 0.1) {}

  /** Sorts `items` in place. */
  sort(items: T[], spec: OrderSpec<T>): void {
    const result = (spec.id === this.specId && this.delta(items, spec)) || this.full(items, spec);
    this.specId = spec.id;
    this.previous = result;
    this.previousVersions = result.map(spec.versionOf);
    for (let i = 0; i < items.length; i++) items[i] = result[i] as T;
  }

  private full(items: T[], spec: OrderSpec<T>): T[] {
    const n = items.length;
    const order = sortedOrder(
      n,
      spec.columns.map((c) => {
        const values = new Array<SortValue>(n);
        for (let i = 0; i < n; i++) values[i] = c.valueOf(items[i] as T);
        return { values, descending: c.descending };
      }),
    );
    this.lastRun = 'full';
    return order.map((i) => items[i] as T);
  }

  /** The previous order with the changed items taken out and inserted again; null if too many. */
  private delta(items: T[], spec: OrderSpec<T>): T[] | null {
    const n = items.length;
    const limit = Math.max(16, n * this.deltaLimit);
    const before = new Map<string, unknown>();
    this.previous.forEach((item, i) => before.set(spec.keyOf(item), this.previousVersions[i]));
    const position = new Map<string, number>();
    const touched: T[] = [];
    for (let i = 0; i < n; i++) {
      const item = items[i] as T;
      const key = spec.keyOf(item);
      position.set(key, i);
      if (before.get(key) === spec.versionOf(item) && before.has(key)) continue;
      touched.push(item);
      if (touched.length > limit) return null;
    }
    const moved = new Set(touched.map(spec.keyOf));
    const compare = (a: T, b: T): number => {
      for (const c of spec.columns) {
        const r = compareSortValues(c.valueOf(a), c.valueOf(b));
        if (r !== 0) return c.descending ? -r : r;
      }
      return (position.get(spec.keyOf(a)) as number) - (position.get(spec.keyOf(b)) as number);
    };
    const kept: T[] = [];
    for (const item of this.previous) {
      const key = spec.keyOf(item);
      if (position.has(key) && !moved.has(key)) kept.push(items[position.get(key) as number] as T);
    }
    touched.sort(compare);
    const result: T[] = [];
    let from = 0;
    for (const item of touched) {
      // The first kept item that sorts after this one (binary search from the last insert).
      let lo = from;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compare(kept[mid] as T, item) < 0) lo = mid + 1;
        else hi = mid;
      }
      for (let k = from; k < lo; k++) result.push(kept[k] as T);
      result.push(item);
      from = lo;
    }
    for (let k = from; k < kept.length; k++) result.push(kept[k] as T);
    this.lastRun = 'delta';
    return result;
  }
}
