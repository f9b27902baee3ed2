/**
 * The "who owns what" view: per role, the activities where it is Responsible and where it is
 * Accountable (and its C and I load), with counts — the workload each role carries.
 */
import type { RaciActivity, RaciGrid, RaciLetter, RaciRole } from '../domain/types';
import { cellLetters } from './letters';

export interface RoleWorkload {
  role: RaciRole;
  activities: Record<RaciLetter, RaciActivity[]>;
  counts: Record<RaciLetter, number>;
}

export function ownershipPivot(grid: RaciGrid): RoleWorkload[] {
  return grid.roles.map((role) => {
    const activities: Record<RaciLetter, RaciActivity[]> = { R: [], A: [], C: [], I: [] };
    for (const activity of grid.activities) {
      for (const letter of cellLetters(grid, activity.id, role.id))
        activities[letter].push(activity);
    }
    const counts = {
      R: activities.R.length,
      A: activities.A.length,
      C: activities.C.length,
      I: activities.I.length,
    };
    return { role, activities, counts };
  });
}
