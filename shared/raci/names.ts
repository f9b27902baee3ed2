/**
 * Rules for role, activity and grid names. Role names are column headers in the CSV, so they
 * must be unique (ignoring case) and must not be "Activity", "Phase" or "Note" (the CSV's own
 * columns): that is what lets an exported grid import back exactly.
 */
import type { RaciGrid } from '../domain/types';

export const PHASE_HEADER = 'Phase';
export const NOTE_HEADER = 'Note';
export const ACTIVITY_HEADER = 'Activity';
const RESERVED_ROLE_NAMES = [ACTIVITY_HEADER, PHASE_HEADER, NOTE_HEADER].map((name) =>
  name.toLowerCase(),
);

/** Line breaks are stored as \n whatever the clipboard or file used. */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Names are kept without surrounding whitespace; inner line breaks are allowed. */
export function normalizeName(name: string): string {
  return normalizeLineBreaks(name).trim();
}

export function isReservedRoleName(name: string): boolean {
  return RESERVED_ROLE_NAMES.includes(normalizeName(name).toLowerCase());
}

/** A message for the user, or null when the name can be used for the role (or a new role). */
export function roleNameProblem(grid: RaciGrid, name: string, roleId?: string): string | null {
  const clean = normalizeName(name);
  if (clean === '') return 'A role needs a name.';
  if (isReservedRoleName(clean))
    return `"${clean}" is the name of a CSV column (Activity, Phase, Note); choose another role name.`;
  const taken = grid.roles.some(
    (role) => role.id !== roleId && role.name.toLowerCase() === clean.toLowerCase(),
  );
  if (taken) return `There is already a role named "${clean}" in this grid.`;
  return null;
}

export function activityNameProblem(name: string): string | null {
  return normalizeName(name) === '' ? 'An activity needs a name.' : null;
}

export function gridNameProblem(name: string): string | null {
  return normalizeName(name) === '' ? 'A grid needs a name.' : null;
}

/** "Name (copy)", "Name (copy 2)", … the first one not already used. */
export function uniqueCopyName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  let candidate = `${name} (copy)`;
  for (let n = 2; lower.has(candidate.toLowerCase()); n++) candidate = `${name} (copy ${n})`;
  return candidate;
}
