/**
 * "Share workspace…" writes the workspace file with its stamps for a colleague; "Merge a
 * colleague's workspace…" reads theirs, plans the merge and opens its preview (MergeDialog).
 */
import { create } from 'zustand';
import { platform } from '../../platform';
import { useUiStore } from '../../store/uiStore';
import { localToday } from '../../../../shared/dates/calendarDate';
import { backupWorkspace } from '../workspace/backup';
import type { OpenedFile } from '../../platform/platform';
import { cancelMergeWork, previewInWorker, warmMergeWorker } from './mergeClient';
import type { MergeSummary } from './mergeSummary';

interface MergeDialogState {
  summary: MergeSummary | null;
  /** A new number for each preview shown, so the dialog starts over. */
  shown: number;
  show: (summary: MergeSummary) => void;
  close: () => void;
}

/** UI state of the merge preview: the summary it shows, or null when closed. */
export const useMergeDialog = create<MergeDialogState>((set) => ({
  summary: null,
  shown: 0,
  show: (summary) => set((s) => ({ summary, shown: s.shown + 1 })),
  close: () => set({ summary: null }),
}));

const notify = (...a: Parameters<ReturnType<typeof useUiStore.getState>['notify']>) =>
  useUiStore.getState().notify(...a);

export async function shareWorkspace(): Promise<void> {
  const now = new Date();
  const { bytes } = await backupWorkspace(now);
  const name = `abm-workspace-shared-${localToday(now)}.abmworkspace.json`;
  const saved = await platform.saveFile({
    suggestedName: name,
    bytes,
    filters: [{ name: 'ABM Workbench workspace', extensions: ['json'] }],
  });
  if (saved) {
    notify(
      'ok',
      `Workspace shared as ${name}. A colleague merges it with “Merge a colleague’s workspace…”.`,
    );
  }
}

export async function startMerge(): Promise<void> {
  // The worker starts and reads the store while the user picks the file.
  void warmMergeWorker();
  const [file] = await platform.openFiles({
    title: 'Merge a colleague’s workspace',
    filters: [{ name: 'ABM Workbench workspace', extensions: ['json'] }],
  });
  if (file) await previewMerge(file);
}

/** Plans the merge of `file` and shows its preview; a bad file is an error, nothing changes. */
export async function previewMerge(file: OpenedFile): Promise<void> {
  const ui = useUiStore.getState();
  const task = `merge-${Date.now()}`;
  let cancelled = false;
  ui.startTask({
    id: task,
    label: `Reading ${file.name} and comparing it with this workspace…`,
    progress: null,
    cancel: () => {
      cancelled = true;
      cancelMergeWork();
    },
  });
  try {
    const result = await previewInWorker(file);
    if (!result.ok) return notify('error', result.error);
    useMergeDialog.getState().show(result.summary);
  } catch (e) {
    if (cancelled) return notify('info', `Merge of ${file.name} cancelled: nothing was changed.`);
    throw e;
  } finally {
    ui.endTask(task);
  }
}
