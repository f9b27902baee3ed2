// The templates say what the reference articles say, and the validator shows what to decide.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import { sequentialIds } from '../../../shared/domain/ids';
import {
  RACI_TEMPLATES,
  abmResponsibilityTemplate,
  abmTechStackTemplate,
  crmSourceDataTemplate,
  gridFromTemplate,
  leadLifecycleTemplate,
  stageDecisionsTemplate,
} from '../../../shared/raci/templates';
import { validateGrid } from '../../../shared/raci/validate';
import { sampleRaciGrids } from '../../../shared/sample/raci';
import { NOW, picture } from './helpers';

const build = (t: (typeof RACI_TEMPLATES)[number]) => gridFromTemplate(t, sequentialIds('g'), NOW);
const findings = (t: (typeof RACI_TEMPLATES)[number]) => validateGrid(build(t), DEFAULT_SETTINGS);

describe('RACI templates from the reference articles', () => {
  it('every template names its article file and section', () => {
    for (const t of RACI_TEMPLATES) {
      expect(t.source).toMatch(/^00[02]_[0-9a-f]{16}\.txt — .+/);
      expect(build(t).source).toBe(t.source);
      for (const row of t.activities) expect(row.cells.length).toBeLessThanOrEqual(t.roles.length);
    }
  });

  it('the ABM matrix is the article table letter for letter: 8 activities × 4 roles', () => {
    const grid = build(abmResponsibilityTemplate);
    expect(grid.roles.map((r) => r.name)).toEqual([
      'Sales Ops',
      'Marketing Ops',
      'Sales',
      'Marketing',
    ]);
    expect(picture(grid)).toEqual([
      ['Define ICP', 'R', 'C', 'I', 'C'],
      ['Build TAL', 'R', 'C', 'C', 'I'],
      ['Develop campaign', 'I', 'R', 'C', 'R'],
      ['Execute outreach', 'R', 'I', 'R', 'I'],
      ['Manage CRM data', 'R', 'C', 'I', 'C'],
      ['Manage sequences', 'R', 'C', 'R', 'I'],
      ['Track engagement', 'R', 'R', 'I', 'I'],
      ['Report on outcomes', 'R', 'R', 'I', 'I'],
    ]);
  });

  it('the ABM matrix has no Accountable anywhere, so every activity shows that error', () => {
    const found = findings(abmResponsibilityTemplate);
    expect(found.filter((f) => f.rule === 'no-accountable')).toHaveLength(8);
    expect(found.filter((f) => f.severity === 'error')).toHaveLength(8);
    // Sales and Marketing are R somewhere; the matrix only lacks A's.
    expect(found.filter((f) => f.rule === 'role-without-ownership')).toEqual([]);
  });

  it('the technology stack has the six tools of the article, owners as R', () => {
    const grid = build(abmTechStackTemplate);
    expect(picture(grid)).toEqual([
      ['CRM', 'R', '', '', 'I'],
      ['Marketing automation', '', 'R', 'I', ''],
      ['Sales engagement platform', 'R', '', '', ''],
      ['ABM platform', 'C', 'R', '', ''],
      ['Intent data', '', '', 'I', 'R'],
      ['Data warehouse or BI', 'R', 'R', '', ''],
    ]);
    expect(findings(abmTechStackTemplate).map((f) => f.rule)).toEqual([
      ...Array(6).fill('no-accountable'),
      'role-without-ownership',
    ]);
  });

  it('lead lifecycle: "Marketing and Sales jointly" shows as two Accountables on the MQL stage', () => {
    const grid = build(leadLifecycleTemplate);
    expect(picture(grid)[2]).toEqual(['Marketing-qualified lead', 'RA', 'RA', 'C', '']);
    const found = findings(leadLifecycleTemplate);
    const errors = found.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['several-accountable']);
    expect(errors[0]?.message).toContain('Marketing, Sales');
    // Analytics only supports: the pivot and the warning show it owns nothing.
    expect(found.filter((f) => f.rule === 'role-without-ownership').map((f) => f.message)).toEqual([
      'Analytics is neither Responsible nor Accountable for any activity.',
    ]);
  });

  it('stage decisions: the deciders are R+A, "Marketing and RevOps" on Lead is flagged', () => {
    const grid = build(stageDecisionsTemplate);
    expect(picture(grid)).toEqual([
      ['Lead', 'RA', '', 'RA'],
      ['MQL', 'RA', 'C', ''],
      ['SAL', '', 'RA', ''],
      ['SQL', '', 'RA', ''],
      ['Disqualified', '', 'RA', ''],
    ]);
    const errors = findings(stageDecisionsTemplate).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.activityId)).toEqual([grid.activities[0]?.id]);
  });

  it('CRM source data: the two shared elements are flagged, the single owners are not', () => {
    const errors = findings(crmSourceDataTemplate).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message.split('"')[1])).toEqual([
      'Campaign naming',
      'URL parameter rules',
    ]);
  });

  it('the sample workspace holds the ABM matrix and the lead lifecycle, with fresh ids', () => {
    const grids = sampleRaciGrids(sequentialIds('s'), NOW);
    expect(grids.map((g) => g.name)).toEqual([
      'ABM responsibility matrix',
      'Lead lifecycle ownership',
    ]);
    const ids = grids.flatMap((g) => [
      g.id,
      ...g.roles.map((r) => r.id),
      ...g.activities.map((a) => a.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
