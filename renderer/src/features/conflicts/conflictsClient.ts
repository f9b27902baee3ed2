/**
 * The main-thread side of detection: one worker for the workbench's lifetime, started by its
 * one owner (the Workbench in App.tsx), fed from live store queries (blackouts, settings;
 * motions and accounts only as change signals, the worker reads them itself). Results land in
 * a small zustand store that the Conflicts view, the calendar bars and the account grid read.
 * Long runs show progress in the task bar and can be cancelled.
 */
import { create } from 'zustand';
import type { Blackout, Settings } from '../../../../shared/domain/types';
import { watchCount, watchLive } from '../../store/liveTables';
import { useUiStore } from '../../store/uiStore';
import {
  client,
  WorkerTerminated,
  type RequestOf,
  type ResponseOf,
  type WorkerClient,
} from '../../platform/workerRpc';
import type { ConflictsWorker } from './conflicts.worker';
import type { ConflictSummary, DetectionProgress, SyncResult } from './conflictsProtocol';
import { summaryCollector } from './summaryParts';

/** The drill-downs the views may ask; 'sync' and 'summaryPart' are this module's own. */
type Asks = Omit<ConflictsWorker, 'sync' | 'summaryPart'>;

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
let rpc: WorkerClient<ConflictsWorker> | null = null;
let subscriptions: (() => void)[] = [];
/** True while a sync call runs; `dirty` says the plan changed since it was sent. */
let syncing = false;
let dirty = false;
let latest: {
  /** 0 until the motions' first count: the worker reads them, from the first stamp on. */
  motionsStamp: number;
  blackouts?: Blackout[];
  settings?: Settings;
  accountsStamp: number;
  contactsStamp: number;
} = {
  motionsStamp: 0,
  accountsStamp: 0,
  contactsStamp: 0,
};

function startWorker(): WorkerClient<ConflictsWorker> {
  const worker = new Worker(new URL('./conflicts.worker.ts', import.meta.url), {
    type: 'module',
  });
  return client<ConflictsWorker>(worker, {
    crashMessage: 'Detection stopped.',
    onCrash: (message) => {
      syncing = false;
      useConflictsStore.setState({ busy: false, error: message });
      useUiStore.getState().endTask(TASK_ID);
    },
  });
}

function showProgress({ fraction }: DetectionProgress): void {
  const ui = useUiStore.getState();
  if (!ui.tasks.some((t) => t.id === TASK_ID)) {
    ui.startTask({
      id: TASK_ID,
      label: 'Finding conflicts',
      progress: fraction,
      cancel: cancelDetection,
    });
  } else ui.updateTask(TASK_ID, fraction);
}

function showResult(result: SyncResult): void {
  useUiStore.getState().endTask(TASK_ID);
  useConflictsStore.setState({
    summary: result.summary,
    busy: dirty,
    lastRunMs: result.ms,
    lastRunIncremental: result.incremental,
    error: null,
  });
}

/**
 * Parts read back to back, then a pause of PAUSE_MS: read without a break, the ~160 parts of a
 * full-size summary left the window no idle time, and the garbage collector finished its work
 * on the big heap (the last summary's and the new one's groups) in one main-thread pause of
 * 60–80 ms instead of in idle time between them.
 */
const PARTS_BETWEEN_PAUSES = 16;
const PAUSE_MS = 20;
const pause = () => new Promise<void>((done) => setTimeout(done, PAUSE_MS));

/**
 * Reads a run's summary a part per call; null (nothing read) when the plan changed since it
 * was sent: its run comes next, and this one's ~66,000 groups at full size would be read and
 * thrown away.
 */
function readSummary(run: WorkerClient<ConflictsWorker>) {
  return async (result: SyncResult): Promise<SyncResult | null> => {
    if (dirty) return null;
    const parts = summaryCollector();
    for (let i = 0; i < result.parts; i++) {
      if (i > 0 && i % PARTS_BETWEEN_PAUSES === 0) await pause();
      const part = await run.call('summaryPart', i);
      if (part) parts.add(part);
    }
    return { ...result, summary: parts.complete(result.summary) };
  };
}

/**
 * Sends the latest plan. Only the latest matters: changes that arrive while a run is going
 * are sent as one plan when it ends.
 */
function sendSync(): void {
  const { motionsStamp, blackouts, settings, accountsStamp, contactsStamp } = latest;
  const run = rpc;
  if (motionsStamp === 0 || !blackouts || !settings || !run) return;
  useConflictsStore.setState({ busy: true });
  if (syncing) {
    dirty = true;
    return;
  }
  syncing = true;
  dirty = false;
  const plan = { motionsStamp, blackouts, settings, accountsStamp, contactsStamp };
  run
    .call('sync', plan, { onEvent: showProgress })
    .then(readSummary(run))
    .then(
      (result) => {
        if (run !== rpc) return;
        syncing = false;
        if (result) showResult(result);
        if (dirty) sendSync();
      },
      (e: unknown) => {
        // A cancelled run was stopped on purpose; the next change starts a fresh one.
        if (run !== rpc || e instanceof WorkerTerminated) return;
        syncing = false;
        useConflictsStore.setState({
          busy: false,
          error: e instanceof Error ? e.message : String(e),
        });
        useUiStore.getState().endTask(TASK_ID);
        if (dirty) sendSync();
      },
    );
}

/** Stops a running detection; the next change starts a fresh one. */
export function cancelDetection(): void {
  if (!rpc) return;
  rpc.terminate(new Error('Detection cancelled'));
  syncing = false;
  dirty = false;
  useUiStore.getState().endTask(TASK_ID);
  useConflictsStore.setState({ busy: false });
  rpc = startWorker();
  latest = {
    ...latest,
    motionsStamp: latest.motionsStamp + 1,
    accountsStamp: latest.accountsStamp + 1,
    contactsStamp: latest.contactsStamp + 1,
  };
}

/**
 * Starts the worker and the live queries that feed it; returns what stops both. Called by
 * the one owner (the Workbench); every other part only reads useConflictsStore or asks.
 */
export function startConflictDetection(): () => void {
  if (rpc) throw new Error('Conflict detection is already running.');
  rpc = startWorker();
  const watcher = <T>(apply: (value: T) => void) => ({
    next: (value: T) => {
      apply(value);
      sendSync();
    },
    error: (e: unknown) => useConflictsStore.setState({ error: String(e) }),
  });
  subscriptions = [
    // Any write to motions re-runs this count: the worker reads the motions itself (a thousand
    // big rows read and sent from here were long tasks of this window after every write).
    watchCount(
      'motions',
      watcher(() => (latest = { ...latest, motionsStamp: latest.motionsStamp + 1 })),
    ),
    watchLive(
      'blackouts',
      watcher((blackouts) => (latest = { ...latest, blackouts })),
    ),
    watchLive(
      'settings',
      watcher((settings) => (latest = { ...latest, settings })),
    ),
    // Any write to accounts re-runs this count: the signal to re-read them in the worker.
    watchCount(
      'accounts',
      watcher(() => (latest = { ...latest, accountsStamp: latest.accountsStamp + 1 })),
    ),
    // The same for contacts: who is matched where, and their personas, feed person pressure.
    watchCount(
      'contacts',
      watcher(() => (latest = { ...latest, contactsStamp: latest.contactsStamp + 1 })),
    ),
  ];
  return stopConflictDetection;
}

function stopConflictDetection(): void {
  subscriptions.forEach((stop) => stop());
  subscriptions = [];
  rpc?.terminate();
  rpc = null;
  syncing = false;
  dirty = false;
  useUiStore.getState().endTask(TASK_ID);
}

/** Asks the worker for a drill-down; null when it has no answer (no run yet, group gone). */
export function askWorker<K extends keyof Asks & string>(
  method: K,
  request: RequestOf<Asks[K]>,
): Promise<ResponseOf<Asks[K]>> {
  if (!rpc) return Promise.reject(new Error('Conflict detection is not running.'));
  return rpc.call(method, request);
}
