/**
 * The choices the "Propose a plan" view offers: which moves the planner may use (default all
 * but "reassign") and how it picks the side that keeps an account when it sets a primary team.
 * The tier-based rule is the `plan` command's (sales owns Tier 1, marketing Tiers 2 and 3), so
 * the view and the command propose the same plan for the same choices.
 */
import type { IsoDate } from '../../../../shared/domain/types';
import {
  DEFAULT_MOVES,
  PLANNER_MOVES,
  type PlannerMove,
  type PrimaryRule,
} from '../../../../shared/planner';

export const MOVE_LABELS: Record<PlannerMove, string> = {
  shift: 'Shift a motion’s dates',
  exclude: 'Exclude accounts from a motion',
  primary: 'Set a primary team where none is set',
  reassign: 'Reassign a primary team the user set',
  stagger: 'Stagger an audience into waves',
  handover: 'Hand over an account between sides',
};

export type PrimaryRuleName = PrimaryRule['kind'];

export const PRIMARY_RULE_LABELS: Record<PrimaryRuleName, string> = {
  owner: 'The side of the account’s owner',
  'first-started': 'The side whose motion started first',
  tier: 'By tier (sales owns Tier 1, marketing Tiers 2 and 3)',
};

export const PRIMARY_RULE_NAMES: readonly PrimaryRuleName[] = ['owner', 'first-started', 'tier'];

export interface PlanChoices {
  moves: PlannerMove[];
  primaryRule: PrimaryRuleName;
  /**
   * The first day the plan may change (the planner's `today`): null is the window's local
   * date, so nothing is proposed in the past. An earlier day re-plans a quarter already under
   * way as if from then (the sample, anchored on the current quarter, opened late in it).
   */
  planFrom: IsoDate | null;
}

export const DEFAULT_CHOICES: PlanChoices = {
  moves: [...DEFAULT_MOVES],
  primaryRule: 'first-started',
  planFrom: null,
};

export function primaryRuleOf(name: PrimaryRuleName): PrimaryRule {
  if (name === 'tier')
    return { kind: 'tier', sides: { 1: 'sales', 2: 'marketing', 3: 'marketing' } };
  return { kind: name };
}

/** The moves in the planner's own order, with `move` turned on or off. */
export function withMove(
  moves: readonly PlannerMove[],
  move: PlannerMove,
  on: boolean,
): PlannerMove[] {
  return PLANNER_MOVES.filter((m) => (m === move ? on : moves.includes(m)));
}

export { PLANNER_MOVES };
