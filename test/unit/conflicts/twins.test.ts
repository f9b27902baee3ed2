import { describe, expect, it } from 'vitest';
import {
  allConflicts,
  detectConflicts,
  listGroups,
  resolveAudiences,
} from '../../../shared/conflicts';
import { lineOf, oracleConflicts } from './oracle';
import { account, motion, plan } from './planBuilder';

describe('accounts with identical inputs are swept once and counted for each', () => {
  const accounts = Array.from({ length: 60 }, (_, i) =>
    account(`acc-${i}`, {
      tier: i % 3 === 0 ? 1 : 2,
      tags: i % 2 === 0 ? ['fintech'] : [],
      primaryTeam: i % 5 === 0 ? 'sales' : null,
    }),
  );
  const motions = [
    motion('nurture', 'Marketing', 'email', '2027-02-01', '2027-02-21', {
      tiers: [1, 2],
      touchesPerWeek: 2,
    }),
    motion('outbound', 'Sales', 'email', '2027-02-10', '2027-03-10', {
      tiers: [1],
      touchesPerWeek: 2,
    }),
    motion('fintech', 'Marketing', 'email', '2027-02-15', '2027-02-28', {
      segments: ['fintech'],
      include: ['acc-1'],
    }),
  ];
  const p = plan(accounts, motions);

  it('finds the same conflicts as the oracle and counts every twin in its groups', () => {
    const index = detectConflicts(p);
    expect(index.sweptClasses).toBeLessThan(20);
    const conflicts = [...allConflicts(index)];
    expect(conflicts.map(lineOf).sort()).toEqual(oracleConflicts(p));
    const total = listGroups(index).reduce((n, g) => n + g.accountCount, 0);
    expect(total).toBe(conflicts.length);
  });

  it('stays exact when one motion then changes', () => {
    const index = detectConflicts(p);
    const outbound = motions[1]!;
    const moved = {
      ...outbound,
      start: '2027-02-20',
      audience: { ...outbound.audience, tiers: [1, 2] as (1 | 2)[] },
    };
    index.updateMotion('outbound', moved, resolveAudiences(accounts, [moved])[0]!);
    const fresh = plan(accounts, [motions[0]!, moved, motions[2]!]);
    const counts = (groups: ReturnType<typeof listGroups>) =>
      groups.map((g) => `${g.id}:${g.accountCount}`).sort();
    expect(counts(listGroups(index))).toEqual(counts(listGroups(detectConflicts(fresh))));
    expect([...allConflicts(index)].map(lineOf).sort()).toEqual(oracleConflicts(fresh));
  });
});
