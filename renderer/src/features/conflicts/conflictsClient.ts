/**
 * The main-thread side of detection: one worker for the app's lifetime, fed from live store
 * queries (motions, blackouts, settings; accounts only as a change signal, the worker reads
 * them itself). Results land in a small zustand store that the Conflicts view, the calendar
 * bars and the account grid read. Long runs show progress in the task bar and can be cancelled.
 */
import { liveQuery, type Subscription } from 'dexie';
import { create } from 'zustand';
import type { Blackout, Motion, Settings } from '../../../../shared/domain/types';
import { db } from '../../store/db';
import { loadSettings } from '../../store/settings';
import { useUiStore } from '../../store/uiStore';
import type { ConflictSummary, FromWorker, ToWorker } from './conflictsProtocol';

type Ask = ToWorker extends infer T
  ? T extends { requestId: number }
    ? Omit<T, 'requestId'>
    : never
  : never;

export interface ConflictsState {
  summary: ConflictSummary | null;
  /** True while the worker is detecting. */
  busy: boolean;
  lastRunMs: number | null;
  lastRunIncremental: boolean;
  error: string | null;
}

export const useConflictsStore = create<ConflictsState>()(() => ({
  summary: null,
  busy: false,
  lastRunMs: null,
  lastRunIncremental: false,
  error: null,
}));

const TASK_ID = 'conflict-detection';
let worker: Worker | null = null;
let nextRequest = 1;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
let subscriptions: Subscription[] = [];
let latest: {
  motions?: Motion[];
  blackouts?: Blackout[];
  settings?: Settings;
  accountsStamp: number;
} = {
  accountsStamp: 0,
};

function startWorker(): Worker {
  const w = new Worker(new URL('./conflicts.worker.ts', import.meta.url), {
    type: 'module',
  });
  w.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
  w.onerror = (e) => {
    useConflictsStore.setState({ busy: false, error: e.message || 'Detection stopped.' });
    useUiStore.getState().endTask(TASK_ID);
  };
  return w;
}

function onMessage(msg: FromWorker): void {
  const ui = useUiStore.getState();
  if (msg.type === 'progress') {
    if (!ui.tasks.some((t) => t.id === TASK_ID)) {
      ui.startTask({
        id: TASK_ID,
        label: 'Finding conflicts',
        progress: msg.fraction,
        cancel: cancelDetection,
      });
    } else ui.updateTask(TASK_ID, msg.fraction);
    return;
  }
  if (msg.type === 'summary') {
    ui.endTask(TASK_ID);
    useConflictsStore.setState({
      summary: msg.summary,
      busy: false,
      lastRunMs: msg.ms,
      lastRunIncremental: msg.incremental,
      error: null,
    });
    return;
  }
  const waiting = msg.requestId === null ? undefined : pending.get(msg.requestId);
  if (msg.type === 'failed') {
    if (waiting) waiting.reject(new Error(msg.message));
    else useConflictsStore.setState({ busy: false, error: msg.message });
    ui.endTask(TASK_ID);
  } else waiting?.resolve(msg.payload);
  if (msg.requestId !== null) pending.delete(msg.requestId);
}

function sendSync(): void {
  const { motions, blackouts, settings, accountsStamp } = latest;
  if (!motions || !blackouts || !settings || !worker) return;
  useConflictsStore.setState({ busy: true });
  worker.postMessage({
    type: 'sync',
    motions,
    blackouts,
    settings,
    accountsStamp,
  } satisfies ToWorker);
}

/** Stops a running detection; the next change starts a fresh one. */
export function cancelDetection(): void {
  worker?.terminate();
  for (const p of pending.values()) p.reject(new Error('Detection cancelled'));
  pending.clear();
  useUiStore.getState().endTask(TASK_ID);
  useConflictsStore.setState({ busy: false });
  worker = startWorker();
  latest = { ...latest, accountsStamp: latest.accountsStamp + 1 };
}

/** Starts detection once; later calls do nothing. Called by every hook that needs results. */
export function ensureConflictDetection(): void {
  if (worker) return;
  worker = startWorker();
  const watch = <T>(query: () => Promise<T>, apply: (value: T) => void) =>
    liveQuery(query).subscribe({
      next: (value) => {
        apply(value);
        sendSync();
      },
      error: (e: unknown) => useConflictsStore.setState({ error: String(e) }),
    });
  subscriptions = [
    watch(
      () => db.motions.toArray(),
      (motions) => (latest = { ...latest, motions }),
    ),
    watch(
      () => db.blackouts.toArray(),
      (blackouts) => (latest = { ...latest, blackouts }),
    ),
    watch(loadSettings, (settings) => (latest = { ...latest, settings })),
    // Any write to accounts re-runs this count: the signal to re-read them in the worker.
    watch(
      () => db.accounts.count(),
      () => (latest = { ...latest, accountsStamp: latest.accountsStamp + 1 }),
    ),
  ];
}

/** For tests and hot reload. */
export function stopConflictDetection(): void {
  subscriptions.forEach((s) => s.unsubscribe());
  subscriptions = [];
  worker?.terminate();
  worker = null;
}

export function askWorker<T>(message: Ask): Promise<T> {
  ensureConflictDetection();
  const requestId = nextRequest++;
  return new Promise<T>((resolve, reject) => {
    pending.set(requestId, { resolve: resolve as (v: unknown) => void, reject });
    worker?.postMessage({ ...message, requestId } as ToWorker);
  });
}
