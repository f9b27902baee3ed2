/** One RACI grid as CSV, in the format the RACI import reads back. */
import type { ExportRun } from './exportProfiles';
import type { ExportSource } from './exportTypes';

export function exportRaciGrid(source: ExportSource, gridName: string | undefined): ExportRun {
  const names = source.raciGrids.map((g) => `"${g.name}"`).join(', ');
  const grid =
    gridName === undefined
      ? source.raciGrids.length === 1
        ? source.raciGrids[0]
        : undefined
      : source.raciGrids.find((g) => g.name.trim().toLowerCase() === gridName.trim().toLowerCase());
  if (!grid) {
    if (source.raciGrids.length === 0)
      return { ok: false, error: 'The workspace has no RACI grid.' };
    return {
      ok: false,
      error:
        gridName === undefined
          ? `The workspace has several RACI grids; name one with --grid: ${names}.`
          : `There is no RACI grid "${gridName}". Grids: ${names}.`,
    };
  }
  return { ok: false, error: 'RACI CSV export is not available yet.' };
}
