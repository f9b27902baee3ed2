/**
 * Last quarter's results: the quarterly review's headline tables and charts for the quarter
 * before the one the meeting plans, computed by the same reviewQuarter the Review view shows
 * (shared/results). Pages: the headline (targets, the rest, unmatched), pipeline by tier and
 * by segment, the pipeline the motions influenced with the credit model, and coverage per
 * tier against the planned touches.
 */
import {
  CREDIT_LABELS,
  CREDITS,
  reviewQuarter,
  type BreakdownRow,
  type CountAmount,
  type PipelineMetrics,
  type QuarterReview,
} from '../results';
import type { QbrBlock, QbrContext, QbrPage } from './packTypes';
import { moreText, ROWS_PER_PAGE } from './pageRows';
import { sectionTitle } from './sectionTitles';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ca = (c: CountAmount) => `${fmt(c.count)} · ${fmt(c.amount)}`;
const tierText = (tier: number | null) => (tier === null ? 'No tier' : `Tier ${tier}`);
const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`;

/** Rows of a breakdown shown on a slide next to its chart. */
const BREAKDOWN_ROWS = 5;

export function reviewOf(ctx: QbrContext): QuarterReview {
  const { source, review } = ctx;
  return reviewQuarter({
    accounts: source.accounts,
    motions: source.motions,
    opportunities: source.opportunities,
    quarter: review,
    influenceWindowDays: source.settings.influenceWindowDays,
    plannedTouchesPerTier: source.settings.plannedTouchesPerTier,
  });
}

export function resultsPages(ctx: QbrContext): QbrPage[] {
  const review = reviewOf(ctx);
  const label = ctx.review.label;
  const title = `${sectionTitle('results')}: ${label}`;
  const page = (suffix: string, subtitle: string, blocks: QbrBlock[], footnote = ''): QbrPage => ({
    section: 'results',
    title: `${title}${suffix}`,
    subtitle,
    blocks,
    footnote,
  });
  const unmatched = review.unmatched.length;
  return [
    page(
      '',
      'Pipeline created, open at quarter end, won and lost, for target accounts and the rest',
      headlineBlocks(review, label),
      unmatched > 0
        ? `${fmt(unmatched)} opportunit${unmatched === 1 ? 'y matches' : 'ies match'} no account (CRM id, domain or exact name); they count in the totals, in no breakdown.`
        : 'Every opportunity matched an account.',
    ),
    page(
      ' by tier',
      'Where the pipeline came from: target accounts and the rest, by tier',
      tierBlocks(review),
    ),
    page(
      ' by segment',
      'Where the pipeline came from: target accounts and the rest, by segment tag',
      segmentBlocks(review),
      'An account with several segment tags counts in each of their rows.',
    ),
    page(
      ': influenced pipeline',
      `Pipeline created on the accounts a motion touched, during it or up to ${review.influenceWindowDays} days after it`,
      influenceBlocks(review),
      'Credit model: both teams engaged the account → co-credit; else an inbound lead → marketing, an outbound one → sales; else the one side whose motions engaged it.',
    ),
    page(
      ': coverage',
      'Target accounts per tier that no motion touched, and touches per account against the plan',
      coverageBlocks(review),
      'Touches: each motion’s touches per week over its days in the quarter, on every account of its audience.',
    ),
  ];
}

function headlineBlocks(review: QuarterReview, label: string): QbrBlock[] {
  const { all, target, nonTarget, unmatched } = review.totals;
  const closed = all.won.count + all.lost.count;
  const rows: [string, PipelineMetrics][] = [
    ['Target accounts', target],
    ['Other accounts', nonTarget],
    ['Not matched to an account', unmatched],
    ['All opportunities', all],
  ];
  const blocks: QbrBlock[] = [];
  if (review.totals.all.created.count + all.open.count + closed === 0) {
    blocks.push({
      kind: 'notice',
      tone: 'info',
      text: `No results for ${label}: import a Salesforce opportunities report or a HubSpot deals export in Review.`,
    });
  }
  blocks.push(
    {
      kind: 'facts',
      items: [
        { label: 'Pipeline created', value: fmt(all.created.amount) },
        { label: 'On target accounts', value: percent(target.created.amount, all.created.amount) },
        { label: 'Won', value: fmt(all.won.amount) },
        { label: 'Win rate (by count)', value: percent(all.won.count, closed) },
        { label: 'Open at quarter end', value: fmt(all.open.amount) },
      ],
    },
    {
      kind: 'table',
      caption: 'Targets against non-targets (count · amount)',
      headers: ['Accounts', 'Pipeline created', 'Open at quarter end', 'Won', 'Lost'],
      numeric: [1, 2, 3, 4],
      rows: rows.map(([name, m]) => [name, ca(m.created), ca(m.open), ca(m.won), ca(m.lost)]),
      more: null,
    },
    {
      kind: 'bars',
      caption: 'Pipeline created: target accounts against the rest',
      bars: rows.slice(0, 3).map(([name, m]) => ({
        label: name,
        value: m.created.amount,
        display: fmt(m.created.amount),
      })),
    },
  );
  return blocks;
}

function breakdownTable(caption: string, head: string, rows: BreakdownRow[]): QbrBlock {
  const shown = rows.slice(0, BREAKDOWN_ROWS);
  return {
    kind: 'table',
    caption,
    headers: [head, 'Created, targets', 'Created, others', 'Won, targets', 'Won, others'],
    numeric: [1, 2, 3, 4],
    rows: shown.map((r) => [
      r.label,
      ca(r.target.created),
      ca(r.nonTarget.created),
      ca(r.target.won),
      ca(r.nonTarget.won),
    ]),
    more: moreText(rows.length - shown.length, head.toLowerCase()),
    empty: 'No pipeline in the quarter.',
  };
}

const createdAmount = (r: BreakdownRow) => r.target.created.amount + r.nonTarget.created.amount;

function tierBlocks(review: QuarterReview): QbrBlock[] {
  const tiers = review.breakdowns.tier;
  return [
    breakdownTable('By tier (count · amount)', 'Tier', tiers),
    {
      kind: 'bars',
      caption: 'Pipeline created by tier',
      bars: tiers.map((r) => ({
        label: r.label,
        value: createdAmount(r),
        display: fmt(createdAmount(r)),
      })),
    },
  ];
}

function segmentBlocks(review: QuarterReview): QbrBlock[] {
  const segments = review.breakdowns.segment;
  // The table's rows, in its order (largest first, "No segment" last).
  const largest = segments.slice(0, BREAKDOWN_ROWS);
  return [
    breakdownTable('By segment (count · amount), largest first', 'Segment', segments),
    {
      kind: 'bars',
      caption:
        segments.length > largest.length
          ? `Pipeline created by segment (the largest ${largest.length})`
          : 'Pipeline created by segment',
      bars: largest.map((r) => ({
        label: r.label,
        value: createdAmount(r),
        display: fmt(createdAmount(r)),
      })),
    },
  ];
}

function influenceBlocks(review: QuarterReview): QbrBlock[] {
  const total = CREDITS.reduce((n, c) => n + review.credit[c].amount, 0);
  const motions = [...review.motions].sort(
    (a, b) => b.influenced.amount - a.influenced.amount || a.name.localeCompare(b.name),
  );
  const shown = motions.slice(0, ROWS_PER_PAGE - 4);
  return [
    {
      kind: 'table',
      caption: 'Pipeline created in the quarter, by who gets the credit',
      headers: ['Credit', 'Opportunities', 'Amount', 'Share'],
      numeric: [1, 2, 3],
      rows: CREDITS.map((c) => [
        CREDIT_LABELS[c],
        fmt(review.credit[c].count),
        fmt(review.credit[c].amount),
        percent(review.credit[c].amount, total),
      ]),
      more: null,
    },
    {
      kind: 'table',
      caption: 'Per motion, most influenced first (count · amount)',
      headers: [
        'Motion',
        'Team',
        'Accounts touched',
        'Influenced',
        'Of it won',
        'Marketing · Sales · Co-credit',
      ],
      numeric: [2, 3, 4, 5],
      rows: shown.map((m) => [
        m.name,
        m.team,
        fmt(m.accountsTouched),
        ca(m.influenced),
        ca(m.influencedWon),
        `${fmt(m.byCredit.marketing.amount)} · ${fmt(m.byCredit.sales.amount)} · ${fmt(m.byCredit['co-credit'].amount)}`,
      ]),
      more: moreText(motions.length - shown.length, 'motion'),
      empty: 'No motion ran in the quarter.',
    },
  ];
}

function coverageBlocks(review: QuarterReview): QbrBlock[] {
  return [
    {
      kind: 'table',
      caption: 'Coverage per tier',
      headers: ['Tier', 'Targets', 'Untouched', 'Touches per account', 'Planned', 'Below plan'],
      numeric: [1, 2, 3, 4, 5],
      rows: review.coverage.map((c) => [
        tierText(c.tier),
        fmt(c.targets),
        fmt(c.untouched),
        c.touchesPerAccount.toFixed(1),
        c.planned === null ? '—' : String(c.planned),
        c.planned === null ? '—' : fmt(c.belowPlan),
      ]),
      more: null,
      empty: 'No target accounts.',
    },
    {
      kind: 'bars',
      caption: 'Target accounts a motion touched, by tier',
      bars: review.coverage.map((c) => {
        const touched = c.targets - c.untouched;
        return {
          label: tierText(c.tier),
          value: c.targets === 0 ? 0 : touched / c.targets,
          display: `${percent(touched, c.targets)} (${fmt(touched)} of ${fmt(c.targets)})`,
        };
      }),
    },
    {
      kind: 'bars',
      caption: 'Touches per target account, against the plan',
      bars: review.coverage.map((c) => ({
        label: tierText(c.tier),
        value: c.touchesPerAccount,
        display: `${c.touchesPerAccount.toFixed(1)}${c.planned === null ? '' : ` of ${c.planned} planned`}`,
      })),
    },
  ];
}
