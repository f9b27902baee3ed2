/**
 * Structural edits of a RACI grid: grids, roles (columns), activities (rows) and phases.
 * Every function returns a new grid and leaves its input alone, so the UI can commit the
 * result as one undo step. Names that break the rules in names.ts throw RaciEditError; the UI
 * asks names.ts first and shows the message instead.
 */
import type { IdGenerator } from '../domain/ids';
import type { IsoDateTime, RaciActivity, RaciGrid, RaciLetter, RaciRole } from '../domain/types';
import { cellKey } from './letters';
import {
  activityNameProblem,
  gridNameProblem,
  normalizeLineBreaks,
  normalizeName,
  roleNameProblem,
} from './names';

export class RaciEditError extends Error {}

function ensure(problem: string | null): void {
  if (problem) throw new RaciEditError(problem);
}

export function createGrid(
  ids: IdGenerator,
  now: IsoDateTime,
  name: string,
  source = '',
): RaciGrid {
  ensure(gridNameProblem(name));
  return {
    id: ids(),
    name: normalizeName(name),
    source,
    roles: [],
    activities: [],
    cells: {},
    createdAt: now,
    updatedAt: now,
  };
}

export function touch(grid: RaciGrid, now: IsoDateTime): RaciGrid {
  return { ...grid, updatedAt: now };
}

export function renameGrid(grid: RaciGrid, name: string): RaciGrid {
  ensure(gridNameProblem(name));
  return { ...grid, name: normalizeName(name) };
}

/** A copy with fresh ids for the grid, its roles and activities (cells follow them). */
export function duplicateGrid(
  grid: RaciGrid,
  ids: IdGenerator,
  now: IsoDateTime,
  name: string,
): RaciGrid {
  const roleIds = new Map(grid.roles.map((role) => [role.id, ids()]));
  const activityIds = new Map(grid.activities.map((activity) => [activity.id, ids()]));
  const cells: Record<string, RaciLetter[]> = {};
  for (const activity of grid.activities) {
    for (const role of grid.roles) {
      const letters = grid.cells[cellKey(activity.id, role.id)];
      if (letters && letters.length > 0)
        cells[cellKey(activityIds.get(activity.id)!, roleIds.get(role.id)!)] = [...letters];
    }
  }
  return {
    ...grid,
    id: ids(),
    name: normalizeName(name),
    roles: grid.roles.map((role) => ({ ...role, id: roleIds.get(role.id)! })),
    activities: grid.activities.map((a) => ({ ...a, id: activityIds.get(a.id)! })),
    cells,
    createdAt: now,
    updatedAt: now,
  };
}

function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item === undefined) return copy;
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item);
  return copy;
}

// ---- roles ----------------------------------------------------------------------------

export function addRole(grid: RaciGrid, ids: IdGenerator, name: string, index?: number): RaciGrid {
  ensure(roleNameProblem(grid, name));
  const role: RaciRole = { id: ids(), name: normalizeName(name) };
  const roles = [...grid.roles];
  roles.splice(index ?? roles.length, 0, role);
  return { ...grid, roles };
}

export function renameRole(grid: RaciGrid, roleId: string, name: string): RaciGrid {
  ensure(roleNameProblem(grid, name, roleId));
  const clean = normalizeName(name);
  return { ...grid, roles: grid.roles.map((r) => (r.id === roleId ? { ...r, name: clean } : r)) };
}

export function moveRole(grid: RaciGrid, roleId: string, toIndex: number): RaciGrid {
  const from = grid.roles.findIndex((r) => r.id === roleId);
  if (from < 0) return grid;
  return { ...grid, roles: moveItem(grid.roles, from, toIndex) };
}

export function moveRoleBy(grid: RaciGrid, roleId: string, delta: number): RaciGrid {
  const from = grid.roles.findIndex((r) => r.id === roleId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= grid.roles.length) return grid;
  return moveRole(grid, roleId, to);
}

export function deleteRole(grid: RaciGrid, roleId: string): RaciGrid {
  const suffix = `:${roleId}`;
  const cells = Object.fromEntries(Object.entries(grid.cells).filter(([k]) => !k.endsWith(suffix)));
  return { ...grid, roles: grid.roles.filter((r) => r.id !== roleId), cells };
}

// ---- activities -----------------------------------------------------------------------

export interface NewActivity {
  name: string;
  phase?: string;
  note?: string;
}

/**
 * Keeps each phase's activities together, phases in order of first appearance, activities
 * in their current order within a phase: rows of one phase are always one block on screen.
 */
export function groupByPhase(activities: readonly RaciActivity[]): RaciActivity[] {
  const groups = new Map<string, RaciActivity[]>();
  for (const activity of activities) {
    const group = groups.get(activity.phase);
    if (group) group.push(activity);
    else groups.set(activity.phase, [activity]);
  }
  return [...groups.values()].flat();
}

/** Adds a row at index (default: after the last row of its phase, or at the end). */
export function addActivity(
  grid: RaciGrid,
  ids: IdGenerator,
  input: NewActivity,
  index?: number,
): RaciGrid {
  ensure(activityNameProblem(input.name));
  const activity: RaciActivity = {
    id: ids(),
    name: normalizeName(input.name),
    phase: normalizeName(input.phase ?? ''),
    note: normalizeLineBreaks(input.note ?? ''),
  };
  const activities = [...grid.activities];
  let at = index;
  if (at === undefined) {
    const lastOfPhase = activities.map((a) => a.phase).lastIndexOf(activity.phase);
    at = lastOfPhase >= 0 ? lastOfPhase + 1 : activities.length;
  }
  activities.splice(at, 0, activity);
  return { ...grid, activities: groupByPhase(activities) };
}

function updateActivity(
  grid: RaciGrid,
  activityId: string,
  patch: Partial<Omit<RaciActivity, 'id'>>,
): RaciGrid {
  const activities = grid.activities.map((a) => (a.id === activityId ? { ...a, ...patch } : a));
  return { ...grid, activities: groupByPhase(activities) };
}

export function renameActivity(grid: RaciGrid, activityId: string, name: string): RaciGrid {
  ensure(activityNameProblem(name));
  return updateActivity(grid, activityId, { name: normalizeName(name) });
}

export function setActivityNote(grid: RaciGrid, activityId: string, note: string): RaciGrid {
  return updateActivity(grid, activityId, { note: normalizeLineBreaks(note) });
}

/** Moves the row into a phase ('' = no phase); it joins the end of that phase's block. */
export function setActivityPhase(grid: RaciGrid, activityId: string, phase: string): RaciGrid {
  const clean = normalizeName(phase);
  const activity = grid.activities.find((a) => a.id === activityId);
  if (!activity || activity.phase === clean) return grid;
  const others = grid.activities.filter((a) => a.id !== activityId);
  const lastOfPhase = others.map((a) => a.phase).lastIndexOf(clean);
  const at = lastOfPhase >= 0 ? lastOfPhase + 1 : others.length;
  others.splice(at, 0, { ...activity, phase: clean });
  return { ...grid, activities: groupByPhase(others) };
}

/** Renames a phase on every row; renaming onto an existing phase merges the two blocks. */
export function renamePhase(grid: RaciGrid, from: string, to: string): RaciGrid {
  const clean = normalizeName(to);
  const activities = grid.activities.map((a) => (a.phase === from ? { ...a, phase: clean } : a));
  return { ...grid, activities: groupByPhase(activities) };
}

/** The phases in row order ('' for rows without one). */
export function phasesOf(grid: RaciGrid): string[] {
  return [...new Set(grid.activities.map((a) => a.phase))];
}

/**
 * Drag and drop: the row takes the target row's place and joins the target's phase, which
 * is what dropping a row onto another looks like on screen.
 */
export function moveActivity(grid: RaciGrid, activityId: string, toIndex: number): RaciGrid {
  const from = grid.activities.findIndex((a) => a.id === activityId);
  const target = grid.activities[toIndex];
  if (from < 0 || !target || from === toIndex) return grid;
  const moved = moveItem(grid.activities, from, toIndex).map((a) =>
    a.id === activityId ? { ...a, phase: target.phase } : a,
  );
  return { ...grid, activities: groupByPhase(moved) };
}

/**
 * Keyboard move (Alt+Up / Alt+Down): one step within the phase; at the edge of a phase the
 * first step crosses into the neighbouring phase without changing the row's position.
 */
export function moveActivityBy(grid: RaciGrid, activityId: string, delta: -1 | 1): RaciGrid {
  const from = grid.activities.findIndex((a) => a.id === activityId);
  const activity = grid.activities[from];
  const neighbour = grid.activities[from + delta];
  if (!activity || !neighbour) return grid;
  if (neighbour.phase !== activity.phase) {
    return updateActivity(grid, activityId, { phase: neighbour.phase });
  }
  return { ...grid, activities: moveItem(grid.activities, from, from + delta) };
}

export function deleteActivity(grid: RaciGrid, activityId: string): RaciGrid {
  const prefix = `${activityId}:`;
  const cells = Object.fromEntries(
    Object.entries(grid.cells).filter(([k]) => !k.startsWith(prefix)),
  );
  return { ...grid, activities: grid.activities.filter((a) => a.id !== activityId), cells };
}
