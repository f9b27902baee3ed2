/**
 * Reading the whole store as WorkspaceData and replacing it with another (restore, sample,
 * start empty). A replacement is one commit: all tables in one transaction, one undo step.
 */
import type { TableName } from '../../store/db';
import { commit, type ChangeSet } from '../../store/changes';
import { countEveryTable, isStoreEmpty, readEveryTable } from '../../store/reads';
import { resetStamps } from '../../store/syncLog';
import type { WorkspaceSync } from '../../../../shared/merge/syncState';
export { readStampedWorkspace } from '../../store/syncLog';
import {
  ROW_TABLES,
  type RowTable,
  type WorkspaceData,
} from '../../../../shared/workspace/workspaceData';

/** The whole workspace as it is stored now, read in one transaction. */
export function readWorkspace(): Promise<WorkspaceData> {
  return readEveryTable();
}

/**
 * Replaces every table's rows with the workspace's, as one transaction and one undo step.
 * The workspace's stamps replace the store's: a restore's file brings its own, and a new
 * workspace (the sample, an empty one) has none, so its rows carry the zero stamp that
 * every copy has seen. Two people who open the sample then merge only what they changed.
 */
export async function replaceWorkspace(
  label: string,
  data: WorkspaceData,
  sync: WorkspaceSync | null = null,
): Promise<void> {
  const changes: ChangeSet = {};
  for (const t of ROW_TABLES) changes[t as TableName] = { clear: true, put: data[t] as unknown[] };
  changes.settings = { clear: true, put: [{ key: 'settings', value: data.settings }] };
  await commit(label, changes, { stamps: resetStamps(sync) });
}

/** How many rows each row table holds now, read in one transaction. */
export function countWorkspaceRows(): Promise<Record<RowTable, number>> {
  return countEveryTable();
}

export const isWorkspaceEmpty = isStoreEmpty;
