// The sample workspace shows the quarterly review at work: a quarter of results matched to
// its accounts (a few unmatched), motions that influenced pipeline with every kind of
// credit, coverage per tier, and a budget over its marketing allocation.
import { describe, expect, it } from 'vitest';
import { fiscalQuarterOf } from '../../../shared/dates/fiscal';
import { budgetRollup } from '../../../shared/results/budget';
import { reviewQuarter } from '../../../shared/results/reviewQuarter';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';

const TODAY = '2027-02-10';

describe('the sample workspace’s results', () => {
  const ws = buildSampleWorkspace(TODAY);
  const quarter = fiscalQuarterOf(TODAY, ws.settings.fiscalYearStartMonth);
  const review = reviewQuarter({ ...ws, ...ws.settings, quarter });

  it('holds a quarter of opportunities from both CRMs, the same every time', () => {
    expect(ws.opportunities).toHaveLength(300);
    expect(new Set(ws.opportunities.map((o) => o.crm))).toEqual(new Set(['salesforce', 'hubspot']));
    expect(buildSampleWorkspace(TODAY).opportunities).toEqual(ws.opportunities);
    expect(review.totals.all.created.count).toBe(300);
  });

  it('matches all but the companies the workspace lacks', () => {
    expect(review.unmatched).toHaveLength(5);
    for (const o of ws.opportunities) {
      if (o.accountId === null) continue;
      expect(review.unmatched.some((u) => u.opportunity.id === o.id)).toBe(false);
    }
  });

  it('shows influenced pipeline, every credit, coverage per tier and a budget warning', () => {
    expect(review.motions.some((m) => m.influenced.count > 0)).toBe(true);
    for (const credit of ['marketing', 'sales', 'co-credit'] as const) {
      expect(review.credit[credit].count, credit).toBeGreaterThan(0);
    }
    expect(review.coverage.map((c) => c.tier).slice(0, 3)).toEqual([1, 2, 3]);
    expect(review.coverage.some((c) => c.belowPlan > 0)).toBe(true);
    expect(review.breakdowns.tier.length).toBeGreaterThanOrEqual(3);
    const budget = budgetRollup(ws.motions, quarter, ws.settings.budgetAllocations[quarter.label]);
    expect(budget.warnings).toHaveLength(1);
    expect(budget.warnings[0]).toMatch(/^Marketing campaigns: .* over\.$/);
  });
});
