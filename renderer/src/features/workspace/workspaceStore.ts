/**
 * Reading the whole store as WorkspaceData and replacing it with another (restore, sample,
 * start empty). A replacement is one commit: all tables in one transaction, one undo step.
 */
import { db, TABLE_NAMES, type TableName } from '../../store/db';
import { commit, type ChangeSet } from '../../store/changes';
import { withDefaults } from '../../store/settings';
import { ROW_TABLES, type WorkspaceData } from '../../../../shared/workspace/workspaceData';

export async function readWorkspace(): Promise<WorkspaceData> {
  return db.transaction(
    'r',
    TABLE_NAMES.map((t) => db.table(t)),
    async () => {
      const data: Record<string, unknown> = {};
      for (const t of ROW_TABLES) data[t] = await db.table(t).toArray();
      const settings = await db.settings.get('settings');
      data.settings = withDefaults(settings?.value);
      return data as unknown as WorkspaceData;
    },
  );
}

/** Replaces every table's rows with the workspace's, as one undoable step. */
export async function replaceWorkspace(label: string, data: WorkspaceData): Promise<void> {
  const changes: ChangeSet = {};
  for (const t of ROW_TABLES) {
    const keyPath = db.table(t).schema.primKey.keyPath as string;
    const existing = (await db.table(t).toCollection().primaryKeys()) as string[];
    const rows = data[t] as unknown as Record<string, unknown>[];
    const incoming = new Set(rows.map((r) => r[keyPath] as string));
    changes[t as TableName] = { delete: existing.filter((k) => !incoming.has(k)), put: rows };
  }
  changes.settings = { put: [{ key: 'settings', value: data.settings }] };
  await commit(label, changes);
}

export async function isWorkspaceEmpty(): Promise<boolean> {
  for (const t of ROW_TABLES) if ((await db.table(t).count()) > 0) return false;
  return true;
}
