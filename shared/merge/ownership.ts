/**
 * Ownership follows the RACI: the user links a RACI activity ("Tiering", "Campaign calendar")
 * to a part of the workspace (a table, one field of it, or the motions of one side), and the
 * activity's Accountable role wins that part's conflicts by default. Which copy is that role's
 * is said by the team each copy belongs to (e.g. mine is Sales Ops, theirs Marketing Ops).
 * Pure: the grid and links in, the defaults (with their reasons) and what could not be used out.
 */
import type { RaciGrid } from '../domain/types';
import type { OwnershipDefault } from './applyMergeDecisions';
import type { MergeTable } from './mergeTables';

export interface OwnershipLink {
  /** The RACI activity whose Accountable role owns the part. */
  activityId: string;
  table: MergeTable;
  field?: string;
  motionSide?: 'marketing' | 'sales';
}

export interface OwnershipRules {
  defaults: OwnershipDefault[];
  /** Links that give no default, and why (no Accountable, two of them, a role of neither copy). */
  unused: string[];
}

const norm = (s: string) => s.trim().toLowerCase();

function partName(link: OwnershipLink): string {
  const what = link.field ? `${link.table}.${link.field}` : link.table;
  return link.motionSide ? `${link.motionSide} ${what}` : what;
}

export function ownershipDefaults(
  grid: RaciGrid,
  links: readonly OwnershipLink[],
  teams: { mine: string; theirs: string },
): OwnershipRules {
  const defaults: OwnershipDefault[] = [];
  const unused: string[] = [];
  for (const link of links) {
    const activity = grid.activities.find((a) => a.id === link.activityId);
    if (!activity) {
      unused.push(`${partName(link)}: the activity is no longer in RACI grid "${grid.name}".`);
      continue;
    }
    const accountable = grid.roles.filter((r) =>
      (grid.cells[`${activity.id}:${r.id}`] ?? []).includes('A'),
    );
    const [role, ...more] = accountable;
    if (!role) {
      unused.push(`${partName(link)}: "${activity.name}" has no Accountable role.`);
      continue;
    }
    if (more.length > 0) {
      unused.push(
        `${partName(link)}: "${activity.name}" has ${accountable.length} Accountable roles (${accountable.map((r) => r.name).join(', ')}), so no one wins by default.`,
      );
      continue;
    }
    const winner =
      norm(role.name) === norm(teams.mine)
        ? 'mine'
        : norm(role.name) === norm(teams.theirs)
          ? 'theirs'
          : null;
    if (!winner) {
      unused.push(
        `${partName(link)}: ${role.name} is Accountable for "${activity.name}", and neither copy is ${role.name}'s (${teams.mine}, ${teams.theirs}).`,
      );
      continue;
    }
    defaults.push({
      table: link.table,
      ...(link.field !== undefined ? { field: link.field } : {}),
      ...(link.motionSide !== undefined ? { motionSide: link.motionSide } : {}),
      winner,
      reason: `${role.name} is Accountable for "${activity.name}" in RACI grid "${grid.name}".`,
    });
  }
  return { defaults, unused };
}
