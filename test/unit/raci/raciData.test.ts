// Edits of a stored grid: fast typing never loses a letter, each edit is one undo step, a
// refused edit writes nothing, and an imported grid arrives with its import record.
import { beforeEach, describe, expect, it } from 'vitest';
import { sequentialIds } from '../../../shared/domain/ids';
import { toggleLetter } from '../../../shared/raci/cellOps';
import { renameRole } from '../../../shared/raci/gridOps';
import { formatLetters } from '../../../shared/raci/letters';
import { abmResponsibilityTemplate, gridFromTemplate } from '../../../shared/raci/templates';
import {
  addGrids,
  addImportedGrid,
  deleteGrid,
  editGrid,
} from '../../../renderer/src/features/raci/raciData';
import { history, undo } from '../../../renderer/src/store/changes';
import { db, resetDb } from '../../../renderer/src/store/db';
import { NOW, activityId, roleId } from './helpers';

beforeEach(() => {
  resetDb(`raci-${Math.random()}`);
  history.clear();
});

async function storedAbm() {
  const grid = gridFromTemplate(abmResponsibilityTemplate, sequentialIds('g'), NOW);
  await addGrids('Create', [grid]);
  return grid;
}

describe('stored RACI grids', () => {
  it('keys typed faster than the store answers all land, each as its own undo step', async () => {
    const grid = await storedAbm();
    const [a, r] = [activityId(grid, 'Define ICP'), roleId(grid, 'Sales Ops')];
    await Promise.all(
      (['A', 'C', 'I'] as const).map((letter) =>
        editGrid(grid.id, `Toggle ${letter}`, (g) => toggleLetter(g, a, r, letter)),
      ),
    );
    const stored = await db.raciGrids.get(grid.id);
    expect(formatLetters(stored?.cells[`${a}:${r}`] ?? [])).toBe('RACI');
    expect(stored?.updatedAt).not.toBe(NOW);
    expect(await undo()).toBe('Toggle I');
    const after = await db.raciGrids.get(grid.id);
    expect(formatLetters(after?.cells[`${a}:${r}`] ?? [])).toBe('RAC');
  });

  it('a refused edit returns its reason and writes nothing', async () => {
    const grid = await storedAbm();
    const message = await editGrid(grid.id, 'Rename role', (g) =>
      renameRole(g, roleId(g, 'Sales'), 'marketing'),
    );
    expect(message).toBe('There is already a role named "marketing" in this grid.');
    expect(await db.raciGrids.get(grid.id)).toEqual(grid);
    expect(await undo()).toBe('Create');
  });

  it('deleting a grid is undone with the grid exactly as it was', async () => {
    const grid = await storedAbm();
    await deleteGrid(grid);
    expect(await db.raciGrids.count()).toBe(0);
    await undo();
    expect(await db.raciGrids.get(grid.id)).toEqual(grid);
  });

  it('an imported grid and its import record are one step', async () => {
    const grid = gridFromTemplate(abmResponsibilityTemplate, sequentialIds('i'), NOW);
    await addImportedGrid(grid, 'matrix.csv');
    const [batch] = await db.importBatches.toArray();
    expect(batch).toMatchObject({ kind: 'raci', files: ['matrix.csv'], counts: { new: 1 } });
    await undo();
    expect(await db.raciGrids.count()).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
  });
});
