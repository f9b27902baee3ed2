/**
 * The merge worker's handlers: read and check the colleague's file, read the store, plan the
 * merge and keep the plan here (the window gets its summary); then, with the user's decisions,
 * write the merge into the store, returning what it replaced so the window records the undo
 * step (commitWritten). Exported for tests, which call them as the window would.
 */
import type { OpenedFile } from '../../platform/platform';
import type { MergeDecisions } from '../../../../shared/merge/applyMergeDecisions';
import type { CallContext } from '../../platform/workerRpc';
import {
  prepareMerge,
  writeMergeElsewhere,
  type PreparedMerge,
  type WrittenMerge,
} from './mergeIntoStore';
import { summarize, type MergeSummary } from './mergeSummary';
import { phaseTimer, type PreviewPhases } from './previewPhases';
import { readFreshAccounts } from '../../store/reads';

let current: PreparedMerge | null = null;
/** The warm-up's read of the accounts while it runs (a preview waits for it, see warm). */
let warming: Promise<unknown> | null = null;
/** Settles once the warm-up's read is with IndexedDB (or over): a preview starts then. */
let warmAsked: Promise<unknown> = Promise.resolve();

export type PreviewReply =
  { ok: true; summary: MergeSummary; phases: PreviewPhases } | { ok: false; error: string };

export type ApplyReply = WrittenMerge;

export const mergeHandlers = {
  /**
   * Reads the accounts into this worker's copy ahead of a preview: the window asks as the
   * merge starts, while the user picks the file, so a new worker's first preview does not
   * wait for a read of 100,000 accounts. Read-only; a failure is the preview's to report.
   */
  warm(): Promise<void> {
    if (!warming) {
      let asked = (): void => undefined;
      const told = new Promise<void>((done) => (asked = done));
      warming = readFreshAccounts(asked).finally(() => (warming = null));
      warmAsked = Promise.race([told, warming]);
    }
    return warming.then(
      () => undefined,
      () => undefined,
    );
  },

  async preview(file: OpenedFile): Promise<PreviewReply> {
    current = null;
    // The warm-up opens the database and asks for the pages in a few turns of this thread;
    // parsing the file first (one long task) would hold that back until after the parse, so
    // the database would read while nothing else runs. Its request goes out first.
    const timer = phaseTimer();
    await warmAsked.catch(() => undefined);
    await new Promise((next) => setTimeout(next, 0));
    timer.mark('open store');
    const result = await prepareMerge(file, { timer, letGoOfBytes: true, after: warming });
    if (!result.ok) return result;
    current = result.merge;
    const summary = summarize(file.name, result.merge.plan);
    timer.mark('summary');
    return { ok: true, summary, phases: timer.phases() };
  },

  async apply(
    decisions: MergeDecisions,
    context: CallContext<{ done: number; total: number }>,
  ): Promise<ApplyReply> {
    if (!current) return { ok: false, error: 'There is no merge preview: open the file again.' };
    const prepared = current;
    const result = await writeMergeElsewhere(prepared, decisions, (done, total) =>
      context.emit({ done, total }),
    );
    if (result.ok) current = null;
    return result;
  },
};

export type MergeWorker = typeof mergeHandlers;
