/**
 * RACI files in and out: CSV (plain or Excel-safe) and PNG through the platform's save
 * dialog, CSV import into a new grid. Errors reach the user as a toast naming file, row and
 * column; a refused import writes nothing.
 */
import { formatCsvError } from '../../../../shared/csv/csvError';
import { randomId } from '../../../../shared/domain/ids';
import type { RaciGrid } from '../../../../shared/domain/types';
import { raciFromCsv, raciToCsvBytes, type RaciCsvMode } from '../../../../shared/raci/raciCsv';
import { platform } from '../../platform';
import { useUiStore } from '../../store/uiStore';
import { gridToPng } from './drawGridPng';
import { addImportedGrid, nowStamp } from './raciData';

const notify = (kind: 'info' | 'ok' | 'error', message: string) =>
  useUiStore.getState().notify(kind, message);

/** A file name from a grid name: no path separators or characters Windows refuses. */
export function fileNameFor(name: string, extension: string): string {
  const base = name.replace(/[\\/:*?"<>|\n\r\t]+/g, '-').trim() || 'RACI grid';
  return `${base}.${extension}`;
}

export async function exportCsv(grid: RaciGrid, mode: RaciCsvMode): Promise<void> {
  const name = fileNameFor(grid.name, 'csv');
  const saved = await platform.saveFile({
    suggestedName: name,
    bytes: raciToCsvBytes(grid, mode),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  if (saved) notify('ok', `Exported ${name}${mode === 'excel' ? ' (Excel-safe)' : ''}.`);
}

export async function exportPng(grid: RaciGrid): Promise<void> {
  const name = fileNameFor(grid.name, 'png');
  try {
    const bytes = await gridToPng(grid);
    const saved = await platform.saveFile({
      suggestedName: name,
      bytes,
      filters: [{ name: 'PNG image', extensions: ['png'] }],
    });
    if (saved) notify('ok', `Exported ${name}.`);
  } catch (e) {
    notify('error', e instanceof Error ? e.message : String(e));
  }
}

/** Asks for a CSV and adds it as a new grid; returns the new grid's id, or null. */
export async function importCsv(): Promise<string | null> {
  const [file] = await platform.openFiles({
    title: 'Import a RACI grid',
    filters: [{ name: 'CSV', extensions: ['csv', 'tsv', 'txt'] }],
  });
  if (!file) return null;
  const result = raciFromCsv(file.name, file.bytes, randomId, nowStamp());
  if (!result.ok) {
    notify('error', `${formatCsvError(result.error)} Nothing was imported.`);
    return null;
  }
  await addImportedGrid(result.grid, file.name);
  const { roles, activities } = result.grid;
  notify(
    'ok',
    `Imported "${result.grid.name}": ${activities.length} activities × ${roles.length} roles.`,
  );
  for (const notice of result.notices) notify('info', notice);
  return result.grid.id;
}
