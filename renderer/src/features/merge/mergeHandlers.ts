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

let current: PreparedMerge | null = null;

export type PreviewReply = { ok: true; summary: MergeSummary } | { ok: false; error: string };

export type ApplyReply = WrittenMerge;

export const mergeHandlers = {
  async preview(file: OpenedFile): Promise<PreviewReply> {
    current = null;
    const result = await prepareMerge(file);
    if (!result.ok) return result;
    current = result.merge;
    return { ok: true, summary: summarize(file.name, result.merge.plan) };
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
