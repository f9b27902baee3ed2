// "Who owns what": each role's R and A activities with counts, the workload view.
import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../../../shared/domain/ids';
import { ownershipPivot } from '../../../shared/raci/pivot';
import { abmResponsibilityTemplate, gridFromTemplate } from '../../../shared/raci/templates';
import { NOW, gridOf } from './helpers';

describe('who owns what', () => {
  it('lists per role the activities where it is R and where it is A, with counts', () => {
    const grid = gridOf(
      ['Ops', 'Sales'],
      [
        ['Plan', 'RA', 'C'],
        ['Run', 'R', 'A'],
        ['Report', 'I', 'RA'],
      ],
    );
    const [ops, sales] = ownershipPivot(grid);
    expect(ops?.role.name).toBe('Ops');
    expect(ops?.activities.R.map((a) => a.name)).toEqual(['Plan', 'Run']);
    expect(ops?.activities.A.map((a) => a.name)).toEqual(['Plan']);
    expect(ops?.counts).toEqual({ R: 2, A: 1, C: 0, I: 1 });
    expect(sales?.counts).toEqual({ R: 1, A: 2, C: 1, I: 0 });
  });

  it('shows Sales Ops carrying the ABM matrix: R on 7 of 8 activities, A on none', () => {
    const pivot = ownershipPivot(gridFromTemplate(abmResponsibilityTemplate, sequentialIds(), NOW));
    expect(pivot.map((p) => [p.role.name, p.counts.R, p.counts.A])).toEqual([
      ['Sales Ops', 7, 0],
      ['Marketing Ops', 3, 0],
      ['Sales', 2, 0],
      ['Marketing', 1, 0],
    ]);
  });
});
