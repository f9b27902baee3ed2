/**
 * The window's side of the merge worker: the preview is planned there (a 100,000-account plan
 * takes seconds, and the window stays responsive; Cancel stops the worker), and the merge is
 * written there, recorded here as one undo step (commitWritten), like an import.
 */
import { client, type WorkerClient } from '../../platform/workerRpc';
import type { OpenedFile } from '../../platform/platform';
import { commitWritten } from '../../store/changes';
import type { MergeDecisions } from '../../../../shared/merge/applyMergeDecisions';
import type { ApplyReply, MergeWorker, PreviewReply } from './mergeHandlers';
import type { MergeResult } from './mergeIntoStore';
import type { PreviewPhases } from './previewPhases';

let rpc: WorkerClient<MergeWorker> | null = null;

function worker(): WorkerClient<MergeWorker> {
  if (rpc && !rpc.terminated) return rpc;
  const w = new Worker(new URL('./merge.worker.ts', import.meta.url), { type: 'module' });
  rpc = client<MergeWorker>(w, { crashMessage: 'The merge stopped.' });
  return rpc;
}

/**
 * Starts the merge worker and its read of the store ahead of a preview (called as the merge
 * starts, before the file picker opens), so the first preview finds both ready. Settles when
 * the read is done (or failed: the preview reports it).
 */
export function warmMergeWorker(): Promise<void> {
  return worker()
    .call('warm', undefined)
    .catch(() => undefined);
}

/** Stops a preview in progress; its call rejects and nothing is changed. */
export function cancelMergeWork(): void {
  rpc?.terminate();
  rpc = null;
}

/**
 * Plans the merge of `file` in the worker. The file's bytes move there, not copied (a
 * 100,000-account file is 91 MB): `file.bytes` is empty here once this is called.
 */
export async function previewInWorker(file: OpenedFile): Promise<PreviewReply> {
  const { buffer } = file.bytes;
  const whole = buffer instanceof ArrayBuffer && file.bytes.byteLength === buffer.byteLength;
  lastPhases = null;
  const reply = await worker().call('preview', file, whole ? { transfer: [buffer] } : undefined);
  if (reply.ok) lastPhases = reply.phases;
  return reply;
}

let lastPhases: PreviewPhases | null = null;

/** How long each phase of the last preview took in the worker (the benchmark prints them). */
export function lastPreviewPhases(): PreviewPhases | null {
  return lastPhases;
}

export async function applyInWorker(
  fileName: string,
  decisions: MergeDecisions,
  onProgress: (done: number, total: number) => void,
): Promise<MergeResult> {
  let reply: ApplyReply | null = null;
  await commitWritten(`Merge ${fileName}`, async () => {
    reply = await worker().call('apply', decisions, {
      onEvent: (e) => onProgress(e.done, e.total),
    });
    // A refused merge wrote nothing: an empty write records no undo step.
    return reply.ok ? reply.written : { before: {}, prints: {}, accounts: null, rev: null };
  });
  const done = reply as ApplyReply | null;
  if (!done) return { ok: false, error: `Merging ${fileName} failed; nothing was changed.` };
  return done.ok ? { ok: true, changed: done.changed, decided: done.decided } : done;
}
