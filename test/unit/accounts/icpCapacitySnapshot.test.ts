import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createSnapshot,
  diffSnapshots,
  icpScore,
  icpScorer,
  ownerCapacity,
  snapshotEntries,
  suggestTier,
} from '../../../shared/accounts';
import type { Account, IcpProfile } from '../../../shared/domain/types';

function account(over: Partial<Account>): Account {
  return {
    id: 'a',
    name: 'A',
    website: '',
    domain: '',
    salesforceId: '',
    hubspotId: '',
    duplicateSalesforceIds: [],
    duplicateHubspotIds: [],
    industry: '',
    employees: null,
    annualRevenue: null,
    country: '',
    region: '',
    owner: '',
    ownerEmail: '',
    territory: '',
    tags: [],
    tier: null,
    icpScore: null,
    intentScore: null,
    status: 'target',
    removedReason: '',
    primaryTeam: null,
    notes: '',
    custom: {},
    importedFromSalesforce: null,
    importedFromHubspot: null,
    createdAt: '',
    updatedAt: '',
    ...over,
  };
}

const profile: IcpProfile = {
  id: 'p',
  name: 'Mid-market fintech',
  criteria: [
    { kind: 'industry', weight: 40, values: ['Financial Services', 'Banking'] },
    { kind: 'employees', weight: 20, min: 200, max: 5000 },
    { kind: 'revenue', weight: 20, min: 10_000_000, max: null },
    { kind: 'region', weight: 10, values: ['EMEA'] },
    { kind: 'tag', weight: 10, values: ['fintech'] },
  ],
  thresholds: { tier1: 80, tier2: 50 },
};

describe('ICP fit score', () => {
  it('adds the weight of each criterion met, as a share of 100', () => {
    const perfect = account({
      industry: 'banking',
      employees: 300,
      annualRevenue: 2e7,
      region: 'EMEA',
      tags: ['FinTech'],
    });
    expect(icpScore(profile, perfect)).toBe(100);
    expect(icpScore(profile, account({ industry: 'Retail', employees: 300 }))).toBe(20);
    expect(icpScore(profile, account({ employees: 100_000 }))).toBe(0);
    expect(icpScore(profile, account({ country: 'emea' }))).toBe(10);
  });

  it('stays within 0–100 for any profile and account', () => {
    const criterion = fc.oneof(
      fc.record({
        kind: fc.constant('employees' as const),
        weight: fc.integer({ min: -5, max: 50 }),
        min: fc.option(fc.nat()),
        max: fc.option(fc.nat()),
      }),
      fc.record({
        kind: fc.constant('tag' as const),
        weight: fc.integer({ min: 0, max: 50 }),
        values: fc.array(fc.string()),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(criterion),
        fc.option(fc.nat()),
        fc.array(fc.string()),
        (criteria, employees, tags) => {
          const score = icpScorer({ ...profile, criteria })(account({ employees, tags }));
          if (score !== null) expect(score >= 0 && score <= 100).toBe(true);
        },
      ),
    );
  });

  it('suggests a tier from the thresholds', () => {
    expect(suggestTier(80, profile.thresholds)).toBe(1);
    expect(suggestTier(79, profile.thresholds)).toBe(2);
    expect(suggestTier(50, profile.thresholds)).toBe(2);
    expect(suggestTier(10, profile.thresholds)).toBe(3);
    expect(suggestTier(null, profile.thresholds)).toBeNull();
  });

  it('gives no score when the profile has no weight', () => {
    expect(icpScorer({ ...profile, criteria: [] })(account({}))).toBeNull();
  });
});

describe("owners' capacity", () => {
  it('counts accounts per owner by tier and warns past the Tier 1 limit', () => {
    const accounts = [
      ...Array.from({ length: 11 }, (_, i) => account({ id: `j${i}`, owner: 'Jane', tier: 1 })),
      account({ owner: 'Omar', tier: 1 }),
      account({ owner: 'Omar', tier: 2 }),
      account({ owner: 'Omar', tier: 1, status: 'removed' }),
      account({ owner: '', tier: 3 }),
    ];
    const loads = ownerCapacity(accounts, 10);
    expect(loads.map((l) => [l.owner, l.tier1, l.tier2, l.tier3, l.overCapacity])).toEqual([
      ['Jane', 11, 0, 0, true],
      ['Omar', 1, 1, 0, false],
      ['(unassigned)', 0, 0, 1, false],
    ]);
    expect(ownerCapacity(accounts.slice(1), 10)[0]?.overCapacity).toBe(false);
  });
});

describe('quarterly review', () => {
  const q1 = [
    account({ id: '1', name: 'One', tier: 1, owner: 'Jane' }),
    account({ id: '2', name: 'Two', tier: 2, owner: 'Jane' }),
    account({ id: '3', name: 'Three', tier: 3, owner: 'Omar' }),
    account({ id: '4', name: 'Four', tier: 3, owner: 'Omar' }),
    account({ id: '9', name: 'Candidate', status: 'candidate' }),
  ];
  const q2 = [
    account({ id: '1', name: 'One', tier: 2, owner: 'Jane' }),
    account({ id: '2', name: 'Two', tier: 2, owner: 'Li' }),
    account({ id: '3', name: 'Three', status: 'removed', removedReason: 'Acquired by a customer' }),
    account({ id: '5', name: 'Five', tier: 1, owner: 'Li' }),
  ];

  it('approves the list for the fiscal quarter of the day', () => {
    const s = createSnapshot(q1, {
      id: 's1',
      date: '2027-02-10',
      fiscalYearStartMonth: 2,
      approvedAt: 'now',
      approvedBy: 'Sales Ops',
    });
    expect(s).toMatchObject({ quarter: 'FY2028 Q1', fiscalYear: 2028, fiscalQuarter: 1 });
    expect(s.entries.map((e) => e.accountId)).toEqual(['1', '2', '3', '4']);
  });

  it('diffs into added, removed with reasons, tier and owner changes, and turnover', () => {
    const d = diffSnapshots(snapshotEntries(q1), snapshotEntries(q2), 25);
    expect(d.added.map((e) => e.name)).toEqual(['Five']);
    expect(d.removed.map((r) => [r.entry.name, r.reason])).toEqual([
      ['Three', 'Acquired by a customer'],
      ['Four', 'No longer in the workspace'],
    ]);
    expect(d.tierChanged.map((c) => [c.before.tier, c.after.tier])).toEqual([[1, 2]]);
    expect(d.ownerChanged.map((c) => [c.before.owner, c.after.owner])).toEqual([['Jane', 'Li']]);
    expect(d.turnoverRate).toBe(75);
    expect(d.overBudget).toBe(true);
    expect(diffSnapshots(snapshotEntries(q1), snapshotEntries(q1), 25)).toMatchObject({
      turnoverRate: 0,
      overBudget: false,
    });
  });

  it('warns only past the budget, not at it', () => {
    const four = snapshotEntries(q1);
    const oneOut = four.filter((e) => e.accountId !== '4');
    expect(diffSnapshots(four, oneOut, 25)).toMatchObject({ turnoverRate: 25, overBudget: false });
  });
});
