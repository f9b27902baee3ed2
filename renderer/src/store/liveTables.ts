/**
 * One live query per table, shared by every feature that watches it. The calendar, the
 * conflict detector, the acceptances and the export all watch the motions; they subscribe
 * here and are fed by one Dexie live query, instead of each re-reading the table on every
 * write. A source starts with its first watcher and stops (dropping its rows) shortly after
 * its last one leaves, so a table nobody shows costs nothing and never holds stale rows.
 */
import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';
import type { Account, Settings } from '../../../shared/domain/types';
import type { RowTable } from '../../../shared/workspace/workspaceData';
import {
  countRows,
  isStoreEmpty,
  readAll,
  readFreshAccounts,
  readPaged,
  readSettings,
  type RowOf,
} from './reads';
import { accountCopy, onAccountCopyChange } from './accountPages';

/** What each live source holds: a row table's rows, or the settings with their defaults. */
export type LiveValues = { [T in RowTable]: RowOf<T>[] } & { settings: Settings };
export type LiveName = keyof LiveValues;

/** Other tables large enough to be read in pages (see readPaged), and their page sizes. */
const PAGED: ReadonlySet<LiveName> = new Set<LiveName>(['opportunities', 'contacts', 'motions']);
/** Motions are big rows: a thousand of them (100,000 accounts) read at once was a long task. */
const PAGE_OF: Partial<Record<LiveName, number>> = { motions: 100 };

function readerOf<K extends LiveName>(name: K): () => Promise<LiveValues[K]> {
  if (name === 'settings') return readSettings as () => Promise<LiveValues[K]>;
  if (name === 'accounts') return readFreshAccounts as () => Promise<LiveValues[K]>;
  const table = name as RowTable;
  const read = PAGED.has(name) ? () => readPaged(table, PAGE_OF[name]) : () => readAll(table);
  return read as () => Promise<LiveValues[K]>;
}

/**
 * The accounts' list follows this window's working copy as well as the store: an edit shows
 * the moment the copy holds it, before its transaction is durable (and a failed write
 * forgets the copy, so the list goes back to what is stored). The live query still brings
 * in writes made elsewhere (the import Worker, another tab), by the stored revision.
 *
 * Where the window draws frames, the copy's list is handed over just after the next one is
 * drawn, once for however many changes came before it: the grid paints an edited row's
 * cells itself (AccountsGrid), and the list's refresh that follows (100,000 rows: the
 * counts, the changed row sorted in, React) ran ahead of that frame and held it back
 * (an inline edit showed 60-130 ms after Enter, test/bench/accounts). A forgotten copy (a
 * failed write's roll-back) is read again at once.
 */
function pushedAccounts(deliver: (rows: LiveValues['accounts']) => void): () => void {
  let pending = false;
  let stopped = false;
  const push = () => {
    pending = false;
    if (stopped) return;
    if (accountCopy.rev === null)
      void readFreshAccounts().then((rows) => !stopped && deliver(rows as Account[]));
    else deliver(accountCopy.list());
  };
  const stop = onAccountCopyChange(() => {
    if (accountCopy.rev === null || !drawsFrames()) return push();
    if (pending) return;
    pending = true;
    afterNextFrame(push);
  });
  return () => {
    stopped = true;
    stop();
  };
}

function drawsFrames(): boolean {
  return typeof requestAnimationFrame === 'function';
}

/** A hidden window draws no frames: then this long after, whichever comes first. */
const NO_FRAME_MS = 100;

/** Runs `fn` once, in a task just after the next frame is drawn. */
function afterNextFrame(fn: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, NO_FRAME_MS);
}

/**
 * A source may be left and joined again within one React commit (a section unmounting as
 * another mounts, StrictMode's double effects); it waits this long before stopping, so the
 * newcomer shares its rows instead of reading them again.
 */
const STOP_DELAY_MS = 50;

class LiveSource<V> {
  private value: V | undefined;
  /** Counts the reads delivered: a count that did not change is still news of a write. */
  private reads = 0;
  private error: unknown = undefined;
  private subscription: Subscription | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  private unpush: (() => void) | null = null;

  constructor(
    private readonly read: () => Promise<V>,
    /** Values handed over between reads (the accounts' working copy). */
    private readonly pushed?: (deliver: (value: V) => void) => () => void,
  ) {}

  private take(value: V): void {
    // The accounts' list is handed over as it changes and read again by the live query
    // after the write: the same array is no news. (A count that stays the same still is.)
    if (value === this.value && typeof value === 'object' && value !== null) return;
    this.value = value;
    this.reads++;
    this.error = undefined;
    this.emit();
  }

  // Arrow properties: useSyncExternalStore keeps one subscription while they stay the same.
  readonly current = (): V | undefined => this.value;
  readonly readsSoFar = (): number => this.reads;

  failure(): unknown {
    return this.error;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    clearTimeout(this.stopTimer);
    if (this.pushed && !this.unpush) this.unpush = this.pushed((value) => this.take(value));
    this.subscription ??= liveQuery(this.read).subscribe({
      next: (value) => this.take(value),
      error: (e: unknown) => {
        this.error = e;
        this.emit();
      },
    });
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      clearTimeout(this.stopTimer);
      this.stopTimer = setTimeout(() => this.stop(), STOP_DELAY_MS);
    };
  };

  private stop(): void {
    if (this.listeners.size > 0) return;
    this.stopNow();
  }

  stopNow(): void {
    clearTimeout(this.stopTimer);
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.unpush?.();
    this.unpush = null;
    this.value = undefined;
    this.error = undefined;
  }

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }
}

const sources = new Map<string, LiveSource<unknown>>();

function sourceOf<V>(
  key: string,
  read: () => Promise<V>,
  pushed?: (deliver: (value: V) => void) => () => void,
): LiveSource<V> {
  let source = sources.get(key) as LiveSource<V> | undefined;
  if (!source) {
    source = new LiveSource(read, pushed);
    sources.set(key, source as LiveSource<unknown>);
  }
  return source;
}

function tableSource<K extends LiveName>(name: K): LiveSource<LiveValues[K]> {
  const pushed = name === 'accounts' ? pushedAccounts : undefined;
  return sourceOf(name, readerOf(name), pushed as never);
}

export interface Watcher<V> {
  next: (value: V) => void;
  error?: (e: unknown) => void;
}

function watchSource<V>(source: LiveSource<V>, watcher: Watcher<V>): () => void {
  let seen = 0;
  const deliver = () => {
    const failure = source.failure();
    if (failure !== undefined) return watcher.error?.(failure);
    const value = source.current();
    if (value === undefined || source.readsSoFar() === seen) return;
    seen = source.readsSoFar();
    watcher.next(value);
  };
  const stop = source.subscribe(deliver);
  deliver(); // a source already running hands over its rows at once
  return stop;
}

/** Calls `watcher.next` with the table's rows now and after every write to it. */
export function watchLive<K extends LiveName>(
  name: K,
  watcher: Watcher<LiveValues[K]>,
): () => void {
  return watchSource(tableSource(name), watcher);
}

/**
 * Calls `watcher.next` with the table's row count after every write to it: a cheap signal
 * for a watcher that reads the rows elsewhere (the conflict Worker reads the accounts itself).
 */
export function watchCount(name: RowTable, watcher: Watcher<number>): () => void {
  return watchSource(
    sourceOf(`count:${name}`, () => countRows(name)),
    watcher,
  );
}

/**
 * The table's rows (or the settings), live; undefined until the first read completes. A
 * failed read is thrown to the nearest error boundary, as Dexie's useLiveQuery does.
 */
export function useLive<K extends LiveName>(name: K, when = true): LiveValues[K] | undefined {
  const source = tableSource(name);
  // `when` false: not watched (yet), so not read; undefined meanwhile.
  const value = useSyncExternalStore(
    when ? source.subscribe : noSubscription,
    when ? source.current : nothing,
  );
  const failure = when ? source.failure() : undefined;
  if (failure !== undefined) throw failure;
  return value;
}

const noSubscription = () => () => undefined;
const nothing = () => undefined;

/** True when the workspace holds no rows, live; null until the first read completes. */
export function useStoreEmpty(): boolean | null {
  const source = sourceOf('store-empty', isStoreEmpty);
  return useSyncExternalStore(source.subscribe, source.current) ?? null;
}

/** For tests: stops every source at once, as if every watcher had left. */
export function stopLiveSources(): void {
  for (const source of sources.values()) source.stopNow();
  sources.clear();
}
