/**
 * The merge preview's second Worker ("theirs"): it decodes, parses and checks the colleague's
 * file while the merge Worker reads my store (two threads), reads my stamps itself (the change
 * log, small beside the accounts), cuts their copy against them (shared/merge/theirsDelta.ts)
 * and sends the merge Worker only the records whose stamps differ from mine, on a port of its
 * own. The merge Worker answers "done", or "all" when its read of the store found another log
 * (a write came between): their whole copy is sent then. Exported for tests.
 */
import type { OpenedFile } from '../../platform/platform';
import { cutTheirs, type TheirsDelta } from '../../../../shared/merge/theirsDelta';
import type { StampedWorkspace } from '../../../../shared/merge/mergeWorkspaces';
import type { WorkspaceSync } from '../../../../shared/merge/syncState';
import { readSyncAt } from '../../store/syncLog';
import { readTheirFile } from './mergeIntoStore';
import { phaseTimer, type PreviewPhases } from './previewPhases';

/** What the theirs Worker sends the merge Worker. */
export type TheirsMessage =
  | { kind: 'delta'; delta: TheirsDelta }
  | { kind: 'all'; theirs: StampedWorkspace }
  | { kind: 'refused'; error: string };

/** What the merge Worker answers. */
export type MergeAnswer = { kind: 'done' } | { kind: 'all' };

/** The port between the two Workers (a MessagePort; a fake in tests). */
export interface TheirsPort {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close?(): void;
}

let stamps: Promise<{ sync: WorkspaceSync; seq: number | null }> | null = null;
let stampsAsked: Promise<unknown> = Promise.resolve();

function readMyStamps(): void {
  let asked = (): void => undefined;
  const told = new Promise<void>((done) => (asked = done));
  const read = readSyncAt(asked);
  read.catch(() => undefined);
  stamps = read;
  stampsAsked = Promise.race([told, read]);
}

export const theirsHandlers = {
  /** Reads my stamps ahead of the file (the window asks as the merge starts). */
  warm(): void {
    if (!stamps) readMyStamps();
  },

  async parse({ file, port }: { file: OpenedFile; port: TheirsPort }): Promise<PreviewPhases> {
    const timer = phaseTimer();
    if (!stamps) readMyStamps();
    const mine = stamps as NonNullable<typeof stamps>;
    // Used once: the next preview reads the log again (it may have changed).
    stamps = null;
    // The log's requests go to IndexedDB before the parse holds this thread.
    await stampsAsked.catch(() => undefined);
    timer.mark('open log');
    const theirs = readTheirFile(file, true, timer);
    if (!theirs.ok) {
      mine.catch(() => undefined);
      port.postMessage({ kind: 'refused', error: theirs.error } satisfies TheirsMessage);
      return timer.phases();
    }
    const copy: StampedWorkspace = { data: theirs.data, sync: theirs.sync };
    let delta: TheirsDelta | null = null;
    try {
      const { sync, seq } = await mine;
      timer.mark('my stamps');
      delta = cutTheirs(copy, sync, seq);
      timer.mark('cut');
    } catch {
      // My stamps could not be read here: the merge Worker gets all of theirs and plans.
    }
    if (!delta) {
      port.postMessage({ kind: 'all', theirs: copy } satisfies TheirsMessage);
      port.close?.();
      return timer.phases();
    }
    const answer = new Promise<MergeAnswer>((done) => {
      port.onmessage = (e) => done(e.data as MergeAnswer);
    });
    port.postMessage({ kind: 'delta', delta } satisfies TheirsMessage);
    timer.mark('send');
    if ((await answer).kind === 'all') {
      port.postMessage({ kind: 'all', theirs: copy } satisfies TheirsMessage);
    }
    port.onmessage = null;
    port.close?.();
    return timer.phases();
  },
};

export type TheirsWorker = typeof theirsHandlers;
