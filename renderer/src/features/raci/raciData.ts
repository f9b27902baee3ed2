/**
 * Reading and writing RACI grids in the store. Every write is one commit() — one undo step.
 * Edits of one grid run one after another against the stored row, so fast typing never
 * computes a change from a grid the store has already moved past.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { randomId } from '../../../../shared/domain/ids';
import type { ImportBatch, RaciGrid } from '../../../../shared/domain/types';
import { touch } from '../../../../shared/raci/gridOps';
import { commit } from '../../store/changes';
import { db } from '../../store/db';

let lastStamp = 0;
/** Strictly increasing timestamps, so two edits in one millisecond still differ. */
export function nowStamp(): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}

export function sortGrids(grids: RaciGrid[]): RaciGrid[] {
  return [...grids].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name),
  );
}

export function useRaciGrids(): RaciGrid[] | undefined {
  return useLiveQuery(async () => sortGrids(await db.raciGrids.toArray()), []);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies `change` to the stored grid and commits the result as one undo step. Returns the
 * error message when the change was refused (e.g. a duplicate role name), else null.
 */
export function editGrid(
  gridId: string,
  label: string,
  change: (grid: RaciGrid) => RaciGrid,
): Promise<string | null> {
  const run = queue.then(async () => {
    const current = await db.raciGrids.get(gridId);
    if (!current) return 'This grid no longer exists.';
    let next: RaciGrid;
    try {
      next = change(current);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
    if (next === current) return null;
    await commit(label, { raciGrids: { put: [touch(next, nowStamp())] } });
    return null;
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function addGrids(label: string, grids: RaciGrid[]): Promise<void> {
  await commit(label, { raciGrids: { put: grids } });
}

export async function deleteGrid(grid: RaciGrid): Promise<void> {
  await commit(`Delete RACI grid "${grid.name}"`, { raciGrids: { delete: [grid.id] } });
}

export async function addImportedGrid(grid: RaciGrid, file: string): Promise<void> {
  const batch: ImportBatch = {
    id: randomId(),
    kind: 'raci',
    files: [file],
    at: grid.createdAt,
    counts: { new: 1, updated: 0, merged: 0, rejected: 0 },
  };
  await commit(`Import RACI grid "${grid.name}"`, {
    raciGrids: { put: [grid] },
    importBatches: { put: [batch] },
  });
}
