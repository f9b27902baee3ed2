/**
 * The window's side of building a pack: one worker per build (terminated when done, or on
 * Cancel), progress in the task bar, and the pages' HTML handed back.
 */
import { client, type WorkerClient } from '../../platform/workerRpc';
import { useUiStore } from '../../store/uiStore';
import type { BuiltPackPages, PackRequest, QbrPackWorker } from './qbrPack.worker';

export type { BuiltPackPages, PackRequest };

const TASK = 'qbr-pack';

/** Builds the pack; resolves null when the user cancelled. */
export async function buildPackPages(request: PackRequest): Promise<BuiltPackPages | null> {
  const worker: WorkerClient<QbrPackWorker> = client<QbrPackWorker>(
    new Worker(new URL('./qbrPack.worker.ts', import.meta.url), { type: 'module' }),
    { crashMessage: 'Building the QBR pack stopped.' },
  );
  const ui = useUiStore.getState();
  let cancelled = false;
  ui.startTask({
    id: TASK,
    label: `Building the QBR pack for ${request.quarter}`,
    progress: 0,
    cancel: () => {
      cancelled = true;
      worker.terminate();
    },
  });
  try {
    return await worker.call('build', request, {
      onEvent: ({ done, total }) => ui.updateTask(TASK, total > 0 ? done / total : null),
    });
  } catch (e) {
    if (cancelled) return null;
    throw e;
  } finally {
    ui.endTask(TASK);
    if (!worker.terminated) worker.terminate();
  }
}
