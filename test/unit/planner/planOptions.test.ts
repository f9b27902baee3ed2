// The view's planner options (issue 15): by default the same as the `plan` command's (every
// move but "reassign", the first-started side keeps an account), moves kept in the planner's
// order however they are ticked, and the tier rule giving Tier 1 to sales.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLANNER_OPTIONS, PLANNER_MOVES } from '../../../shared/planner';
import {
  DEFAULT_CHOICES,
  primaryRuleOf,
  withMove,
} from '../../../renderer/src/features/planner/planOptions';

describe('the Propose a plan options', () => {
  it('default to the planner’s own defaults: every move but reassign, first started', () => {
    expect(DEFAULT_CHOICES.moves).toEqual([...DEFAULT_PLANNER_OPTIONS.moves]);
    expect(DEFAULT_CHOICES.moves).not.toContain('reassign');
    expect(primaryRuleOf(DEFAULT_CHOICES.primaryRule)).toEqual(DEFAULT_PLANNER_OPTIONS.primaryRule);
  });

  it('keep the moves in the planner’s order whatever order they are ticked in', () => {
    let moves = withMove([], 'handover', true);
    moves = withMove(moves, 'shift', true);
    moves = withMove(moves, 'reassign', true);
    expect(moves).toEqual(['shift', 'reassign', 'handover']);
    expect(withMove(moves, 'shift', false)).toEqual(['reassign', 'handover']);
    expect(withMove([...PLANNER_MOVES], 'exclude', true)).toEqual([...PLANNER_MOVES]);
  });

  it('give Tier 1 to sales and Tiers 2 and 3 to marketing by tier', () => {
    expect(primaryRuleOf('tier')).toEqual({
      kind: 'tier',
      sides: { 1: 'sales', 2: 'marketing', 3: 'marketing' },
    });
    expect(primaryRuleOf('owner')).toEqual({ kind: 'owner' });
  });
});
