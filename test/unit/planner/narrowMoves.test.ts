// Stagger and hand-over on hand-made plans (issue 15): the account keeps both motions, one
// after the other — a later wave of one, or one side ending the day before the other starts —
// written as the account's own days of the motion, which the engine and the oracle both read.
import { describe, expect, it } from 'vitest';
import { applyProposal, countsWithChanges, proposePlan } from '../../../shared/planner';
import { motion, plan } from '../conflicts/planBuilder';
import { accounts, blocksAfter, plainInputOf as inputOf } from './plannerCheck';

const ids = (n: number) => accounts(n).map((a) => a.id);

describe('the planner’s stagger and hand-over', () => {
  it('hands an account over to the other side the day before its motion starts', () => {
    const input = inputOf(
      plan(accounts(5), [
        motion('Nurture', 'Marketing', 'email', '2027-01-04', '2027-01-31'),
        motion('SDR outbound', 'Sales', 'email', '2027-01-18', '2027-01-31'),
      ]),
    );
    const proposal = proposePlan(input, { moves: ['handover'] });
    expect(proposal.before.bySeverity.block).toBe(5);
    expect(proposal.after.bySeverity.block).toBe(0);
    expect(proposal.changes).toHaveLength(1);
    const [change] = proposal.changes;
    expect(change).toMatchObject({
      kind: 'handover',
      motionId: 'Nurture',
      side: 'sales',
      ends: ids(5).map((accountId) => ({ accountId, day: '2027-01-17' })),
    });
    expect(change?.reason).toBe(
      'handed over to sales on 5 accounts from Jan 18: clears 5 cross-team blocks with SDR outbound',
    );
    const applied = applyProposal(input, proposal);
    const nurture = applied.motions[0]!;
    // Nobody leaves the audience: the account's days end, its membership stays.
    expect(nurture.audience).toEqual(input.motions[0]!.audience);
    expect([nurture.start, nurture.end]).toEqual(['2027-01-04', '2027-01-31']);
    expect(nurture.accountDates?.['a03']).toEqual({ end: '2027-01-17' });
    expect(blocksAfter(input, proposal)).toEqual({ engine: 0, oracle: 0 });
  });

  it('staggers the accounts another motion holds into a later wave, on whole weeks', () => {
    const p = plan(accounts(10), [
      motion('Nurture', 'Marketing', 'email', '2027-01-04', '2027-02-28'),
      motion('SDR outbound', 'Sales', 'email', '2027-01-04', '2027-01-17', {
        tiers: [],
        include: ids(5),
      }),
    ]);
    const input = inputOf(p);
    input.motions = [input.motions[0]!, { ...input.motions[1]!, planning: { lockedDates: true } }];
    const proposal = proposePlan(input, { moves: ['stagger', 'handover'] });
    expect(proposal.after.bySeverity.block).toBe(0);
    expect(proposal.changes).toMatchObject([
      {
        kind: 'stagger',
        motionId: 'Nurture',
        waves: 2,
        starts: ids(5).map((accountId) => ({ accountId, day: '2027-01-18' })),
      },
    ]);
    expect(proposal.changes[0]?.reason).toBe(
      'staggered into 2 waves: 5 accounts start Jan 18: clears 5 cross-team blocks with SDR outbound',
    );
    expect(blocksAfter(input, proposal)).toEqual({ engine: 0, oracle: 0 });
    // The locked motion keeps its days for every account.
    const applied = applyProposal(input, proposal);
    expect(applied.motions[1]).toEqual(input.motions[1]);
  });

  it('staggers past a blackout, and a locked motion is neither staggered nor handed over', () => {
    const p = plan(
      accounts(3),
      [motion('Nurture', 'Marketing', 'email', '2027-01-04', '2027-02-28')],
      [
        {
          id: 'freeze',
          scope: { kind: 'account', accountId: 'a01' },
          start: '2027-01-01',
          end: '2027-01-20',
          reason: 'Negotiation',
        },
      ],
    );
    const input = inputOf(p);
    const proposal = proposePlan(input, { moves: ['stagger'] });
    expect(proposal.changes).toMatchObject([
      { kind: 'stagger', starts: [{ accountId: 'a01', day: '2027-01-25' }], waves: 2 },
    ]);
    expect(proposal.changes[0]?.reason).toBe(
      'staggered into 2 waves: 1 account starts Jan 25: clears 1 blackout block (Negotiation)',
    );
    const locked = { ...input.motions[0]!, planning: { lockedDates: true } };
    const none = proposePlan({ ...input, motions: [locked] }, { moves: ['stagger', 'handover'] });
    expect(none.changes).toEqual([]);
    expect(none.after.bySeverity.block).toBe(1);
  });

  it('counts a ticked subset from the rows it writes, and a shift moves the accounts’ days along', () => {
    const input = inputOf(
      plan(accounts(4), [
        motion('Nurture', 'Marketing', 'email', '2027-01-04', '2027-01-31'),
        motion('SDR outbound', 'Sales', 'email', '2027-01-18', '2027-01-31'),
        motion('Ads', 'Marketing', 'email', '2027-01-25', '2027-02-07', {
          tiers: [],
          include: ['a00'],
        }),
      ]),
    );
    const proposal = proposePlan(input, { moves: ['stagger', 'handover'] });
    expect(proposal.after.bySeverity.block).toBe(0);
    for (const c of proposal.changes) {
      const one = countsWithChanges(input, proposal, new Set([c.id]));
      expect(one.bySeverity.block).toBeLessThan(proposal.before.bySeverity.block);
    }
    const applied = applyProposal(input, proposal);
    const withDays = { ...input, motions: applied.motions };
    const nurture = applied.motions[0]!;
    const shifted = applyProposal(withDays, {
      keptAcceptances: [],
      changes: [
        {
          id: 'shift:Nurture',
          kind: 'shift',
          motionId: 'Nurture',
          motionIds: ['Nurture'],
          from: { start: nurture.start, end: nurture.end },
          to: { start: '2027-01-11', end: '2027-02-07' },
          days: 7,
          reason: '',
          clears: { block: 0, warn: 0, info: 0 },
        },
      ],
    });
    const before = nurture.accountDates ?? {};
    const after = shifted.motions[0]!.accountDates ?? {};
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after['a01']).toEqual({ end: '2027-01-24' });
    expect(before['a01']).toEqual({ end: '2027-01-17' });
  });
});
