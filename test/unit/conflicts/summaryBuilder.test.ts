import { describe, expect, it } from 'vitest';
import { detectConflicts, resolveAudiences } from '../../../shared/conflicts';
import { SummaryBuilder } from '../../../renderer/src/features/conflicts/summaryBuilder';
import { account, motion, plan } from './planBuilder';

describe('the summary the worker posts', () => {
  const accounts = [account('acme'), account('beta', { tier: 2 }), account('gamma')];
  const nurture = motion('nurture', 'Marketing', 'email', '2027-02-01', '2027-02-21', {
    name: 'Q1 nurture',
  });
  const outbound = motion('outbound', 'Sales', 'email', '2027-02-10', '2027-03-10', {
    name: 'AE outbound',
    tiers: [1, 2],
  });

  it('counts accounts per group, per tier, per motion and per account', () => {
    const summary = new SummaryBuilder().summarize(
      detectConflicts(plan(accounts, [nurture, outbound])),
    );
    expect(summary.groups.map((g) => [g.title, g.accountCount, g.byTier])).toEqual([
      ['Q1 nurture ↔ AE outbound', 2, [0, 2, 0, 0]],
    ]);
    expect(new Map(summary.motionCounts).get('outbound')).toBe(2);
    expect(summary.topAccounts.map((a) => a.id).sort()).toEqual(['acme', 'gamma']);
  });

  it('describes again the groups of a renamed motion and keeps the others', () => {
    const index = detectConflicts(plan(accounts, [nurture, outbound]));
    const builder = new SummaryBuilder();
    builder.summarize(index);
    const renamed = { ...nurture, name: 'Spring nurture', end: '2027-02-12' };
    builder.forgetMotion(index.motionPosition('nurture'));
    index.updateMotion('nurture', renamed, resolveAudiences(accounts, [renamed])[0]!);
    const [group] = builder.summarize(index).groups;
    expect(group).toMatchObject({
      title: 'Spring nurture ↔ AE outbound',
      window: { first: '2027-02-10', last: '2027-02-12' },
    });
  });
});
