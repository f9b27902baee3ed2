// The planner and today (issue 15): the past is not re-planned. On random plans with a random
// today, no shift, wave or hand-over is proposed before today, a motion that started before
// today keeps its dates (no shift, no wave), and a feasible plan is still cleared. A motion
// whose window ends before today says so among what cannot be cleared.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates/calendarDate';
import { proposePlan, type PlannerInput, type ProposedChange } from '../../../shared/planner';
import type { ConflictPlan } from '../../../shared/conflicts/types';
import { account, motion, plan } from '../conflicts/planBuilder';
import { planArb } from '../conflicts/randomPlan';
import { blocksAfter, inputOf } from './plannerCheck';

/** Every motion on email with cross-team collisions at block: shifts, waves and hand-overs. */
const emailPlans = planArb.map((plan): ConflictPlan => ({
  ...plan,
  motions: plan.motions.map((m) => ({ ...m, channel: 'email' as const })),
  settings: {
    ...plan.settings,
    severities: { ...plan.settings.severities, 'cross-team': 'block' as const },
  },
}));

const accounts = (n: number) => Array.from({ length: n }, (_, i) => account(`a${i}`));

/**
 * Every date the change proposes (new starts and ends, waves' starts, and the day a hand-over
 * takes effect: the day after its last day — a last day of yesterday silences the motion from
 * today on and changes no day already past).
 */
function proposedDates(c: ProposedChange): string[] {
  if (c.kind === 'shift') return [c.to.start, c.to.end];
  if (c.kind === 'stagger') return c.starts.map((s) => s.day);
  if (c.kind === 'handover') return c.ends.map((e) => addDays(e.day, 1));
  return [];
}

const MOVES = ['shift', 'exclude', 'primary', 'stagger', 'handover'] as const;
// The random plans start on 2027-01-25 plus up to 50 days: todays before, inside and after.
const todayArb = fc.integer({ min: -10, max: 90 }).map((d) => addDays('2027-01-25', d));

describe('the planner and today', () => {
  it('proposes no date before today, and keeps the dates of a motion that started before it', () => {
    fc.assert(
      fc.property(emailPlans, todayArb, (plan, today) => {
        const input = inputOf(plan);
        const proposal = proposePlan(input, { moves: MOVES, minimumAudience: 0, today });
        for (const c of proposal.changes) {
          for (const day of proposedDates(c)) expect(day >= today).toBe(true);
          if (c.kind !== 'shift' && c.kind !== 'stagger') continue;
          const motion = input.motions.find((m) => m.id === c.motionId)!;
          expect(motion.start >= today).toBe(true);
        }
        // Exclusions are still allowed, so a plan with no minimum audience is still cleared.
        expect(proposal.after.bySeverity.block).toBe(0);
        expect(blocksAfter(input, proposal)).toEqual({ engine: 0, oracle: 0 });
      }),
      { numRuns: 250 },
    );
  });

  it('shifts, staggers and hands over from today on, on a fixed set of random plans', () => {
    // The bound must not stop the moves: each is still made on some plan with a today.
    const made = new Set<string>();
    const cases = fc.sample(fc.tuple(emailPlans, todayArb), { numRuns: 300, seed: 15 });
    for (const [plan, today] of cases) {
      const proposal = proposePlan(inputOf(plan), { moves: MOVES, minimumAudience: 0, today });
      for (const c of proposal.changes) if (proposedDates(c).length > 0) made.add(c.kind);
    }
    expect([...made].sort()).toEqual(['handover', 'shift', 'stagger']);
  });

  it('says so when a motion started before today or its allowed window ends before it', () => {
    const input = (start: string, end: string): PlannerInput => {
      const p = plan(accounts(5), [
        motion('Fintech Webinar', 'Marketing', 'email', start, end),
        motion('SDR outbound', 'Sales', 'email', start, end),
      ]);
      return { ...p, settings: { ...p.settings, fiscalYearStartMonth: 1 } };
    };
    const explained = (p: PlannerInput, today: string) =>
      proposePlan(p, { moves: ['shift'], today })
        .unresolved.map((u) => u.explanation)
        .join(' / ');
    const january = input('2027-01-04', '2027-01-17');
    // Before they start, the quarter has room: a shift clears the pair.
    expect(
      proposePlan(january, { moves: ['shift'], today: '2027-01-01' }).after.bySeverity.block,
    ).toBe(0);
    // Both started before today: neither moves, and the explanation says why.
    const started = explained(january, '2027-01-06');
    expect(started).toContain('Fintech Webinar started before today, so its dates stay');
    expect(started).toContain('SDR outbound started before today, so its dates stay');
    // Both starting today may still move, inside what is left of the quarter.
    expect(
      proposePlan(january, { moves: ['shift'], today: '2027-01-04' }).after.bySeverity.block,
    ).toBe(0);
    // Still planned, but the whole quarter is over: nothing to move into.
    expect(explained(january, '2027-04-05')).toContain(
      'Fintech Webinar: its allowed window ends before today',
    );
    // Month windows at the end of January: a week earlier clears the pair, unless today
    // already took those days.
    const monthEnd = input('2027-01-25', '2027-01-31');
    monthEnd.motions = monthEnd.motions.map((m) => ({
      ...m,
      planning: { allowedWindow: 'month' as const },
    }));
    expect(
      proposePlan(monthEnd, { moves: ['shift'], today: '2027-01-10' }).after.bySeverity.block,
    ).toBe(0);
    expect(explained(monthEnd, '2027-01-20')).toContain(
      'Fintech Webinar: what is left of its allowed window after today leaves no room to move it',
    );
  });
});
