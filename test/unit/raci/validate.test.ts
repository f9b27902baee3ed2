// The live RACI checks: every rule, where each finding points, and that fixing clears it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import { setCell, toggleLetter } from '../../../shared/raci/cellOps';
import { validateGrid, type RaciRuleSettings } from '../../../shared/raci/validate';
import { activityId, gridOf, roleId } from './helpers';

const settings: RaciRuleSettings = {
  maxConsultedPerActivity: DEFAULT_SETTINGS.maxConsultedPerActivity,
  raciRequireInformedAccountable: false,
};
const rules = (grid: Parameters<typeof validateGrid>[0], s = settings) =>
  validateGrid(grid, s).map((f) => f.rule);

describe('RACI validation', () => {
  it('a well-formed grid has no findings', () => {
    const grid = gridOf(
      ['Ops', 'Sales'],
      [
        ['Build TAL', 'RA', 'C'],
        ['Run plays', 'I', 'RA'],
      ],
    );
    expect(validateGrid(grid, settings)).toEqual([]);
  });

  it('flags an activity with no Accountable, pointing at its row', () => {
    const grid = gridOf(
      ['Ops', 'Sales'],
      [
        ['Build TAL', 'R', 'RA'],
        ['Define ICP', 'R', 'C'],
      ],
    );
    const findings = validateGrid(grid, settings);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'no-accountable',
      severity: 'error',
      activityId: activityId(grid, 'Define ICP'),
    });
    expect(findings[0]?.roleId).toBeUndefined();
    expect(findings[0]?.message).toContain('"Define ICP" has no Accountable');
  });

  it('flags two Accountables, highlighting both cells and naming both roles', () => {
    const grid = gridOf(['Marketing', 'Sales', 'RevOps'], [['MQL', 'RA', 'RA', 'C']]);
    const [finding] = validateGrid(grid, settings);
    expect(finding?.rule).toBe('several-accountable');
    expect(finding?.message).toContain('2 Accountables (Marketing, Sales)');
    expect(finding?.cells.map((c) => c.roleId)).toEqual([
      roleId(grid, 'Marketing'),
      roleId(grid, 'Sales'),
    ]);
    expect(finding?.roleId).toBe(roleId(grid, 'Sales'));
  });

  it('flags an activity with no Responsible', () => {
    const grid = gridOf(
      ['Ops', 'Sales'],
      [
        ['Build TAL', 'A', 'R'],
        ['Report', 'A', 'C'],
      ],
    );
    const findings = validateGrid(grid, settings);
    expect(findings.map((f) => f.rule)).toEqual(['no-responsible']);
    expect(findings[0]?.activityId).toBe(activityId(grid, 'Report'));
  });

  it('reports both errors when a row is empty, and the roles that own nothing', () => {
    const grid = gridOf(['Ops', 'Sales'], [['Build TAL', '', '']]);
    expect(rules(grid)).toEqual([
      'no-accountable',
      'no-responsible',
      'role-without-ownership',
      'role-without-ownership',
    ]);
  });

  it('warns when more roles are consulted than the setting allows, and not at the limit', () => {
    const roles = ['Owner', 'B', 'C', 'D', 'E'];
    const atLimit = gridOf(roles, [['Plan', 'RA', 'C', 'C', 'C', 'R']]);
    expect(rules(atLimit)).not.toContain('too-many-consulted');
    const over = gridOf(roles, [['Plan', 'RA', 'C', 'C', 'C', 'C']]);
    const over3 = validateGrid(over, settings).filter((f) => f.rule === 'too-many-consulted');
    expect(over3).toHaveLength(1);
    expect(over3[0]).toMatchObject({ severity: 'warning' });
    expect(over3[0]?.cells).toHaveLength(4);
    expect(over3[0]?.message).toContain('more than 3');
    expect(rules(over, { ...settings, maxConsultedPerActivity: 4 })).not.toContain(
      'too-many-consulted',
    );
  });

  it('warns about a role that is neither R nor A anywhere, pointing at its column', () => {
    const grid = gridOf(['Ops', 'Sales', 'Finance'], [['Build TAL', 'RA', 'R', 'C']]);
    const findings = validateGrid(grid, settings);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'role-without-ownership',
      roleId: roleId(grid, 'Finance'),
    });
    expect(findings[0]?.activityId).toBeUndefined();
  });

  it('says nothing about roles while the grid has no activities', () => {
    expect(validateGrid(gridOf(['Ops', 'Sales'], []), settings)).toEqual([]);
  });

  describe('optional rule: an Accountable who does not do the work must see someone informed', () => {
    const on = { ...settings, raciRequireInformedAccountable: true };
    const roles = ['VP', 'Ops', 'Sales'];
    // A second row gives every role an R so only the rule under test can speak.
    const other: [string, ...string[]] = ['Other', 'RA', 'R', 'R'];

    it('is off by default', () => {
      expect(rules(gridOf(roles, [['Plan', 'A', 'R', 'R'], other]))).toEqual([]);
    });

    it('fires when A differs from R and nobody is I, pointing at the A cell', () => {
      const grid = gridOf(roles, [['Plan', 'A', 'R', 'R']]);
      const [finding] = validateGrid(grid, on);
      expect(finding).toMatchObject({
        rule: 'accountable-not-informed',
        activityId: activityId(grid, 'Plan'),
        roleId: roleId(grid, 'VP'),
      });
    });

    it('is satisfied by an I anywhere on the activity, including the A cell', () => {
      expect(rules(gridOf(roles, [['Plan', 'A', 'R', 'I'], other]), on)).toEqual([]);
      expect(rules(gridOf(roles, [['Plan', 'AI', 'R', 'R'], other]), on)).toEqual([]);
    });

    it('does not fire when the A also does the work, or when A or R is missing', () => {
      expect(rules(gridOf(roles, [['Plan', 'RA', 'R', 'R']]), on)).toEqual([]);
      expect(rules(gridOf(roles, [['Plan', 'A', 'A', 'R'], other]), on)).toEqual([
        'several-accountable',
      ]);
      expect(rules(gridOf(roles, [['Plan', 'A', 'C', 'C'], other]), on)).toEqual([
        'no-responsible',
      ]);
    });
  });

  it('clears a finding the moment it is fixed', () => {
    let grid = gridOf(['Ops', 'Sales'], [['Define ICP', 'R', 'C']]);
    const ids = validateGrid(grid, settings).map((f) => f.id);
    expect(ids).toEqual([
      `no-accountable:${activityId(grid, 'Define ICP')}`,
      `role-without-ownership:${roleId(grid, 'Sales')}`,
    ]);
    grid = toggleLetter(grid, activityId(grid, 'Define ICP'), roleId(grid, 'Ops'), 'A');
    expect(rules(grid)).toEqual(['role-without-ownership']);
    grid = setCell(grid, activityId(grid, 'Define ICP'), roleId(grid, 'Sales'), ['R']);
    expect(validateGrid(grid, settings)).toEqual([]);
  });
});
