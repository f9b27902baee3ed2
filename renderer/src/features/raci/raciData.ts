/**
 * Reading and writing RACI grids in the store. Every write is one commit() — one undo step.
 * An edit is computed from the grid as stored at the moment of its write (readThenCommit),
 * so fast typing never computes a change from a grid the store has already moved past.
 */
import { useMemo } from 'react';
import { randomId } from '../../../../shared/domain/ids';
import type { ImportBatch, RaciGrid } from '../../../../shared/domain/types';
import { touch } from '../../../../shared/raci/gridOps';
import { commit, readThenCommit } from '../../store/changes';
import { useLive } from '../../store/liveTables';
import { readRow } from '../../store/reads';

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
  const grids = useLive('raciGrids');
  return useMemo(() => grids && sortGrids(grids), [grids]);
}

/**
 * Applies `change` to the stored grid and commits the result as one undo step. Returns the
 * error message when the change was refused (e.g. a duplicate role name), else null.
 */
export function editGrid(
  gridId: string,
  label: string,
  change: (grid: RaciGrid) => RaciGrid,
): Promise<string | null> {
  return readThenCommit(async () => {
    const nothing = (result: string | null) => ({ label, changes: null, result });
    const current = await readRow('raciGrids', gridId);
    if (!current) return nothing('This grid no longer exists.');
    let next: RaciGrid;
    try {
      next = change(current);
    } catch (e) {
      return nothing(e instanceof Error ? e.message : String(e));
    }
    if (next === current) return nothing(null);
    return { label, changes: { raciGrids: { put: [touch(next, nowStamp())] } }, result: null };
  });
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
