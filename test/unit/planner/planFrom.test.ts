// The planner from a plan-from day (issue 15, p15q). On the sample, planning from Oct 8 or
// Oct 22 of its quarter left 70 block conflicts though they can all be cleared (from Oct 15:
// none left). Three engine gaps, each reproduced on a small plan here:
// - a hand-over may take effect on the plan-from day itself (the motion's last day on the
//   account is the day before): from Oct 22, the nurture hands over to the SDR sequence that
//   starts Oct 22;
// - a motion locked only by its status "In Progress" may hand over when it starts on or after
//   the plan-from day (a what-if from an earlier day), not only when it started before it;
// - a shift that boxes in a hand-over (it starts the two sides' motions on the same day) is
//   not kept when blocks remain: the proposal is made again without it.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates/calendarDate';
import { fiscalQuarterOf } from '../../../shared/dates/fiscal';
import { conflictPeople } from '../../../shared/contacts/conflictPeople';
import { proposePlan, type PlannerInput } from '../../../shared/planner';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import type { ConflictPlan } from '../../../shared/conflicts/types';
import { account, blackout, motion, plan } from '../conflicts/planBuilder';
import { blocksAfter, expectConstraintsKept } from './plannerCheck';

const inputOf = (p: ConflictPlan): PlannerInput => ({
  ...p,
  settings: { ...p.settings, fiscalYearStartMonth: 1 },
});
const accounts = (n: number) => Array.from({ length: n }, (_, i) => account(`a${i}`));

describe('the planner from a plan-from day', () => {
  it('hands over on the plan-from day itself: the last day is the day before', () => {
    const input = inputOf(
      plan(accounts(10), [
        motion('Nurture', 'Marketing', 'email', '2027-01-04', '2027-02-14', {
          status: 'In Progress',
        }),
        motion('SDR', 'Sales', 'email', '2027-01-18', '2027-02-14', { status: 'In Progress' }),
      ]),
    );
    const proposal = proposePlan(input, { today: '2027-01-18' });
    expect(proposal.before.bySeverity.block).toBe(10);
    expect(proposal.after.bySeverity.block).toBe(0);
    const handover = proposal.changes.find((c) => c.kind === 'handover');
    expect(handover).toMatchObject({ motionId: 'Nurture', side: 'sales' });
    expect(handover?.kind === 'handover' && handover.ends.every((e) => e.day === '2027-01-17'));
    expect(handover?.reason).toContain('from Jan 18');
    expect(blocksAfter(input, proposal)).toEqual({ engine: 0, oracle: 0 });
    // A day later the two already ran together on Jan 18: no hand-over clears a past day.
    const late = proposePlan(input, { today: '2027-01-19' });
    expect(late.after.bySeverity.block).toBeGreaterThan(0);
    expect(late.unresolved[0]?.explanation).toContain(
      'they already ran together from Jan 18, before today, and days already past cannot be cleared',
    );
    expect(late.unresolved[0]?.explanation).toContain('Nurture is in progress, so its dates stay');
  });

  it('lets a motion in progress that starts on the plan-from day hand over', () => {
    const input = inputOf(
      plan(accounts(10), [
        motion('Nurture', 'Marketing', 'email', '2027-01-04', '2027-02-14', {
          status: 'In Progress',
        }),
        motion('SDR', 'Sales', 'email', '2027-01-18', '2027-02-14', { status: 'In Progress' }),
      ]),
    );
    for (const today of ['2027-01-04', '2027-01-01']) {
      const proposal = proposePlan(input, { today });
      expect(proposal.after.bySeverity.block).toBe(0);
      expect(proposal.changes.map((c) => c.kind)).toEqual(['handover']);
    }
    // With no plan-from day the past is unbounded: a motion in progress keeps all its days.
    expect(proposePlan(input).after.bySeverity.block).toBeGreaterThan(0);
  });

  it('drops a shift that boxes in a hand-over when blocks remain', () => {
    // SDR is in a blackout; its best shift (3 weeks earlier) also leaves Launch behind but
    // starts it on Nurture's first day, and then no hand-over separates them (Nurture, in
    // progress, keeps its dates; 90% of each audience stays). Its next best, 3 weeks later,
    // leaves it in the blackout. One week earlier, Launch moves on its own and Nurture hands
    // its accounts over: nothing is left.
    const p = plan(
      accounts(10),
      [
        motion('Nurture', 'Marketing', 'email', '2027-01-04', '2027-02-14', {
          status: 'In Progress',
        }),
        motion('SDR', 'Sales', 'email', '2027-01-25', '2027-02-21'),
        motion('Launch', 'Marketing', 'email', '2027-02-01', '2027-02-14'),
      ],
      [blackout('Holiday', { kind: 'everyone' }, '2027-02-15', '2027-02-17')],
    );
    const input = inputOf(p);
    // SDR may move 3 weeks either way: out of the blackout only earlier.
    input.motions = input.motions.map((m) =>
      m.id === 'SDR' ? { ...m, planning: { allowedWindow: { weeks: 3 } } } : m,
    );
    const moves = ['shift', 'exclude', 'primary', 'handover'] as const;
    const proposal = proposePlan(input, { today: '2027-01-04', moves });
    expect(proposal.before.bySeverity.block).toBe(30);
    expect(proposal.after.bySeverity.block).toBe(0);
    expect(proposal.unresolved).toEqual([]);
    const sdr = proposal.changes.find((c) => c.kind === 'shift' && c.motionId === 'SDR');
    expect(sdr?.kind === 'shift' && sdr.days).toBe(-7);
    expect(proposal.changes.find((c) => c.kind === 'handover')?.reason).toBe(
      'handed over to sales on 10 accounts from Jan 18: clears 10 cross-team blocks with SDR',
    );
    expect(proposal.after.bySeverity.warn).toBeLessThanOrEqual(proposal.before.bySeverity.warn);
    expect(blocksAfter(input, proposal)).toEqual({ engine: 0, oracle: 0 });
    const budgeted = { ...input, motions: input.motions.map((m) => ({ ...m, budget: null })) };
    expectConstraintsKept(budgeted, proposePlan(budgeted, { today: '2027-01-04', moves }), {
      today: '2027-01-04',
    });
  });

  it('clears the sample planned from any of the first four weeks of its quarter', () => {
    const ws = buildSampleWorkspace('2026-12-03');
    const people = conflictPeople(ws.accounts, ws.contacts, ws.settings.personaRules);
    const input = { ...ws, acceptances: ws.conflictAcceptances, people };
    const q = fiscalQuarterOf('2026-12-03', ws.settings.fiscalYearStartMonth);
    for (const offset of [0, 7, 14, 21]) {
      const proposal = proposePlan(input, { today: addDays(q.start, offset) });
      expect(proposal.after.bySeverity.block).toBe(0);
      expect(proposal.after.bySeverity.warn).toBeLessThan(proposal.before.bySeverity.warn);
      expect(blocksAfter(input, proposal)).toEqual({ engine: 0, oracle: 0 });
    }
  });
});
