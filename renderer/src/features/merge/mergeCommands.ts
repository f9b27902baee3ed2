/**
 * "Share workspace…" writes the workspace file with its stamps for a colleague; "Merge a
 * colleague's workspace…" reads theirs, plans the merge and opens its preview (MergeDialog).
 */
import { create } from 'zustand';
import { platform } from '../../platform';
import { useUiStore } from '../../store/uiStore';
import { localToday } from '../../../../shared/dates/calendarDate';
import { backupWorkspace } from '../workspace/backup';
import { prepareMerge, type PreparedMerge } from './mergeIntoStore';
import type { OpenedFile } from '../../platform/platform';

interface MergeDialogState {
  prepared: PreparedMerge | null;
  show: (prepared: PreparedMerge) => void;
  close: () => void;
}

/** UI state of the merge preview: the plan it shows, or null when closed. */
export const useMergeDialog = create<MergeDialogState>((set) => ({
  prepared: null,
  show: (prepared) => set({ prepared }),
  close: () => set({ prepared: null }),
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
  ui.startTask({ id: task, label: `Reading ${file.name}…`, progress: null });
  // The task bar paints before the plan runs.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    const result = await prepareMerge(file);
    if (!result.ok) return notify('error', result.error);
    useMergeDialog.getState().show(result.merge);
  } finally {
    ui.endTask(task);
  }
}
