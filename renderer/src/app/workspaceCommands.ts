/** The File-menu commands: import, back up, restore, share, merge, start empty, the sample. */
import { platform } from '../platform';
import { backupWorkspace, restoreWorkspace, type RestorePlan } from '../features/workspace/backup';
import { replaceWorkspace } from '../features/workspace/workspaceStore';
import { emptyWorkspace } from '../../../shared/workspace/workspaceData';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import { localToday } from '../../../shared/dates/calendarDate';
import { askToConfirm, useUiStore } from '../store/uiStore';
import { StoreWriteError } from '../store/storeErrors';
import { tableHeading } from '../store/tableNouns';
import { navigate } from './router';
import { pickImportFiles } from '../features/accounts/useFileDrop';
import { startAccountImport } from '../features/accounts/startAccountImport';
import { previewMerge, shareWorkspace, startMerge } from '../features/merge/mergeCommands';
import {
  SAMPLE_COLLEAGUE_FILE,
  sampleColleagueWorkspace,
  sampleLocalEdit,
} from '../../../shared/sample/sampleColleague';
import { serializeWorkspace } from '../../../shared/workspace/workspaceFile';
import { commit } from '../store/changes';

const notify = (...a: Parameters<ReturnType<typeof useUiStore.getState>['notify']>) =>
  useUiStore.getState().notify(...a);

/** Long work started from a menu: a failure becomes a message instead of being lost. */
async function reportingErrors(what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    // The store's own errors already say what happened and that nothing changed.
    if (e instanceof StoreWriteError) return notify('error', e.message);
    notify(
      'error',
      `${what} failed: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.`,
    );
  }
}

export function runBackup(): Promise<void> {
  return reportingErrors('Backing up the workspace', backup);
}

export function runRestore(): Promise<void> {
  return reportingErrors('Restoring the workspace', restore);
}

export function runShare(): Promise<void> {
  return reportingErrors('Sharing the workspace', shareWorkspace);
}

export function runMerge(): Promise<void> {
  return reportingErrors('Merging a colleague’s workspace', startMerge);
}

async function backup(): Promise<void> {
  const { name, bytes } = await backupWorkspace();
  const saved = await platform.saveFile({
    suggestedName: name,
    bytes,
    filters: [{ name: 'ABM Workbench workspace', extensions: ['json'] }],
  });
  if (saved) notify('ok', `Workspace backed up as ${name}`);
}

async function restore(): Promise<void> {
  const [file] = await platform.openFiles({
    title: 'Restore workspace',
    filters: [{ name: 'ABM Workbench workspace', extensions: ['json'] }],
  });
  if (!file) return;
  const result = await restoreWorkspace(file, confirmRestore);
  if ('cancelled' in result) {
    notify('info', result.error);
  } else if (result.ok) {
    const migrated =
      result.migratedFrom !== null ? ` (upgraded from format version ${result.migratedFrom})` : '';
    notify(
      'ok',
      `Restored ${file.name}: ${result.accounts.toLocaleString()} accounts${migrated}. Undo puts the previous workspace back.`,
    );
  } else {
    notify('error', result.error);
  }
}

/** Shows what a restore replaces, table by table, and asks; Cancel is the default. */
function confirmRestore(plan: RestorePlan): Promise<boolean> {
  const shown = plan.tables.filter((t) => t.now > 0 || t.inFile > 0);
  const upgraded =
    plan.migratedFrom !== null
      ? ` (the file is upgraded from format version ${plan.migratedFrom})`
      : '';
  return askToConfirm({
    title: `Replace the workspace with ${plan.file}?`,
    message: `Restoring replaces everything in this workspace with the contents of ${plan.file}${upgraded}. Undo puts the current workspace back.`,
    table: {
      caption: 'Rows per table',
      columns: ['', 'Now', `In ${plan.file}`],
      rows: (shown.length > 0 ? shown : plan.tables).map((t) => [
        tableHeading(t.table),
        t.now.toLocaleString(),
        t.inFile.toLocaleString(),
      ]),
    },
    confirmLabel: 'Replace workspace',
  });
}

/**
 * Picks the files first (the click that asked for them allows a file dialog), then opens the
 * accounts section with them. Returns false when the user cancelled the dialog.
 */
export async function runImport(): Promise<boolean> {
  const files = await pickImportFiles();
  if (files.length === 0) return false;
  navigate('accounts');
  startAccountImport(files);
  return true;
}

export async function startEmpty(): Promise<void> {
  await replaceWorkspace('Start empty', emptyWorkspace());
  localStorage.setItem('abm:started', '1');
}

export async function openSample(): Promise<void> {
  await replaceWorkspace('Open the sample workspace', buildSampleWorkspace(localToday()));
  localStorage.setItem('abm:started', '1');
  navigate('accounts');
  notify(
    'ok',
    'Sample workspace opened: fictional companies, campaigns, conflicts and RACI grids.',
  );
}

/**
 * "Try merging": opens the sample, makes one edit of yours (the webinar a week later), then
 * previews a colleague's copy of the sample, which moved the same webinar and changed other
 * parts: the real merge, from a file made here instead of one picked from disk.
 */
export async function tryMerging(): Promise<void> {
  const today = localToday();
  const sample = buildSampleWorkspace(today);
  await replaceWorkspace('Open the sample workspace', sample);
  localStorage.setItem('abm:started', '1');
  const mine = sampleLocalEdit(sample, new Date().toISOString());
  if (mine) await commit('Move the webinar a week later', { motions: { put: [mine] } });
  const theirs = sampleColleagueWorkspace(sample, today);
  const text = serializeWorkspace(theirs.data, new Date().toISOString(), undefined, theirs.sync);
  navigate('calendar');
  await previewMerge({ name: SAMPLE_COLLEAGUE_FILE, bytes: new TextEncoder().encode(text) });
}
