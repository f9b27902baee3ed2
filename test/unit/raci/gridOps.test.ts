// Editing a grid's structure: roles, activities, phases, duplicates — and nothing else moves.
import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../../../shared/domain/ids';
import {
  RaciEditError,
  addActivity,
  addRole,
  createGrid,
  deleteActivity,
  deleteRole,
  duplicateGrid,
  moveActivity,
  moveActivityBy,
  moveRole,
  moveRoleBy,
  phasesOf,
  renameActivity,
  renamePhase,
  renameRole,
  setActivityNote,
  setActivityPhase,
} from '../../../shared/raci/gridOps';
import { roleNameProblem, uniqueCopyName } from '../../../shared/raci/names';
import { NOW, activityId, gridOf, picture, roleId } from './helpers';

const names = (grid: { activities: { name: string; phase: string }[] }) =>
  grid.activities.map((a) => (a.phase ? `${a.phase}/${a.name}` : a.name));

describe('RACI grid structure', () => {
  it('builds a grid from nothing: roles and activities in the order added, names trimmed', () => {
    const ids = sequentialIds();
    let grid = createGrid(ids, NOW, '  Q3 plan ');
    grid = addRole(grid, ids, ' Sales Ops ');
    grid = addRole(grid, ids, 'Marketing Ops');
    grid = addRole(grid, ids, 'RevOps', 0);
    grid = addActivity(grid, ids, { name: 'Build TAL' });
    grid = addActivity(grid, ids, { name: 'Define ICP' }, 0);
    expect(grid.name).toBe('Q3 plan');
    expect(grid.roles.map((r) => r.name)).toEqual(['RevOps', 'Sales Ops', 'Marketing Ops']);
    expect(names(grid)).toEqual(['Define ICP', 'Build TAL']);
  });

  it('refuses empty, duplicate and reserved role names with a message', () => {
    const grid = gridOf(['Sales', 'Marketing'], []);
    expect(roleNameProblem(grid, '  ')).toBe('A role needs a name.');
    expect(roleNameProblem(grid, 'sales')).toContain('already a role named');
    expect(roleNameProblem(grid, 'Note')).toContain('CSV column');
    expect(roleNameProblem(grid, 'Sales', roleId(grid, 'Sales'))).toBeNull();
    expect(() => renameRole(grid, roleId(grid, 'Sales'), 'Marketing')).toThrow(RaciEditError);
    expect(() => addRole(grid, sequentialIds(), 'Phase')).toThrow(RaciEditError);
    expect(() => renameActivity(gridOf(['A'], [['x', 'R']]), 't-3', ' ')).toThrow(RaciEditError);
  });

  it('renames and reorders roles; cells stay with their role', () => {
    let grid = gridOf(['Ops', 'Sales', 'Mkt'], [['Plan', 'R', 'A', 'C']]);
    grid = renameRole(grid, roleId(grid, 'Ops'), 'Sales Ops');
    grid = moveRole(grid, roleId(grid, 'Mkt'), 0);
    expect(grid.roles.map((r) => r.name)).toEqual(['Mkt', 'Sales Ops', 'Sales']);
    expect(picture(grid)).toEqual([['Plan', 'C', 'R', 'A']]);
    grid = moveRoleBy(grid, roleId(grid, 'Mkt'), 1);
    expect(picture(grid)).toEqual([['Plan', 'R', 'C', 'A']]);
    expect(moveRoleBy(grid, roleId(grid, 'Sales Ops'), -1)).toBe(grid);
  });

  it('deleting a role or activity removes its cells too', () => {
    let grid = gridOf(
      ['Ops', 'Sales'],
      [
        ['Plan', 'R', 'A'],
        ['Run', 'A', 'R'],
      ],
    );
    grid = deleteRole(grid, roleId(grid, 'Sales'));
    expect(Object.keys(grid.cells)).toHaveLength(2);
    grid = deleteActivity(grid, activityId(grid, 'Plan'));
    expect(picture(grid)).toEqual([['Run', 'A']]);
    expect(Object.keys(grid.cells)).toHaveLength(1);
  });

  it('keeps each phase in one block: a new row joins the end of its phase', () => {
    const ids = sequentialIds('n');
    let grid = gridOf(
      ['Ops'],
      [
        ['TAL', 'R'],
        ['Campaign', 'R'],
        ['Report', 'R'],
      ],
      {
        phase: ['Plan', 'Run', 'Run'],
      },
    );
    grid = addActivity(grid, ids, { name: 'ICP', phase: 'Plan' });
    grid = addActivity(grid, ids, { name: 'Loose' });
    expect(names(grid)).toEqual(['Plan/TAL', 'Plan/ICP', 'Run/Campaign', 'Run/Report', 'Loose']);
    grid = setActivityPhase(grid, activityId(grid, 'Loose'), 'Plan');
    expect(names(grid)).toEqual([
      'Plan/TAL',
      'Plan/ICP',
      'Plan/Loose',
      'Run/Campaign',
      'Run/Report',
    ]);
    expect(phasesOf(grid)).toEqual(['Plan', 'Run']);
  });

  it('renaming a phase onto another merges the blocks', () => {
    let grid = gridOf(
      ['Ops'],
      [
        ['a', 'R'],
        ['b', 'R'],
        ['c', 'R'],
      ],
      { phase: ['P', 'Q', 'R'] },
    );
    grid = renamePhase(grid, 'R', 'P');
    expect(names(grid)).toEqual(['P/a', 'P/c', 'Q/b']);
  });

  it('Alt+Up/Down moves a row within its phase, and crosses a phase edge in one step', () => {
    let grid = gridOf(
      ['Ops'],
      [
        ['a', 'R'],
        ['b', 'R'],
        ['c', 'R'],
      ],
      { phase: ['P', 'P', 'Q'] },
    );
    grid = moveActivityBy(grid, activityId(grid, 'c'), -1);
    expect(names(grid)).toEqual(['P/a', 'P/b', 'P/c']);
    grid = moveActivityBy(grid, activityId(grid, 'c'), -1);
    expect(names(grid)).toEqual(['P/a', 'P/c', 'P/b']);
    expect(moveActivityBy(grid, activityId(grid, 'a'), -1)).toBe(grid);
  });

  it('dragging a row onto another takes its place and its phase', () => {
    let grid = gridOf(
      ['Ops'],
      [
        ['a', 'R'],
        ['b', 'R'],
        ['c', 'R'],
      ],
      { phase: ['P', 'P', 'Q'] },
    );
    grid = moveActivity(grid, activityId(grid, 'a'), 2);
    expect(names(grid)).toEqual(['P/b', 'Q/c', 'Q/a']);
  });

  it('notes keep their text, with line breaks stored as \\n', () => {
    let grid = gridOf(['Ops'], [['a', 'R']]);
    grid = setActivityNote(grid, activityId(grid, 'a'), 'Escalate:\r\nVP Sales');
    expect(grid.activities[0]?.note).toBe('Escalate:\nVP Sales');
  });

  it('a duplicate has its own ids and the same table', () => {
    const grid = gridOf(['Ops', 'Sales'], [['Plan', 'RA', 'C']], { note: ['n'] });
    const copy = duplicateGrid(
      grid,
      sequentialIds('d'),
      NOW,
      uniqueCopyName(grid.name, [grid.name]),
    );
    expect(copy.name).toBe('Test grid (copy)');
    expect(copy.id).not.toBe(grid.id);
    expect(copy.roles[0]?.id).not.toBe(grid.roles[0]?.id);
    expect(picture(copy)).toEqual(picture(grid));
    expect(copy.activities[0]?.note).toBe('n');
    expect(uniqueCopyName('X', ['X', 'X (copy)'])).toBe('X (copy 2)');
  });
});
