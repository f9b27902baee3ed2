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
import type { TheirsWorker } from './theirsHandlers';

let rpc: WorkerClient<MergeWorker> | null = null;

function worker(): WorkerClient<MergeWorker> {
  if (rpc && !rpc.terminated) return rpc;
  const w = new Worker(new URL('./merge.worker.ts', import.meta.url), { type: 'module' });
  rpc = client<MergeWorker>(w, { crashMessage: 'The merge stopped.' });
  return rpc;
}

/** The second Worker, which parses and checks the file while the merge Worker reads the store. */
let theirsRpc: WorkerClient<TheirsWorker> | null = null;

function theirsWorker(): WorkerClient<TheirsWorker> {
  if (theirsRpc && !theirsRpc.terminated) return theirsRpc;
  const w = new Worker(new URL('./theirs.worker.ts', import.meta.url), { type: 'module' });
  theirsRpc = client<TheirsWorker>(w, { crashMessage: 'The merge stopped.' });
  return theirsRpc;
}

/**
 * Starts the merge worker and its read of the store ahead of a preview (called as the merge
 * starts, before the file picker opens), so the first preview finds both ready. Settles when
 * the read is done (or failed: the preview reports it).
 */
export function warmMergeWorker(): Promise<void> {
  theirsWorker()
    .call('warm', undefined)
    .catch(() => undefined);
  const merge = worker();
  return merge
    .call('warm', undefined)
    .then(() => {
      if (rpc === merge) warmed = merge;
    })
    .catch(() => undefined);
}

/** The merge Worker once its warm-up read is done: it holds a copy of the store. */
let warmed: WorkerClient<MergeWorker> | null = null;

/** Stops a preview in progress; its call rejects and nothing is changed. */
export function cancelMergeWork(): void {
  rpc?.terminate();
  rpc = null;
  theirsRpc?.terminate();
  theirsRpc = null;
  warmed = null;
}

/**
 * Plans the merge of `file` in the worker. The file's bytes move there, not copied (a
 * 100,000-account file is 91 MB): `file.bytes` is empty here once this is called.
 */
export async function previewInWorker(file: OpenedFile): Promise<PreviewReply> {
  const { buffer } = file.bytes;
  const whole = buffer instanceof ArrayBuffer && file.bytes.byteLength === buffer.byteLength;
  lastPhases = null;
  const merge = worker();
  if (warmed === merge) {
    // The merge Worker has its copy of the store (it only reads what was written since):
    // it parses and checks the file itself, with nothing to cut and send between threads.
    const reply = await merge.call('preview', file, whole ? { transfer: [buffer] } : undefined);
    if (reply.ok) lastPhases = { merge: reply.phases, theirs: null };
    return reply;
  }
  // The theirs Worker parses and checks the file while the merge Worker reads the store;
  // it sends the merge Worker what the plan needs on a channel of their own.
  const { port1, port2 } = new MessageChannel();
  const parsing = theirsWorker().call(
    'parse',
    { file, port: port1 },
    { transfer: whole ? [buffer, port1] : [port1] },
  );
  const planning = merge.call(
    'previewFrom',
    { fileName: file.name, port: port2 },
    { transfer: [port2] },
  );
  // Either Worker stopping (a crash, Cancel) stops the other: neither waits on a dead one.
  const stopped = (e: unknown) => {
    cancelMergeWork();
    throw e;
  };
  const [reply, theirsPhases] = await Promise.all([
    planning.catch(stopped),
    parsing.catch(stopped),
  ]);
  if (reply.ok) lastPhases = { merge: reply.phases, theirs: theirsPhases };
  return reply;
}

/** The last preview's phases in the merge Worker, and in the theirs Worker if it ran. */
export interface BothPhases {
  merge: PreviewPhases;
  theirs: PreviewPhases | null;
}

let lastPhases: BothPhases | null = null;

/** How long each phase of the last preview took in each worker (the benchmark prints them). */
export function lastPreviewPhases(): BothPhases | null {
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
