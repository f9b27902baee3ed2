/**
 * The merge Worker's side of a two-Worker preview (theirsHandlers.ts has the other): it reads
 * my store while the theirs Worker parses and checks the file, then plans against the part of
 * their copy that Worker sends (expanded with my rows: shared/merge/theirsDelta.ts). The plan
 * is the one prepareMerge makes of the same file and store.
 */
import { planMerge, type StampedWorkspace } from '../../../../shared/merge/mergeWorkspaces';
import { expandTheirs } from '../../../../shared/merge/theirsDelta';
import { readStampedWorkspaceAt } from '../../store/syncLog';
import type { PrepareResult } from './mergeIntoStore';
import type { PhaseTimer } from './previewPhases';
import type { MergeAnswer, TheirsMessage, TheirsPort } from './theirsHandlers';

function nextMessage(port: TheirsPort): Promise<TheirsMessage> {
  return new Promise((done) => {
    port.onmessage = (e) => {
      port.onmessage = null;
      done(e.data as TheirsMessage);
    };
  });
}

export async function prepareMergeFrom(
  fileName: string,
  port: TheirsPort,
  { timer, after = null }: { timer?: PhaseTimer; after?: Promise<unknown> | null } = {},
): Promise<PrepareResult> {
  const read = () => readStampedWorkspaceAt((phase) => timer?.mark(phase));
  const stored = after ? after.then(read, read) : read();
  let message = await nextMessage(port);
  timer?.mark('theirs');
  if (message.kind === 'refused') {
    stored.catch(() => undefined);
    port.close?.();
    return { ok: false, error: `${message.error} Nothing was merged.` };
  }
  const { workspace, seq } = await stored;
  timer?.mark('store');
  let theirs: StampedWorkspace | null = null;
  if (message.kind === 'delta') {
    theirs = message.delta.seq === seq ? expandTheirs(message.delta, workspace) : null;
    timer?.mark('expand');
    if (!theirs) {
      // Cut against another log than this read's: their whole copy, then.
      const all = nextMessage(port);
      port.postMessage({ kind: 'all' } satisfies MergeAnswer);
      message = await all;
      timer?.mark('theirs, all');
    } else port.postMessage({ kind: 'done' } satisfies MergeAnswer);
  }
  if (message.kind === 'all') theirs = message.theirs;
  port.close?.();
  if (!theirs) return { ok: false, error: `Merging ${fileName} failed; nothing was changed.` };
  const plan = planMerge(workspace, theirs);
  timer?.mark('plan');
  return { ok: true, merge: { fileName, plan, seq } };
}
