/**
 * The quarterly review's numbers, one pure function (the Review view, the QBR pack and the
 * benchmark call it): pipeline created, open, won and lost by account dimension for targets
 * and the rest; each motion's reach and the pipeline it influenced with the credit model
 * (credit.ts); and coverage per tier (coverage.ts). Opportunities are matched to accounts
 * again here (accountMatch.ts), so an account imported after the results still gets them.
 *
 * Built for 100,000 accounts, 1,000 motions and 50,000 opportunities in well under a
 * second: one pass over the opportunities for the pipeline tables, and the motions' reach
 * summed over audience keys (audienceKeys.ts, motionReach.ts) rather than over the ten
 * million memberships their audiences hold.
 */
import { sideOfTeam } from '../domain/types';
import { toDayNumber } from '../dates/calendarDate';
import { accountMatcher } from './accountMatch';
import { audienceKeys } from './audienceKeys';
import { creditOf } from './credit';
import { motionReach, SUM_WIDTH } from './motionReach';
import { tierCoverage } from './coverage';
import { BreakdownRows } from './breakdownRows';
import {
  addCountAmount,
  addTo,
  dayRange,
  emptyCountAmount,
  emptyMetrics,
  measuresOf,
  opportunityDays,
} from './pipeline';
import {
  CREDITS,
  type BreakdownRow,
  type CountAmount,
  type Credit,
  type CreditedOpportunity,
  type MotionInfluence,
  type PipelineMeasure,
  type QuarterReview,
  type ReviewAccount,
  type ReviewInput,
  type UnmatchedOpportunity,
} from './reviewTypes';

function creditTable(): Record<Credit, CountAmount> {
  return Object.fromEntries(CREDITS.map((c) => [c, emptyCountAmount()])) as Record<
    Credit,
    CountAmount
  >;
}

export function reviewQuarter(input: ReviewInput): QuarterReview {
  const { accounts, opportunities, quarter } = input;
  const q = dayRange(quarter);
  const windowDays = Math.max(0, input.influenceWindowDays);
  const match = accountMatcher(accounts);
  // The position resolveAudience would use for an id: the last account carrying it.
  const positionOf = new Map<string, number>();
  accounts.forEach((a, p) => positionOf.set(a.id, p));

  // Each opportunity's account position (-1: unmatched), measures and amount, in flat arrays.
  const n = opportunities.length;
  const position = new Int32Array(n).fill(-1);
  const created = new Float64Array(n);
  const measures: PipelineMeasure[][] = new Array<PipelineMeasure[]>(n);
  const amounts = new Float64Array(n);
  const wonInQuarter = new Uint8Array(n);
  const unmatched: UnmatchedOpportunity[] = [];
  opportunities.forEach((o, i) => {
    const days = opportunityDays(o);
    created[i] = days.created;
    const ms = measuresOf(o.outcome, days, q);
    measures[i] = ms;
    amounts[i] = o.amount ?? 0;
    wonInQuarter[i] = ms.includes('won') ? 1 : 0;
    const m = match(o);
    if (m.accountId === null) unmatched.push({ opportunity: o, reason: m.reason });
    else position[i] = positionOf.get(m.accountId) as number;
  });

  // Totals and breakdowns.
  const totals = {
    target: emptyMetrics(),
    nonTarget: emptyMetrics(),
    unmatched: emptyMetrics(),
    all: emptyMetrics(),
  };
  const rows = new BreakdownRows();
  // An account's breakdown rows (every dimension's), found once however many opportunities
  // it has; then each opportunity adds to them without a lookup.
  const rowsAt: (BreakdownRow[] | undefined)[] = new Array<BreakdownRow[] | undefined>(
    accounts.length,
  );
  for (let i = 0; i < n; i++) {
    const ms = measures[i] as PipelineMeasure[];
    if (ms.length === 0) continue;
    const amount = amounts[i] as number;
    addTo(totals.all, ms, amount);
    const p = position[i] as number;
    if (p < 0) {
      addTo(totals.unmatched, ms, amount);
      continue;
    }
    const side = accounts[p]?.status === 'target' ? 'target' : 'nonTarget';
    addTo(totals[side], ms, amount);
    let accountRows = rowsAt[p];
    if (!accountRows) rowsAt[p] = accountRows = rows.rowsOf(accounts[p] as ReviewAccount);
    for (let k = 0; k < accountRows.length; k++)
      addTo((accountRows[k] as BreakdownRow)[side], ms, amount);
  }

  // Motions: touches, coverage and influence, over the audiences' keys (motionReach.ts).
  const live = input.motions
    .filter((m) => m.status !== 'Aborted')
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  const keys = audienceKeys(accounts, live, positionOf);
  const reach = motionReach(accounts, live, keys, { count: n, position, created }, q, windowDays);
  const sides = reach.sides;

  // Credit of every opportunity an influence table or the quarter's pipeline shows, as an
  // index into CREDITS, once the motions' sides are all known. Lead source and sides repeat:
  // each pair is worked out once.
  const creditMemo = new Map<string, { credit: Credit; reason: string }>();
  const creditFor = (i: number) => {
    const s = sides[i] as number;
    const source = opportunities[i]?.leadSource ?? '';
    const memoKey = `${s}\u0000${source}`;
    let c = creditMemo.get(memoKey);
    if (!c) creditMemo.set(memoKey, (c = creditOf(source, s)));
    return c;
  };
  const creditAt = new Int8Array(n).fill(-1);
  const creditIndexOf = (i: number): number => {
    let c = creditAt[i] as number;
    if (c < 0) creditAt[i] = c = CREDITS.indexOf(creditFor(i).credit);
    return c;
  };
  const credit = creditTable();
  const credited: CreditedOpportunity[] = [];
  for (let i = 0; i < n; i++) {
    if (!(measures[i] as PipelineMeasure[]).includes('created')) continue;
    const o = opportunities[i] as (typeof opportunities)[number];
    const c = creditFor(i);
    creditAt[i] = CREDITS.indexOf(c.credit);
    addCountAmount(credit[c.credit], o.amount ?? 0);
    credited.push({ opportunityId: o.id, credit: c.credit, reason: c.reason });
  }
  const sums = reach.influenceSums(amounts, wonInQuarter, creditIndexOf);
  const motions: MotionInfluence[] = [];
  live.forEach((m, i) => {
    if (!(toDayNumber(m.start) <= q.last && toDayNumber(m.end) >= q.first)) return;
    const base = SUM_WIDTH * i;
    const at = (k: number) => sums[base + k] as number;
    motions.push({
      motionId: m.id,
      name: m.name,
      team: m.team,
      side: sideOfTeam(m.team),
      channel: m.channel,
      start: m.start,
      end: m.end,
      accountsTouched: reach.accountsTouched[i] as number,
      influenced: { count: at(0), amount: at(1) },
      influencedWon: { count: at(2), amount: at(3) },
      byCredit: Object.fromEntries(
        CREDITS.map((c, k) => [c, { count: at(4 + 2 * k), amount: at(5 + 2 * k) }]),
      ) as Record<Credit, CountAmount>,
    });
  });

  const breakdowns = rows.sorted();
  return {
    quarter: { start: quarter.start, end: quarter.end, label: quarter.label },
    influenceWindowDays: windowDays,
    totals,
    breakdowns,
    unmatched,
    motions,
    credit,
    credited,
    coverage: tierCoverage(accounts, reach.touches, reach.touched, input.plannedTouchesPerTier),
  };
}
