/**
 * The merge preview's second Worker ("theirs"): it decodes, parses and checks the colleague's
 * file while the merge Worker reads my store (two threads). The merge Worker sends it my
 * stamps as its read finds them (small beside the accounts); it cuts their copy against them
 * (shared/merge/theirsDelta.ts) and sends the merge Worker only the records whose stamps
 * differ from mine, on a port of their own. The merge Worker answers "done", or "all" when
 * the cut does not fit its store: their whole copy is sent then. Exported for tests.
 */
import type { OpenedFile } from '../../platform/platform';
import { cutTheirs, type TheirsDelta } from '../../../../shared/merge/theirsDelta';
import type { StampedWorkspace } from '../../../../shared/merge/mergeWorkspaces';
import type { WorkspaceSync } from '../../../../shared/merge/syncState';
import { readTheirFile } from './mergeIntoStore';
import { phaseTimer, type PreviewPhases } from './previewPhases';

/** What the theirs Worker sends the merge Worker. */
export type TheirsMessage =
  | { kind: 'delta'; delta: TheirsDelta }
  | { kind: 'all'; theirs: StampedWorkspace }
  | { kind: 'refused'; error: string };

/** What the merge Worker sends: my stamps (its store read), then "done" or "all". */
export type MergeMessage =
  | { kind: 'mine'; /** WorkspaceSync['stamps'] as JSON. */ stamps: string; seq: number | null }
  | { kind: 'done' }
  | { kind: 'all' };

/** The port between the two Workers (a MessagePort; a fake in tests). */
export interface TheirsPort {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close?(): void;
}

/** The messages arriving on `port`, taken in order (they queue while this thread parses). */
function inbox(port: TheirsPort): () => Promise<MergeMessage> {
  const waiting: MergeMessage[] = [];
  let wake: (() => void) | null = null;
  port.onmessage = (e) => {
    waiting.push(e.data as MergeMessage);
    wake?.();
  };
  return async () => {
    while (waiting.length === 0) await new Promise<void>((done) => (wake = done));
    wake = null;
    return waiting.shift() as MergeMessage;
  };
}

export const theirsHandlers = {
  /** Nothing to do ahead: the window starts this Worker as the merge starts (its module loads). */
  warm(): void {},

  async parse({ file, port }: { file: OpenedFile; port: TheirsPort }): Promise<PreviewPhases> {
    const timer = phaseTimer();
    const next = inbox(port);
    const send = (message: TheirsMessage) => port.postMessage(message);
    const theirs = readTheirFile(file, true, timer);
    if (!theirs.ok) {
      send({ kind: 'refused', error: theirs.error });
      port.close?.();
      return timer.phases();
    }
    const copy: StampedWorkspace = { data: theirs.data, sync: theirs.sync };
    const mine = await next();
    timer.mark('my stamps');
    if (mine.kind === 'mine') {
      const stamps = JSON.parse(mine.stamps) as WorkspaceSync['stamps'];
      const delta: TheirsDelta = cutTheirs(copy, { stamps }, mine.seq);
      timer.mark('cut');
      send({ kind: 'delta', delta });
      timer.mark('send');
      if ((await next()).kind === 'all') send({ kind: 'all', theirs: copy });
    } else send({ kind: 'all', theirs: copy });
    port.onmessage = null;
    port.close?.();
    return timer.phases();
  },
};

export type TheirsWorker = typeof theirsHandlers;
