/**
 * The merge Worker's side of a two-Worker preview (theirsHandlers.ts has the other): it reads
 * my store while the theirs Worker parses and checks the file, sends it my stamps, then plans
 * against the part of their copy that Worker sends back (expanded with my rows:
 * shared/merge/theirsDelta.ts). The plan is the one prepareMerge makes of the same file and
 * store (test/unit/merge/theirsDelta.test.ts, mergeTwoWorkers.test.ts).
 */
import { planMerge, type StampedWorkspace } from '../../../../shared/merge/mergeWorkspaces';
import { expandTheirs } from '../../../../shared/merge/theirsDelta';
import { readStampedWorkspaceAt } from '../../store/syncLog';
import type { PrepareResult } from './mergeIntoStore';
import type { PhaseTimer } from './previewPhases';
import type { MergeMessage, TheirsMessage, TheirsPort } from './theirsHandlers';

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
  const send = (message: MergeMessage) => port.postMessage(message);
  const read = () => readStampedWorkspaceAt((phase) => timer?.mark(phase));
  const stored = after ? after.then(read, read) : read();
  const arrived = nextMessage(port);
  // A refused file is told at once; the read goes on (and is kept) meanwhile.
  const first = await Promise.race([arrived, stored.then(() => null)]).catch(() => null);
  if (first?.kind === 'refused') {
    stored.catch(() => undefined);
    port.close?.();
    return { ok: false, error: `${first.error} Nothing was merged.` };
  }
  let snapshot: Awaited<typeof stored>;
  try {
    snapshot = await stored;
  } catch (e) {
    send({ kind: 'all' });
    port.close?.();
    throw e;
  }
  const { workspace, seq } = snapshot;
  // As JSON text: one string crosses between threads in a copy of its bytes, where 100,000
  // stamp records would be cloned one by one (stamps are strings: JSON keeps them exactly).
  send({ kind: 'mine', stamps: JSON.stringify(workspace.sync.stamps), seq });
  timer?.mark('stamps sent');
  let message = await arrived;
  timer?.mark('theirs');
  if (message.kind === 'refused') {
    port.close?.();
    return { ok: false, error: `${message.error} Nothing was merged.` };
  }
  let theirs: StampedWorkspace | null = null;
  if (message.kind === 'delta') {
    theirs = message.delta.seq === seq ? expandTheirs(message.delta, workspace) : null;
    timer?.mark('expand');
    if (!theirs) {
      // A cut that does not fit this store: their whole copy, then.
      const all = nextMessage(port);
      send({ kind: 'all' });
      message = await all;
      timer?.mark('theirs, all');
    } else send({ kind: 'done' });
  }
  if (message.kind === 'all') theirs = message.theirs;
  port.close?.();
  if (!theirs) return { ok: false, error: `Merging ${fileName} failed; nothing was changed.` };
  const plan = planMerge(workspace, theirs);
  timer?.mark('plan');
  return { ok: true, merge: { fileName, plan, seq } };
}
