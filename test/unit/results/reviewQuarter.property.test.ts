// Every number of the review held against a plain recomputation (reviewOracle.ts) on random
// small workspaces: totals, each breakdown, each motion's influence, the credit model and
// coverage.
import { activeRangeOn } from '../../../shared/motions/accountDates';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, inclusiveLength } from '../../../shared/dates/calendarDate';
import { reviewQuarter } from '../../../shared/results/reviewQuarter';
import { valuesOf } from '../../../shared/results/dimensions';
import { plannedFor } from '../../../shared/results/coverage';
import {
  PIPELINE_MEASURES,
  REVIEW_DIMENSIONS,
  type ReviewInput,
} from '../../../shared/results/reviewTypes';
import { accountsArb, motionsArb, opportunitiesArb } from './resultsArbitraries';
import {
  holds,
  oracleAccountOf,
  oracleCredit,
  oracleMeasures,
  oracleMotionSides,
} from './reviewOracle';

const QUARTER = { start: '2027-01-01', end: '2027-03-31', label: 'FY2027 Q1' };
const PLAN = { tier1: 6, tier2: 3, tier3: 1 };

const inputArb: fc.Arbitrary<ReviewInput> = accountsArb.chain((accounts) =>
  fc.record({
    accounts: fc.constant(accounts),
    motions: motionsArb(accounts.length),
    opportunities: opportunitiesArb,
    quarter: fc.constant(QUARTER),
    influenceWindowDays: fc.integer({ min: 0, max: 40 }),
    plannedTouchesPerTier: fc.constant(PLAN),
  }),
);

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

function sums(opps: ReviewInput['opportunities'], measure: string) {
  const hit = opps.filter((o) => oracleMeasures(o, QUARTER).includes(measure));
  return { count: hit.length, amount: hit.reduce((s, o) => s + (o.amount ?? 0), 0) };
}

describe('reviewQuarter agrees with a plain recomputation', () => {
  it('totals, breakdowns and the unmatched list', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const review = reviewQuarter(input);
        const accountOf = new Map(
          input.opportunities.map((o) => [o.id, oracleAccountOf(o, input.accounts)]),
        );
        const account = (id: string | null) => input.accounts.find((a) => a.id === id);
        const unmatched = input.opportunities.filter((o) => accountOf.get(o.id) === null);
        expect(review.unmatched.map((u) => u.opportunity.id)).toEqual(unmatched.map((o) => o.id));
        const isTarget = (o: (typeof input.opportunities)[number]) =>
          account(accountOf.get(o.id) ?? null)?.status === 'target';
        const matched = input.opportunities.filter((o) => accountOf.get(o.id) !== null);
        for (const m of PIPELINE_MEASURES) {
          expect(review.totals.all[m]).toEqual(sums(input.opportunities, m));
          expect(review.totals.unmatched[m]).toEqual(sums(unmatched, m));
          expect(review.totals.target[m]).toEqual(sums(matched.filter(isTarget), m));
          expect(review.totals.nonTarget[m]).toEqual(
            sums(
              matched.filter((o) => !isTarget(o)),
              m,
            ),
          );
        }
        for (const d of REVIEW_DIMENSIONS) {
          const keys = new Set<string>();
          for (const o of matched) {
            const a = account(accountOf.get(o.id) ?? null)!;
            if (PIPELINE_MEASURES.some((m) => oracleMeasures(o, QUARTER).includes(m)))
              for (const v of valuesOf(a, d)) keys.add(v.key);
          }
          expect(new Set(review.breakdowns[d].map((r) => r.key))).toEqual(keys);
          for (const row of review.breakdowns[d]) {
            const inRow = matched.filter((o) =>
              valuesOf(account(accountOf.get(o.id) ?? null)!, d).some((v) => v.key === row.key),
            );
            for (const m of PIPELINE_MEASURES) {
              expect(row.target[m]).toEqual(sums(inRow.filter(isTarget), m));
              expect(row.nonTarget[m]).toEqual(
                sums(
                  inRow.filter((o) => !isTarget(o)),
                  m,
                ),
              );
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('each motion’s influence and the credit model', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const review = reviewQuarter(input);
        const account = (o: (typeof input.opportunities)[number]) =>
          input.accounts.find((a) => a.id === oracleAccountOf(o, input.accounts));
        const creditOfOpp = (o: (typeof input.opportunities)[number]) =>
          oracleCredit(
            o.leadSource,
            oracleMotionSides(o, account(o), input.motions, input.influenceWindowDays),
          );
        const active = input.motions.filter(
          (m) => m.status !== 'Aborted' && m.start <= QUARTER.end && m.end >= QUARTER.start,
        );
        expect(review.motions.map((m) => m.motionId).sort()).toEqual(
          active.map((m) => m.id).sort(),
        );
        for (const mi of review.motions) {
          const m = active.find((x) => x.id === mi.motionId)!;
          const audience = input.accounts.filter((a) => holds(m.audience, a));
          expect(mi.accountsTouched).toBe(audience.length);
          const influenced = input.opportunities.filter((o) => {
            const a = account(o);
            // On the account's own days of the motion (a wave, a hand-over), when it has some.
            const days = a && activeRangeOn(m, a.id);
            return (
              a !== undefined &&
              audience.includes(a) &&
              !!days &&
              days.start <= QUARTER.end &&
              days.end >= QUARTER.start &&
              o.createdDate >= days.start &&
              o.createdDate <= addDays(days.end, input.influenceWindowDays)
            );
          });
          expect(mi.influenced.count).toBe(influenced.length);
          expect(
            close(
              mi.influenced.amount,
              influenced.reduce((s, o) => s + (o.amount ?? 0), 0),
            ),
          ).toBe(true);
          for (const [credit, ca] of Object.entries(mi.byCredit)) {
            expect(ca.count).toBe(influenced.filter((o) => creditOfOpp(o) === credit).length);
          }
        }
        const created = input.opportunities.filter((o) =>
          oracleMeasures(o, QUARTER).includes('created'),
        );
        for (const [credit, ca] of Object.entries(review.credit)) {
          const mine = created.filter((o) => creditOfOpp(o) === credit);
          expect(ca).toEqual({
            count: mine.length,
            amount: mine.reduce((s, o) => s + (o.amount ?? 0), 0),
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('coverage per tier', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const review = reviewQuarter(input);
        const active = input.motions.filter(
          (m) => m.status !== 'Aborted' && m.start <= QUARTER.end && m.end >= QUARTER.start,
        );
        // Each motion on the account's own days of it, when it has some.
        const inQuarter = (m: (typeof active)[number], a: (typeof input.accounts)[number]) => {
          const days = holds(m.audience, a) ? activeRangeOn(m, a.id) : null;
          return days && days.start <= QUARTER.end && days.end >= QUARTER.start ? days : null;
        };
        const touchesOf = (a: (typeof input.accounts)[number]) =>
          active.reduce((s, m) => {
            const days = inQuarter(m, a);
            if (!days) return s;
            const start = days.start > QUARTER.start ? days.start : QUARTER.start;
            const end = days.end < QUARTER.end ? days.end : QUARTER.end;
            return s + (m.touchesPerWeek * inclusiveLength(start, end)) / 7;
          }, 0);
        for (const row of review.coverage) {
          const targets = input.accounts.filter(
            (a) => a.status === 'target' && a.tier === row.tier,
          );
          expect(row.targets).toBe(targets.length);
          const untouched = targets.filter((a) => !active.some((m) => inQuarter(m, a)));
          expect(row.untouchedIds).toEqual(untouched.map((a) => a.id));
          const total = targets.reduce((s, a) => s + touchesOf(a), 0);
          expect(
            close(row.touchesPerAccount, targets.length === 0 ? 0 : total / targets.length),
          ).toBe(true);
          if (row.tier !== null) {
            const plan = plannedFor(row.tier, PLAN);
            expect(row.belowPlan).toBe(targets.filter((a) => touchesOf(a) < plan - 1e-9).length);
          }
        }
        expect(review.coverage.slice(0, 3).map((r) => r.tier)).toEqual([1, 2, 3]);
      }),
      { numRuns: 300 },
    );
  });
});
