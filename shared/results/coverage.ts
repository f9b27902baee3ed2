/**
 * Coverage of the target accounts by the quarter's motions, per tier: how many no motion
 * touched, and the touches each got against the plan's number for its tier. A motion adds
 * touches-per-week × (its days in the quarter ÷ 7) to every account of its audience, the
 * way the calendar counts a week's touches.
 */
import type { PlannedTouches, Tier } from '../domain/types';
import { TIERS } from '../domain/types';
import type { ReviewAccount, TierCoverage } from './reviewTypes';

export function plannedFor(tier: Tier, plan: PlannedTouches): number {
  return tier === 1 ? plan.tier1 : tier === 2 ? plan.tier2 : plan.tier3;
}

/** `touches[i]` is account i's touches in the quarter; `touched[i]` 1 when any motion touched it. */
export function tierCoverage(
  accounts: readonly ReviewAccount[],
  touches: Float64Array,
  touched: Uint8Array,
  plan: PlannedTouches,
): TierCoverage[] {
  const rows = new Map<Tier | null, TierCoverage & { sum: number }>();
  const row = (tier: Tier | null) => {
    let r = rows.get(tier);
    if (!r) {
      r = {
        tier,
        targets: 0,
        untouched: 0,
        untouchedIds: [],
        touchesPerAccount: 0,
        planned: tier === null ? null : plannedFor(tier, plan),
        belowPlan: 0,
        sum: 0,
      };
      rows.set(tier, r);
    }
    return r;
  };
  for (const tier of TIERS) row(tier);
  accounts.forEach((a, i) => {
    if (a.status !== 'target') return;
    const r = row(a.tier);
    r.targets++;
    const t = touches[i] as number;
    r.sum += t;
    if (touched[i] === 0) {
      r.untouched++;
      r.untouchedIds.push(a.id);
    }
    // A hair below the plan from rounding a week's share is still on plan.
    if (r.planned !== null && t < r.planned - 1e-9) r.belowPlan++;
  });
  const out: TierCoverage[] = [];
  for (const tier of [...TIERS, null]) {
    const r = rows.get(tier);
    if (!r || (tier === null && r.targets === 0)) continue;
    const { sum, ...coverage } = r;
    out.push({ ...coverage, touchesPerAccount: r.targets === 0 ? 0 : sum / r.targets });
  }
  return out;
}
