/**
 * ICP fit: each criterion the account meets adds its weight; the score is the share of the
 * total weight met, 0–100. Thresholds on the score suggest a tier. Pure, so the grid can
 * rescore 100,000 accounts live while the profile is edited.
 */
import type { Account, IcpCriterion, IcpProfile, Tier } from '../domain/types';

type Scored = Pick<
  Account,
  'industry' | 'employees' | 'annualRevenue' | 'region' | 'country' | 'tags'
>;

function inRange(value: number | null, min: number | null, max: number | null): boolean {
  if (value === null) return false;
  return (min === null || value >= min) && (max === null || value <= max);
}

function lowerSet(values: readonly string[]): Set<string> {
  return new Set(values.map((v) => v.trim().toLowerCase()).filter(Boolean));
}

/** A criterion compiled once per profile so scoring an account does no allocation. */
type Test = { weight: number; meets: (a: Scored) => boolean };

function compile(criterion: IcpCriterion): Test {
  const weight = Math.max(0, criterion.weight);
  switch (criterion.kind) {
    case 'industry': {
      const values = lowerSet(criterion.values);
      return { weight, meets: (a) => values.has(a.industry.trim().toLowerCase()) };
    }
    case 'employees':
      return { weight, meets: (a) => inRange(a.employees, criterion.min, criterion.max) };
    case 'revenue':
      return { weight, meets: (a) => inRange(a.annualRevenue, criterion.min, criterion.max) };
    case 'region': {
      const values = lowerSet(criterion.values);
      return {
        weight,
        meets: (a) => values.has(a.region.toLowerCase()) || values.has(a.country.toLowerCase()),
      };
    }
    case 'tag': {
      const values = lowerSet(criterion.values);
      return { weight, meets: (a) => a.tags.some((t) => values.has(t.toLowerCase())) };
    }
  }
}

/** A scoring function for one profile; null when the profile has no weight at all. */
export function icpScorer(profile: IcpProfile | null | undefined): (a: Scored) => number | null {
  const tests = (profile?.criteria ?? []).map(compile).filter((t) => t.weight > 0);
  const total = tests.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return () => null;
  return (account) => {
    let met = 0;
    for (const t of tests) if (t.meets(account)) met += t.weight;
    return Math.round((met / total) * 100);
  };
}

export function icpScore(profile: IcpProfile, account: Scored): number | null {
  return icpScorer(profile)(account);
}

/** Tier 1 at or above thresholds.tier1, Tier 2 at or above tier2, else Tier 3; null without a score. */
export function suggestTier(
  score: number | null,
  thresholds: IcpProfile['thresholds'],
): Tier | null {
  if (score === null) return null;
  if (score >= thresholds.tier1) return 1;
  if (score >= thresholds.tier2) return 2;
  return 3;
}
