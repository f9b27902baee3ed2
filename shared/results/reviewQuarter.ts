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
import type { Opportunity } from '../domain/types';
import { accountMatcherFor } from './accountMatch';
import { audienceKeys } from './audienceKeys';
import { creditOf } from './credit';
import { motionReach, SUM_WIDTH } from './motionReach';
import { tierCoverage } from './coverage';
import { BreakdownRows } from './breakdownRows';
import {
  addBits,
  addCountAmount,
  CREATED,
  dayRange,
  emptyCountAmount,
  emptyMetrics,
  measureBits,
  quickDayNumber,
  WON,
} from './pipeline';
import { TagListIds } from './tagLists';
import {
  CREDITS,
  type CountAmount,
  type Credit,
  type MotionInfluence,
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

/**
 * The positions of the accounts carrying each of `ids`: the last one for an id, as
 * resolveAudience reads an id. Only the ids asked for are entered (a set check per account
 * instead of a map entry for each of 100,000).
 */
function positionsOf(
  accounts: readonly ReviewAccount[],
  ids: ReadonlySet<string>,
): Map<string, number> {
  const out = new Map<string, number>();
  if (ids.size === 0) return out;
  for (let p = 0; p < accounts.length; p++) {
    const id = (accounts[p] as ReviewAccount).id;
    if (ids.has(id)) out.set(id, p);
  }
  return out;
}

export function reviewQuarter(input: ReviewInput): QuarterReview {
  const { accounts, opportunities, quarter } = input;
  const q = dayRange(quarter);
  const windowDays = Math.max(0, input.influenceWindowDays);
  const match = accountMatcherFor(accounts, opportunities);
  const live = input.motions
    .filter((m) => m.status !== 'Aborted')
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));

  // Each opportunity's account, measures (pipeline.ts bits) and amount, in flat arrays.
  const n = opportunities.length;
  const position = new Int32Array(n).fill(-1);
  const created = new Float64Array(n);
  const measures = new Uint8Array(n);
  const amounts = new Float64Array(n);
  const wonInQuarter = new Uint8Array(n);
  const unmatched: UnmatchedOpportunity[] = [];
  const matchedIds: (string | null)[] = new Array<string | null>(n);
  // The ids whose positions are needed: the matched ones and those motions name.
  const wantedIds = new Set<string>();
  for (const m of live) {
    for (const id of m.audience.include) wantedIds.add(id);
    for (const id of m.audience.exclude) wantedIds.add(id);
  }
  for (let i = 0; i < n; i++) {
    const o = opportunities[i] as Opportunity;
    const createdDay = quickDayNumber(o.createdDate);
    const closeDay = o.closeDate === null ? Number.NaN : quickDayNumber(o.closeDate);
    created[i] = createdDay;
    const bits = measureBits(o.outcome, createdDay, closeDay, q);
    measures[i] = bits;
    amounts[i] = o.amount ?? 0;
    wonInQuarter[i] = bits & WON ? 1 : 0;
    const m = match(o);
    matchedIds[i] = m.accountId;
    if (m.accountId === null) unmatched.push({ opportunity: o, reason: m.reason });
    else wantedIds.add(m.accountId);
  }
  const positionOf = positionsOf(accounts, wantedIds);
  for (let i = 0; i < n; i++) {
    const id = matchedIds[i];
    if (id != null) position[i] = positionOf.get(id) as number;
  }

  // Totals and breakdowns.
  const totals = {
    target: emptyMetrics(),
    nonTarget: emptyMetrics(),
    unmatched: emptyMetrics(),
    all: emptyMetrics(),
  };
  const tagLists = TagListIds.of(accounts);
  const rows = new BreakdownRows();
  for (let i = 0; i < n; i++) {
    const bits = measures[i] as number;
    if (bits === 0) continue;
    const amount = amounts[i] as number;
    addBits(totals.all, bits, amount);
    const p = position[i] as number;
    if (p < 0) {
      addBits(totals.unmatched, bits, amount);
      continue;
    }
    const a = accounts[p] as ReviewAccount;
    const side = a.status === 'target' ? 'target' : 'nonTarget';
    addBits(totals[side], bits, amount);
    rows.add(a, tagLists.listOf[p] as number, side, bits, amount);
  }

  // Motions: touches, coverage and influence, over the audiences' keys (motionReach.ts).
  const keys = audienceKeys(accounts, live, positionOf, tagLists);
  const reach = motionReach(accounts, live, keys, { count: n, position, created }, q, windowDays);
  const sides = reach.sides;

  // Credit of every opportunity an influence table or the quarter's pipeline shows, as an
  // index into CREDITS, once the motions' sides are all known. Lead sources repeat: each
  // source's four answers (one per combination of sides) are worked out once.
  const creditMemo = new Map<string, { credit: Credit; reason: string }[]>();
  const creditFor = (i: number) => {
    const s = sides[i] as number;
    const source = (opportunities[i] as Opportunity).leadSource;
    let bySides = creditMemo.get(source);
    if (!bySides) creditMemo.set(source, (bySides = []));
    let c = bySides[s];
    if (!c) bySides[s] = c = creditOf(source, s);
    return c;
  };
  const creditAt = new Int8Array(n).fill(-1);
  const creditIndexOf = (i: number): number => {
    let c = creditAt[i] as number;
    if (c < 0) creditAt[i] = c = CREDITS.indexOf(creditFor(i).credit);
    return c;
  };
  // No object per opportunity: a list of 50,000 credited opportunities was read by nothing
  // and cost the Worker its copy to the window (creditOf gives one opportunity's reason).
  const credit = creditTable();
  for (let i = 0; i < n; i++) {
    if (((measures[i] as number) & CREATED) === 0) continue;
    const c = creditFor(i);
    creditAt[i] = CREDITS.indexOf(c.credit);
    addCountAmount(credit[c.credit], amounts[i] as number);
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
    coverage: tierCoverage(accounts, reach.touches, reach.touched, input.plannedTouchesPerTier),
  };
}
