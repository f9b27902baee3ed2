/**
 * The RACI rules the team checks live while editing. Each finding points at the row, column
 * or cell to fix, and has an id that stays the same while the problem stays, so the panel can
 * keep focus steady as the user types.
 *
 * The optional rule (settings.raciRequireInformedAccountable), decided precisely: it looks at
 * an activity with exactly one A and at least one R (the error rules cover the other cases)
 * where the accountable role does not hold R itself. Then someone else does the work and the
 * grid must show who is kept in the loop: the rule fires when no role on the activity holds I
 * (an I in the accountable role's own cell counts — it says "tell the A"). It points at the
 * accountable role's cell.
 */
import type { RaciGrid, RaciLetter, Settings } from '../domain/types';
import { cellLetters } from './letters';

export type RaciRule =
  | 'no-accountable'
  | 'several-accountable'
  | 'no-responsible'
  | 'too-many-consulted'
  | 'role-without-ownership'
  | 'accountable-not-informed';

export interface RaciCellRef {
  activityId: string;
  roleId: string;
}

export interface RaciFinding {
  /** Stable while the problem stays: rule + where. */
  id: string;
  rule: RaciRule;
  severity: 'error' | 'warning';
  message: string;
  /** Where focus goes: a cell (both ids), a row (activityId) or a column (roleId). */
  activityId?: string;
  roleId?: string;
  /** Cells to highlight (e.g. every A of an activity with two). */
  cells: RaciCellRef[];
}

export type RaciRuleSettings = Pick<
  Settings,
  'maxConsultedPerActivity' | 'raciRequireInformedAccountable'
>;

function list(names: string[]): string {
  return names.join(', ');
}

export function validateGrid(grid: RaciGrid, settings: RaciRuleSettings): RaciFinding[] {
  const findings: RaciFinding[] = [];
  for (const activity of grid.activities) {
    const holders = (letter: RaciLetter) =>
      grid.roles.filter((role) => cellLetters(grid, activity.id, role.id).includes(letter));
    const refs = (roles: { id: string }[]) =>
      roles.map((role) => ({ activityId: activity.id, roleId: role.id }));
    const accountable = holders('A');
    const responsible = holders('R');
    const consulted = holders('C');
    const informed = holders('I');
    const name = `"${activity.name}"`;

    if (accountable.length === 0) {
      findings.push({
        id: `no-accountable:${activity.id}`,
        rule: 'no-accountable',
        severity: 'error',
        message: `${name} has no Accountable: give exactly one role the A.`,
        activityId: activity.id,
        cells: [],
      });
    } else if (accountable.length > 1) {
      findings.push({
        id: `several-accountable:${activity.id}`,
        rule: 'several-accountable',
        severity: 'error',
        message:
          `${name} has ${accountable.length} Accountables (${list(accountable.map((r) => r.name))}): ` +
          'decide which one role answers for it.',
        activityId: activity.id,
        roleId: accountable[1]?.id,
        cells: refs(accountable),
      });
    }
    if (responsible.length === 0) {
      findings.push({
        id: `no-responsible:${activity.id}`,
        rule: 'no-responsible',
        severity: 'error',
        message: `${name} has no Responsible: give at least one role the R.`,
        activityId: activity.id,
        cells: [],
      });
    }
    if (consulted.length > settings.maxConsultedPerActivity) {
      findings.push({
        id: `too-many-consulted:${activity.id}`,
        rule: 'too-many-consulted',
        severity: 'warning',
        message:
          `${name} consults ${consulted.length} roles (${list(consulted.map((r) => r.name))}), ` +
          `more than ${settings.maxConsultedPerActivity}: each C slows the work down.`,
        activityId: activity.id,
        cells: refs(consulted),
      });
    }
    const soleAccountable = accountable.length === 1 ? accountable[0] : undefined;
    if (
      settings.raciRequireInformedAccountable &&
      soleAccountable &&
      responsible.length > 0 &&
      !responsible.some((role) => role.id === soleAccountable.id) &&
      informed.length === 0
    ) {
      findings.push({
        id: `accountable-not-informed:${activity.id}`,
        rule: 'accountable-not-informed',
        severity: 'warning',
        message:
          `${name}: ${soleAccountable.name} is Accountable but ${list(responsible.map((r) => r.name))} ` +
          "does the work, and nobody is marked Informed. Add an I (e.g. in the Accountable's cell).",
        activityId: activity.id,
        roleId: soleAccountable.id,
        cells: refs([soleAccountable]),
      });
    }
  }
  if (grid.activities.length > 0) {
    for (const role of grid.roles) {
      const owns = grid.activities.some((activity) => {
        const letters = cellLetters(grid, activity.id, role.id);
        return letters.includes('R') || letters.includes('A');
      });
      if (!owns) {
        findings.push({
          id: `role-without-ownership:${role.id}`,
          rule: 'role-without-ownership',
          severity: 'warning',
          message: `${role.name} is neither Responsible nor Accountable for any activity.`,
          roleId: role.id,
          cells: [],
        });
      }
    }
  }
  return findings;
}

export function countBySeverity(findings: readonly RaciFinding[]): {
  errors: number;
  warnings: number;
} {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
