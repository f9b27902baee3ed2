/**
 * One RACI grid as CSV, written by shared/raci in the format its import reads back (so a
 * grid exported here imports back unchanged); the table is the preview.
 */
import { raciCsvTable, raciToCsvText } from '../raci/raciCsv';
import type { RaciGrid } from '../domain/types';
import type { ExportRun, ExportSource } from './exportTypes';
import { slugOf } from './genericProfile';

export function findRaciGrid(
  grids: readonly RaciGrid[],
  name: string | undefined,
): { ok: true; grid: RaciGrid } | { ok: false; error: string } {
  const names = grids.map((g) => `"${g.name}"`).join(', ');
  if (grids.length === 0) return { ok: false, error: 'The workspace has no RACI grid.' };
  if (name === undefined) {
    const only = grids.length === 1 ? grids[0] : undefined;
    return only
      ? { ok: true, grid: only }
      : { ok: false, error: `The workspace has several RACI grids; name one: ${names}.` };
  }
  const wanted = name.trim().toLowerCase();
  const grid = grids.find((g) => g.name.trim().toLowerCase() === wanted);
  return grid
    ? { ok: true, grid }
    : { ok: false, error: `There is no RACI grid "${name}". Grids: ${names}.` };
}

export function exportRaciGrid(source: ExportSource, gridName: string | undefined): ExportRun {
  const found = findRaciGrid(source.raciGrids, gridName);
  if (!found.ok) return found;
  const { grid } = found;
  const table = raciCsvTable(grid);
  return {
    ok: true,
    result: {
      baseName: `raci-${slugOf(grid.name)}`,
      extension: 'csv',
      tables: [{ suffix: '', headers: table.headers, rows: table.rows }],
      problems: [],
      render: (mode) => raciToCsvText(grid, mode === 'excel' ? 'excel' : 'plain'),
    },
  };
}
