/**
 * Back up (or share) the workspace to one JSON file, with its stamps (format 7's sync
 * section; the change log is compacted after), and restore it, stamps included. A restore validates the whole file
 * first; a broken or foreign file leaves the store exactly as it was. A valid one is shown
 * to the user first (rows per table now and in the file), and replaces the workspace only
 * once they confirm.
 */
import type { OpenedFile } from '../../platform/platform';
import { parseWorkspaceFile, serializeWorkspace } from '../../../../shared/workspace/workspaceFile';
import { countWorkspaceRows, readStampedWorkspace, replaceWorkspace } from './workspaceStore';
import { ROW_TABLES, type RowTable } from '../../../../shared/workspace/workspaceData';
import { localToday } from '../../../../shared/dates/calendarDate';
import { compactSyncLog } from '../../store/syncLog';
import { whyNotWritable } from '../../store/storeStatus';

export async function backupWorkspace(
  now = new Date(),
): Promise<{ name: string; bytes: Uint8Array }> {
  const { data, sync } = await readStampedWorkspace();
  const text = serializeWorkspace(data, now.toISOString(), undefined, sync);
  // What was just folded for the file is what the log keeps: one entry instead of the
  // history (lossless for a merge; not where another window holds the store).
  if (whyNotWritable() === null) await compactSyncLog();
  return {
    name: `abm-workspace-${localToday(now)}.abmworkspace.json`,
    bytes: new TextEncoder().encode(text),
  };
}

export type RestoreResult =
  | { ok: true; accounts: number; migratedFrom: number | null }
  | { ok: false; error: string }
  | { ok: false; cancelled: true; error: string };

/** What a restore replaces: each table's rows now and in the file. */
export interface RestorePlan {
  file: string;
  tables: { table: RowTable; now: number; inFile: number }[];
  migratedFrom: number | null;
}

/**
 * Restores `file` over the workspace, as one transaction and one undo step, once `confirm`
 * (shown the plan) says yes. Without `confirm` it does not ask (for callers that did).
 */
export async function restoreWorkspace(
  file: OpenedFile,
  confirm?: (plan: RestorePlan) => Promise<boolean>,
): Promise<RestoreResult> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return {
      ok: false,
      error: `${file.name}: this is not a text file (not UTF-8). Nothing was restored.`,
    };
  }
  const parsed = parseWorkspaceFile(text, file.name);
  if (!parsed.ok) return { ok: false, error: `${parsed.error} Nothing was restored.` };
  if (confirm) {
    const now = await countWorkspaceRows();
    const tables = ROW_TABLES.map((table) => ({
      table,
      now: now[table],
      inFile: parsed.data[table].length,
    }));
    if (!(await confirm({ file: file.name, tables, migratedFrom: parsed.migratedFrom }))) {
      return { ok: false, cancelled: true, error: 'Restore cancelled: nothing was changed.' };
    }
  }
  await replaceWorkspace(`Restore ${file.name}`, parsed.data, parsed.sync);
  return { ok: true, accounts: parsed.data.accounts.length, migratedFrom: parsed.migratedFrom };
}
