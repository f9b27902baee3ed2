/**
 * Keeps a list sorted across small changes. The account list re-sorts after every edit and
 * import; sorting 100,000 names from scratch costs ~200 ms, so when the sort is unchanged
 * and the caller knows which items changed, the others keep their previous order and only
 * the changed ones are sorted and inserted. A full sort of text can also run in slices
 * (sortAsync), pausing between them, so it never holds the window for long. Ties are broken
 * by key, so the caller's items must come in key order (the store's primary-key order); the
 * result is then always exactly what a full sort gives.
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
  columns: readonly {
    descending: boolean;
    valueOf: (item: T) => SortValue;
    /** Every value is a number or empty: read into typed arrays, sorted by radix. */
    numeric?: boolean;
  }[];
  /** The item's identity across edits (a row id); items come in this key's order. */
  keyOf: (item: T) => string;
}

export class IncrementalOrder<T> {
  private specId = '';
  private previous: T[] = [];
  /** How the last sort ran, for benchmarks and tests. */
  lastRun: 'full' | 'delta' | 'none' = 'none';

  /** A full sort of `items` (in key order). */
  sort(items: readonly T[], spec: OrderSpec<T>): T[] {
    return this.remember(this.sorted(items, spec), spec, 'full');
  }

  /**
   * The same as sort(), in slices of `slice` items with `pause()` between them (then a merge
   * of the slices, one pair per pause), so a text sort of 100,000 rows is many short tasks.
   * Null when `stale()` reports the result is no longer wanted.
   */
  async sortAsync(
    items: readonly T[],
    spec: OrderSpec<T>,
    pause: () => Promise<void>,
    stale: () => boolean,
    slice = 10_000,
  ): Promise<T[] | null> {
    const n = items.length;
    if (n <= slice) return this.sort(items, spec);
    let runs: T[][] = [];
    for (let from = 0; from < n; from += slice) {
      runs.push(this.sorted(items.slice(from, from + slice), spec));
      await pause();
      if (stale()) return null;
    }
    const compare = this.comparator(spec);
    while (runs.length > 1) {
      const merged: T[][] = [];
      for (let r = 0; r < runs.length; r += 2) {
        const a = runs[r] as T[];
        const b = runs[r + 1];
        if (!b) {
          merged.push(a);
          continue;
        }
        const out = await mergeSorted(a, b, compare, slice, pause);
        if (stale()) return null;
        merged.push(out);
      }
      runs = merged;
    }
    return this.remember(runs[0] ?? [], spec, 'full');
  }

  /**
   * The last order with `changed` items (new or edited) sorted in, and the items for which
   * `isCurrent` is false (removed or replaced) left out. Null when the spec changed or more
   * than `limit` items changed: sort from scratch then.
   */
  resort(
    changed: readonly T[],
    isCurrent: (item: T) => boolean,
    spec: OrderSpec<T>,
    limit: number,
  ): T[] | null {
    if (spec.id !== this.specId || changed.length > limit) return null;
    const compare = this.comparator(spec);
    const kept = this.previous.filter(isCurrent);
    const fresh = [...changed].sort(compare);
    const result: T[] = [];
    let from = 0;
    for (const item of fresh) {
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
    return this.remember(result, spec, 'delta');
  }

  /**
   * The last order with each replaced item taken out where it sorted and its new item sorted
   * in (a binary search each, in the order they were replaced): an inline edit costs a few
   * searches and a copy of the list, not a lookup of each of 100,000 items. `keep` says which
   * new items the list shows (the filter). Null when an old item that `keep` passes is not
   * where it sorts (the caller then sorts the changes in the long way).
   */
  replacedIn(
    replaced: readonly { old: T; now: T }[],
    keep: ((item: T) => boolean) | null,
    spec: OrderSpec<T>,
  ): T[] | null {
    if (spec.id !== this.specId) return null;
    const compare = this.comparator(spec);
    const result = this.previous.slice();
    const place = (item: T) => {
      let lo = 0;
      let hi = result.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compare(result[mid] as T, item) < 0) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    for (const { old, now } of replaced) {
      const at = place(old);
      if (result[at] === old) result.splice(at, 1);
      else if (!keep || keep(old)) return null;
      if (!keep || keep(now)) result.splice(place(now), 0, now);
    }
    return this.remember(result, spec, 'delta');
  }

  /**
   * The last order with each changed item in its old item's place, when no changed item's
   * sort values changed (a bulk edit of the tier while sorted by name): O(n), however many
   * items changed. `latest` gives each key's item now; null when the order may differ.
   */
  swapped(
    changed: readonly { old: T; now: T }[],
    latest: (key: string) => T | undefined,
    spec: OrderSpec<T>,
  ): T[] | null {
    if (spec.id !== this.specId) return null;
    for (const { old, now } of changed)
      for (const c of spec.columns)
        if (compareSortValues(c.valueOf(old), c.valueOf(now)) !== 0) return null;
    const result = new Array<T>(this.previous.length);
    for (let i = 0; i < result.length; i++) {
      const item = latest(spec.keyOf(this.previous[i] as T));
      if (item === undefined) return null;
      result[i] = item;
    }
    return this.remember(result, spec, 'delta');
  }

  private remember(result: T[], spec: OrderSpec<T>, run: 'full' | 'delta'): T[] {
    this.specId = spec.id;
    this.previous = result;
    this.lastRun = run;
    return result;
  }

  private sorted(items: readonly T[], spec: OrderSpec<T>): T[] {
    const n = items.length;
    const order = sortedOrder(
      n,
      spec.columns.map((c) => {
        if (c.numeric) {
          const values = new Float64Array(n);
          const empty = new Uint8Array(n);
          for (let i = 0; i < n; i++) {
            const v = c.valueOf(items[i] as T);
            if (typeof v === 'number' && !Number.isNaN(v)) values[i] = v === 0 ? 0 : v;
            else empty[i] = 1;
          }
          return { numbers: { values, empty }, descending: c.descending };
        }
        const values = new Array<SortValue>(n);
        for (let i = 0; i < n; i++) values[i] = c.valueOf(items[i] as T);
        return { values, descending: c.descending };
      }),
    );
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = items[order[i] as number] as T;
    return out;
  }

  private comparator(spec: OrderSpec<T>): (a: T, b: T) => number {
    return (a, b) => {
      for (const c of spec.columns) {
        const r = compareSortValues(c.valueOf(a), c.valueOf(b));
        if (r !== 0) return c.descending ? -r : r;
      }
      const ka = spec.keyOf(a);
      const kb = spec.keyOf(b);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    };
  }
}

/** Work between two pauses of a merge, in ms: a task stays well under the 50 ms of a long task. */
const MERGE_BUDGET_MS = 8;
/** Items merged between two looks at the clock. */
const MERGE_STEP = 500;

/**
 * Merges two sorted runs (ties to `a`), pausing after every `slice` items or sooner, once a
 * task has merged for MERGE_BUDGET_MS: text compares cost more on a busy machine, and a
 * fixed 10,000 items per task took 126 ms right after an import of 100,000 rows.
 */
async function mergeSorted<T>(
  a: T[],
  b: T[],
  compare: (x: T, y: T) => number,
  slice: number,
  pause: () => Promise<void>,
): Promise<T[]> {
  const out = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < out.length) {
    const started = performance.now();
    const stop = Math.min(out.length, k + slice);
    while (k < stop && performance.now() - started < MERGE_BUDGET_MS) {
      const step = Math.min(stop, k + MERGE_STEP);
      while (k < step && i < a.length && j < b.length)
        out[k++] = compare(b[j] as T, a[i] as T) < 0 ? (b[j++] as T) : (a[i++] as T);
      while (k < step && i < a.length) out[k++] = a[i++] as T;
      while (k < step && j < b.length) out[k++] = b[j++] as T;
    }
    await pause();
  }
  return out;
}
