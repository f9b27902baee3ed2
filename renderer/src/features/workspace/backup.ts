/**
 * Back up the workspace to one JSON file and restore it. A restore validates the whole file
 * first; a broken or foreign file leaves the store exactly as it was.
 */
import type { OpenedFile } from '../../platform/platform';
import { parseWorkspaceFile, serializeWorkspace } from '../../../../shared/workspace/workspaceFile';
import { readWorkspace, replaceWorkspace } from './workspaceStore';
import { localToday } from '../../../../shared/dates/calendarDate';

export async function backupWorkspace(
  now = new Date(),
): Promise<{ name: string; bytes: Uint8Array }> {
  const text = serializeWorkspace(await readWorkspace(), now.toISOString());
  return {
    name: `abm-workspace-${localToday(now)}.abmworkspace.json`,
    bytes: new TextEncoder().encode(text),
  };
}

export type RestoreResult =
  { ok: true; accounts: number; migratedFrom: number | null } | { ok: false; error: string };

export async function restoreWorkspace(file: OpenedFile): Promise<RestoreResult> {
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
  await replaceWorkspace(`Restore ${file.name}`, parsed.data);
  return { ok: true, accounts: parsed.data.accounts.length, migratedFrom: parsed.migratedFrom };
}
