// Builds small grids for the tests from a picture of the table: roles × rows of letters.
import { sequentialIds } from '../../../shared/domain/ids';
import type { RaciGrid } from '../../../shared/domain/types';
import { gridFromTemplate } from '../../../shared/raci/templates';

export const NOW = '2026-01-05T09:00:00.000Z';

export function gridOf(
  roles: string[],
  rows: [name: string, ...cells: string[]][],
  extra: { phase?: string[]; note?: string[] } = {},
): RaciGrid {
  return gridFromTemplate(
    {
      id: 'test',
      name: 'Test grid',
      source: '',
      reading: '',
      roles,
      activities: rows.map(([name, ...cells], i) => ({
        name,
        cells,
        phase: extra.phase?.[i] ?? '',
        note: extra.note?.[i] ?? '',
      })),
    },
    sequentialIds('t'),
    NOW,
  );
}

export function roleId(grid: RaciGrid, name: string): string {
  const role = grid.roles.find((r) => r.name === name);
  if (!role) throw new Error(`no role ${name}`);
  return role.id;
}

export function activityId(grid: RaciGrid, name: string): string {
  const activity = grid.activities.find((a) => a.name === name);
  if (!activity) throw new Error(`no activity ${name}`);
  return activity.id;
}

/** The grid back as a picture, to compare tables at a glance. */
export function picture(grid: RaciGrid): string[][] {
  return grid.activities.map((a) => [
    a.name,
    ...grid.roles.map((r) => (grid.cells[`${a.id}:${r.id}`] ?? []).join('')),
  ]);
}
