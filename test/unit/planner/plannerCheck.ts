/**
 * What every proposal must hold, checked on the rows it writes: the block conflicts the
 * engine and the pairwise oracle still find, the window and minimum audience of each motion,
 * locked dates and budgets untouched. Shared by the property tests and the sample's test.
 */
import { expect } from 'vitest';
import { detectConflicts, listGroups, resolveAudiences } from '../../../shared/conflicts';
import { toDayNumber } from '../../../shared/dates/calendarDate';
import { sideOfTeam } from '../../../shared/domain/types';
import { activeRangeOn } from '../../../shared/motions/accountDates';
import { allowedWindow, datesLocked, minimumShareOf } from '../../../shared/planner/allowedWindow';
import { applyProposal } from '../../../shared/planner';
import type {
  PlannerAccount,
  PlannerInput,
  PlannerMotion,
  PlannerOptions,
  PlanProposal,
} from '../../../shared/planner';
import { DEFAULT_PLANNER_OPTIONS } from '../../../shared/planner';
import type { MotionPlanning } from '../../../shared/domain/types';
import type { ConflictPlan } from '../../../shared/conflicts/types';
import { oracleConflicts } from '../conflicts/oracle';
import { account } from '../conflicts/planBuilder';

/** A built plan as the planner's input as it is, with the fiscal year starting in January. */
export const plainInputOf = (
  p: ConflictPlan,
): PlannerInput<ConflictPlan['accounts'][number], PlannerMotion> => ({
  ...p,
  settings: { ...p.settings, fiscalYearStartMonth: 1 },
});

/** `n` accounts a00, a01, … (ids that sort as they number, up to 100). */
export const accounts = (n: number) =>
  Array.from({ length: n }, (_, i) => account(`a${String(i).padStart(2, '0')}`));

export type BudgetedMotion = PlannerMotion & { budget: number | null };

export function blocksAfter<A extends PlannerAccount, M extends PlannerMotion>(
  input: PlannerInput<A, M>,
  proposal: PlanProposal,
): { engine: number; oracle: number } {
  const applied = applyProposal(input, proposal);
  const plan = {
    accounts: applied.accounts,
    motions: applied.motions,
    audiences: resolveAudiences(applied.accounts, applied.motions),
    blackouts: input.blackouts,
    settings: input.settings,
    ...(input.people ? { people: input.people } : {}),
  };
  const engine = listGroups(detectConflicts(plan), null, false)
    .filter((g) => g.severity === 'block')
    .reduce((n, g) => n + g.accountCount, 0);
  const oracle = oracleConflicts(plan).filter((l) => l.endsWith('|block')).length;
  return { engine, oracle };
}

/** Locked dates, windows, minimum audiences and budgets, on the applied rows. */
export function expectConstraintsKept<A extends PlannerAccount, M extends BudgetedMotion>(
  input: PlannerInput<A, M>,
  proposal: PlanProposal,
  partial: Partial<PlannerOptions>,
): void {
  const options = { ...DEFAULT_PLANNER_OPTIONS, ...partial };
  const applied = applyProposal(input, proposal);
  const before = resolveAudiences(input.accounts, input.motions);
  const after = resolveAudiences(applied.accounts, applied.motions);
  input.motions.forEach((m, k) => {
    const now = applied.motions[k]!;
    expect(now.budget).toBe(m.budget);
    if (datesLocked(m)) expect([now.start, now.end]).toEqual([m.start, m.end]);
    const length = toDayNumber(m.end) - toDayNumber(m.start);
    expect(toDayNumber(now.end) - toDayNumber(now.start)).toBe(length);
    const window = allowedWindow(m, input.settings.fiscalYearStartMonth);
    expect(toDayNumber(now.start)).toBeGreaterThanOrEqual(window.first);
    expect(toDayNumber(now.end)).toBeLessThanOrEqual(window.last);
    // A locked motion keeps its days for every account (no wave, no hand-over) — but with a
    // plan-from day, one locked only by running ("In Progress") may end early on an account
    // from that day on (a hand-over): it then only gains last days, none before the day before.
    const running = options.today !== undefined && m.status === 'In Progress';
    if (datesLocked(m) && !(running && m.planning?.lockedDates === undefined))
      expect(now.accountDates).toEqual(m.accountDates);
    else if (datesLocked(m))
      for (const [id, own] of Object.entries(now.accountDates ?? {})) {
        if (m.accountDates?.[id] === own) continue;
        expect(own.start).toBe(m.accountDates?.[id]?.start);
        expect(toDayNumber(own.end!) + 1).toBeGreaterThanOrEqual(toDayNumber(options.today!));
      }
    // An account's own days stay inside the motion's, so inside its window.
    for (const [id, own] of Object.entries(now.accountDates ?? {})) {
      const days = activeRangeOn(now, id);
      if (own.start !== undefined && days) expect(days.start >= now.start).toBe(true);
      if (own.end !== undefined && days) expect(days.end <= now.end).toBe(true);
    }
    // The share is of the accounts the motion may reach: a user-set primary team of the other
    // side already rules an account out of a direct motion.
    const direct = input.settings.directChannels.includes(m.channel);
    const reachable = [...before[k]!].filter((i) => {
      const primary = input.accounts[i]!.primaryTeam;
      return !direct || primary === null || primary === sideOfTeam(m.team);
    });
    const share = minimumShareOf(m, options);
    const kept = reachable.filter((i) => after[k]!.includes(i)).length;
    // A never-exclude account the motion reached, it still reaches.
    const never = new Set([...options.neverExclude, ...(m.planning?.neverExclude ?? [])]);
    for (const i of reachable) if (never.has(input.accounts[i]!.id)) expect(after[k]).toContain(i);
    expect(kept).toBeGreaterThanOrEqual(Math.ceil(share * reachable.length - 1e-9));
  });
}

/**
 * A random plan as the planner's input: every other motion with a budget (which the planner must
 * never change), the given constraints per motion position, fiscal years from January.
 */
export function inputOf(
  plan: ConflictPlan,
  planning: Record<number, MotionPlanning> = {},
): PlannerInput<ConflictPlan['accounts'][number], BudgetedMotion> {
  return {
    accounts: plan.accounts,
    motions: plan.motions.map((m, k) => ({
      ...m,
      budget: k % 2 === 0 ? 1000 * (k + 1) : null,
      ...(planning[k] ? { planning: planning[k] } : {}),
    })),
    blackouts: plan.blackouts,
    // Person pressure is the warn-level rule the planner must not add to (as contact pressure).
    settings: {
      ...plan.settings,
      fiscalYearStartMonth: 1,
      severities: { ...plan.settings.severities, 'person-pressure': 'warn' },
    },
    ...(plan.people ? { people: plan.people } : {}),
  };
}
