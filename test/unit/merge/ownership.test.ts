// Ownership follows the RACI: the Accountable role of a linked activity wins its conflicts.
import { describe, expect, it } from 'vitest';
import type { RaciGrid } from '../../../shared/domain/types';
import { applyMergeDecisions } from '../../../shared/merge/applyMergeDecisions';
import { planMerge } from '../../../shared/merge/mergeWorkspaces';
import { ownershipDefaults } from '../../../shared/merge/ownership';
import { baseWorkspace, edit, testClock } from './mergeFixtures';

const grid: RaciGrid = {
  id: 'g1',
  name: 'ABM ownership',
  source: '',
  roles: [
    { id: 'mops', name: 'Marketing Ops' },
    { id: 'sops', name: 'Sales Ops' },
  ],
  activities: [
    { id: 'cal', name: 'Campaign calendar', phase: '', note: '' },
    { id: 'tier', name: 'Tiering', phase: '', note: '' },
    { id: 'none', name: 'Nobody accountable', phase: '', note: '' },
  ],
  cells: { 'cal:mops': ['A'], 'cal:sops': ['C'], 'tier:sops': ['R', 'A'] },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('ownership from the RACI grid', () => {
  it('Marketing Ops wins marketing motions and Sales Ops tiers; an activity without an A gives no default', () => {
    const rules = ownershipDefaults(
      grid,
      [
        { activityId: 'cal', table: 'motions', motionSide: 'marketing' },
        { activityId: 'tier', table: 'accounts', field: 'tier' },
        { activityId: 'none', table: 'blackouts' },
      ],
      { mine: 'Sales Ops', theirs: 'Marketing Ops' },
    );
    expect(rules.defaults).toEqual([
      expect.objectContaining({ table: 'motions', motionSide: 'marketing', winner: 'theirs' }),
      expect.objectContaining({ table: 'accounts', field: 'tier', winner: 'mine' }),
    ]);
    expect(rules.unused).toEqual([expect.stringContaining('has no Accountable role')]);

    const base = baseWorkspace(1, 2); // mot-0 Marketing Ops, mot-1 Sales Ops
    const a = testClock('a');
    const b = testClock('b');
    const mine = edit(base, a.clock, (d) => {
      d.motions.forEach((m) => (m.theme = 'mine'));
      d.accounts[0]!.tier = 1;
      d.accounts[0]!.notes = 'mine';
    });
    const theirs = edit(base, b.clock, (d) => {
      d.motions.forEach((m) => (m.theme = 'theirs'));
      d.accounts[0]!.tier = 3;
      d.accounts[0]!.notes = 'theirs';
    });
    const plan = planMerge(mine, theirs);
    const partial = applyMergeDecisions(plan, { defaults: rules.defaults }, a.clock);
    // The sales motion and the notes have no owner: they still ask.
    expect(partial.ok ? [] : partial.undecided.map((c) => c.id).sort()).toEqual(
      ['["accounts","acc-0","notes"]', '["motions","mot-1","theme"]'].sort(),
    );
    const done = applyMergeDecisions(plan, { defaults: rules.defaults, all: 'mine' }, a.clock);
    if (!done.ok) throw new Error('undecided');
    expect(done.merged.data.motions.map((m) => m.theme)).toEqual(['theirs', 'mine']);
    expect(done.merged.data.accounts[0]!.tier).toBe(1);
  });
});
