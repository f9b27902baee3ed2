/**
 * Reading the whole store as WorkspaceData and replacing it with another (restore, sample,
 * start empty). A replacement is one commit: all tables in one transaction, one undo step.
 */
import { db, TABLE_NAMES, type TableName } from '../../store/db';
import { commit, type ChangeSet } from '../../store/changes';
import { withDefaults } from '../../store/settings';
import {
  ROW_TABLES,
  type RowTable,
  type WorkspaceData,
} from '../../../../shared/workspace/workspaceData';

export async function readWorkspace(): Promise<WorkspaceData> {
  return db.transaction(
    'r',
    TABLE_NAMES.map((t) => db.table(t)),
    // Each table by name, so the typed tables of db.ts give WorkspaceData without a cast and a
    // table added to WorkspaceData but not read here fails to compile.
    async (): Promise<WorkspaceData> => ({
      accounts: await db.accounts.toArray(),
      owners: await db.owners.toArray(),
      motions: await db.motions.toArray(),
      blackouts: await db.blackouts.toArray(),
      icpProfiles: await db.icpProfiles.toArray(),
      talSnapshots: await db.talSnapshots.toArray(),
      raciGrids: await db.raciGrids.toArray(),
      importBatches: await db.importBatches.toArray(),
      columnMappings: await db.columnMappings.toArray(),
      savedViews: await db.savedViews.toArray(),
      exportProfiles: await db.exportProfiles.toArray(),
      conflictAcceptances: await db.conflictAcceptances.toArray(),
      settings: withDefaults((await db.settings.get('settings'))?.value),
    }),
  );
}

/** Replaces every table's rows with the workspace's, as one transaction and one undo step. */
export async function replaceWorkspace(label: string, data: WorkspaceData): Promise<void> {
  const changes: ChangeSet = {};
  for (const t of ROW_TABLES) changes[t as TableName] = { clear: true, put: data[t] as unknown[] };
  changes.settings = { clear: true, put: [{ key: 'settings', value: data.settings }] };
  await commit(label, changes);
}

/** How many rows each row table holds now, read in one transaction. */
export async function countWorkspaceRows(): Promise<Record<RowTable, number>> {
  return db.transaction(
    'r',
    ROW_TABLES.map((t) => db.table(t)),
    async () => {
      const counts = {} as Record<RowTable, number>;
      for (const t of ROW_TABLES) counts[t] = await db.table(t).count();
      return counts;
    },
  );
}

export async function isWorkspaceEmpty(): Promise<boolean> {
  for (const t of ROW_TABLES) if ((await db.table(t).count()) > 0) return false;
  return true;
}
