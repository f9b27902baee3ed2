// The auto-planner's moves on hand-made plans (issue 15): a shift that clears a motion pair,
// exclusions within the minimum audience, primary teams by the user's rule, a user-set primary
// team respected unless "reassign" is allowed, an infeasible plan explained, the counts of a
// ticked subset, progress and Cancel.
import { describe, expect, it } from 'vitest';
import {
  countsWithChanges,
  PlanCancelled,
  proposePlan,
  type PlannerInput,
} from '../../../shared/planner';
import type { ConflictPlan } from '../../../shared/conflicts/types';
import { account, blackout, motion, plan } from '../conflicts/planBuilder';
import { blocksAfter } from './plannerCheck';

const inputOf = (p: ConflictPlan): PlannerInput => ({
  ...p,
  settings: { ...p.settings, fiscalYearStartMonth: 1 },
});
const accounts = (n: number, fields = {}) =>
  Array.from({ length: n }, (_, i) => account(`a${String(i).padStart(2, '0')}`, fields));

describe('the auto-planner', () => {
  it('moves a motion out of another one’s weeks when that clears the pair, and says why', () => {
    const input = inputOf(
      plan(accounts(20), [
        motion('Nurture', 'Marketing', 'email', '2027-01-04', '2027-01-17'),
        motion('SDR outbound', 'Sales', 'email', '2027-01-11', '2027-01-24'),
      ]),
    );
    const proposal = proposePlan(input);
    expect(proposal.before.byRule['cross-team'].block).toBe(20);
    expect(proposal.after.bySeverity.block).toBe(0);
    expect(proposal.changes).toHaveLength(1);
    const [change] = proposal.changes;
    expect(change).toMatchObject({ kind: 'shift', days: expect.any(Number) });
    expect(change?.reason).toMatch(
      /^moved 1 week (later|earlier) .*: clears 20 cross-team blocks with (Nurture|SDR outbound)$/,
    );
  });

  it('takes accounts out when no shift helps, within the minimum audience, and explains the rest', () => {
    const input = inputOf(
      plan(
        accounts(20),
        [motion('Webinar', 'Marketing', 'email', '2027-02-10', '2027-02-10')],
        [blackout('Negotiation', { kind: 'segment', segment: 'deal' }, '2027-01-01', '2027-03-31')],
      ),
    );
    input.accounts = input.accounts.map((a, i) => (i < 3 ? { ...a, tags: ['deal'] } : a));
    const webinar = { ...input.motions[0]!, planning: { lockedDates: true } };
    const locked = proposePlan({ ...input, motions: [webinar] });
    expect(locked.before.bySeverity.block).toBe(3);
    // 90% of 20 is 18: two of the three accounts may leave, the third stays and is explained.
    expect(locked.changes).toMatchObject([{ kind: 'exclude', accountIds: ['a00', 'a01'] }]);
    expect(locked.after.bySeverity.block).toBe(1);
    expect(locked.unresolved).toHaveLength(1);
    expect(locked.unresolved[0]?.explanation).toBe(
      '1 account is in the blackout "Negotiation" on the locked dates of Webinar; Webinar must keep 90% of its audience',
    );
    const whole = proposePlan(input, { minimumAudience: 1 });
    expect(whole.unresolved[0]?.explanation).toBe(
      '3 accounts are in the blackout "Negotiation" for the whole allowed window of Webinar; Webinar must keep 100% of its audience',
    );
    expect(whole.changes).toEqual([]);
  });

  it('sets a primary team by the user’s rule: sales owns Tier 1', () => {
    const input = inputOf(
      plan(
        [account('t1', { tier: 1 }), account('t2', { tier: 2 })],
        [
          motion('Nurture', 'Marketing', 'email', '2027-01-04', '2027-03-28', { tiers: [1, 2] }),
          motion('SDR outbound', 'Sales', 'email', '2027-01-04', '2027-03-28', { tiers: [1, 2] }),
        ],
      ),
    );
    const proposal = proposePlan(input, {
      minimumAudience: 0,
      primaryRule: { kind: 'tier', sides: { 1: 'sales', 2: 'marketing', 3: 'marketing' } },
    });
    expect(proposal.changes).toMatchObject([
      { kind: 'primary', accountId: 't1', side: 'sales', silenceMotionIds: ['Nurture'] },
      { kind: 'primary', accountId: 't2', side: 'marketing', silenceMotionIds: ['SDR outbound'] },
    ]);
    expect(proposal.after.bySeverity.block).toBe(0);
    expect(blocksAfter(input, proposal)).toEqual({ engine: 0, oracle: 0 });
  });

  it('keeps a primary team the user set, and changes it only when "reassign" is allowed', () => {
    const input = inputOf(
      plan(
        [account('mine', { primaryTeam: 'marketing' }), ...accounts(9)],
        [motion('Call blitz', 'Sales', 'phone', '2027-01-04', '2027-01-10')],
      ),
    );
    const keep = proposePlan(input);
    expect(keep.changes).toMatchObject([
      { kind: 'exclude', motionId: 'Call blitz', accountIds: ['mine'] },
    ]);
    const never = { neverExclude: ['mine'] };
    const stuck = proposePlan(input, never);
    expect(stuck.after.bySeverity.block).toBe(1);
    expect(stuck.unresolved[0]?.explanation).toContain('allow "reassign"');
    const reassigned = proposePlan(input, {
      ...never,
      moves: ['shift', 'exclude', 'primary', 'reassign'],
    });
    expect(reassigned.changes).toMatchObject([
      { kind: 'primary', accountId: 'mine', side: 'sales', previous: 'marketing' },
    ]);
    expect(reassigned.after.bySeverity.block).toBe(0);
  });

  it('gives the counts of the changes a user ticks', () => {
    const input = inputOf(
      plan(
        accounts(10),
        [
          motion('Nurture', 'Marketing', 'email', '2027-01-04', '2027-01-17'),
          motion('SDR outbound', 'Sales', 'email', '2027-01-11', '2027-01-24'),
        ],
        [blackout('Freeze', { kind: 'account', accountId: 'a03' }, '2027-01-01', '2027-03-31')],
      ),
    );
    const proposal = proposePlan(input);
    expect(proposal.changes.map((c) => c.kind)).toEqual(['shift', 'exclude', 'exclude']);
    const shiftOnly = new Set([proposal.changes[0]!.id]);
    expect(countsWithChanges(input, proposal, shiftOnly).bySeverity.block).toBe(2);
    expect(countsWithChanges(input, proposal).bySeverity.block).toBe(0);
  });

  it('reports progress and stops when cancelled', () => {
    const input = inputOf(
      plan(accounts(5), [
        motion('Nurture', 'Marketing', 'email', '2027-01-04', '2027-01-17'),
        motion('SDR outbound', 'Sales', 'email', '2027-01-11', '2027-01-24'),
      ]),
    );
    const phases = new Set<string>();
    const proposal = proposePlan(input, {}, { onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(['detect', 'shift', 'exclude', 'count']);
    expect(proposal.notes).toEqual([]);
    let polls = 0;
    expect(() => proposePlan(input, {}, { isCancelled: () => ++polls > 2 })).toThrow(PlanCancelled);
  });
});
