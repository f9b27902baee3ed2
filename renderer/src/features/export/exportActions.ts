/**
 * What the Export section does with files and the store: save an export's files through the
 * platform (native dialog and atomic write in Electron, a download in the browser), save the
 * problems as CSV, and keep generic profiles (each save or delete is one undo step).
 */
import type { ExportProfile } from '../../../../shared/domain/types';
import type { ExportMode, ExportResult } from '../../../../shared/export/exportTypes';
import { problemsTable } from '../../../../shared/export/problemsCsv';
import { encodeUtf8, renderExport } from '../../../../shared/export/renderExport';
import { writeCsvTable } from '../../../../shared/csv/writeCsv';
import { platform } from '../../platform';
import { commit } from '../../store/changes';
import { useUiStore } from '../../store/uiStore';

const notify = (kind: 'info' | 'ok' | 'error', message: string) =>
  useUiStore.getState().notify(kind, message);

const FILTERS = {
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  ics: [{ name: 'Calendar', extensions: ['ics'] }],
};

/** Saves every file of the export, one dialog each; stops at the first cancel. */
export async function saveExport(
  result: ExportResult,
  mode: ExportMode,
  leaveOutProblemRows: boolean,
): Promise<void> {
  const files = renderExport(result, mode, { leaveOutProblemRows });
  const saved: string[] = [];
  try {
    for (const file of files) {
      const ok = await platform.saveFile({
        suggestedName: file.name,
        bytes: encodeUtf8(file.text),
        filters: FILTERS[result.extension],
      });
      if (!ok) break;
      saved.push(file.name);
    }
  } catch (e) {
    notify('error', `The export was not saved: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  if (saved.length > 0) notify('ok', `Saved ${saved.join(', ')}.`);
}

export async function saveProblems(result: ExportResult): Promise<void> {
  const name = `${result.baseName}-problems.csv`;
  const ok = await platform.saveFile({
    suggestedName: name,
    bytes: encodeUtf8(writeCsvTable(problemsTable(result.problems), 'excel')),
    filters: FILTERS.csv,
  });
  if (ok) notify('ok', `Saved ${name}.`);
}

export async function saveProfile(profile: ExportProfile): Promise<void> {
  await commit(`Save export profile "${profile.name}"`, { exportProfiles: { put: [profile] } });
  notify('ok', `Saved the export profile "${profile.name}".`);
}

export async function deleteProfile(profile: ExportProfile): Promise<void> {
  await commit(`Delete export profile "${profile.name}"`, {
    exportProfiles: { delete: [profile.id] },
  });
  notify('info', `Deleted the export profile "${profile.name}".`);
}
