/**
 * What the quarterly review returns: plain tables the Review view and the QBR pack show as
 * they are. Every number is computed by reviewQuarter (reviewQuarter.ts) from accounts,
 * motions and opportunities; nothing here is stored.
 */
import type {
  Account,
  Channel,
  IsoDate,
  Motion,
  Opportunity,
  PlannedTouches,
  Side,
  Team,
  Tier,
} from '../domain/types';
import type { DateRange } from '../dates/fiscal';
import type { MatchAccount } from './accountMatch';

/** A number of opportunities and the sum of their amounts (an empty amount counts as 0). */
export interface CountAmount {
  count: number;
  amount: number;
}

/**
 * The pipeline figures of a group of opportunities for the quarter:
 * - created: created in the quarter;
 * - open: open at the quarter's last day (created by then, and not closed by then);
 * - won / lost: closed won / closed lost with a close date in the quarter.
 */
export interface PipelineMetrics {
  created: CountAmount;
  open: CountAmount;
  won: CountAmount;
  lost: CountAmount;
}

export type PipelineMeasure = keyof PipelineMetrics;
export const PIPELINE_MEASURES: readonly PipelineMeasure[] = ['created', 'open', 'won', 'lost'];

/** The account attributes the review breaks results down by. */
export type ReviewDimension = 'tier' | 'segment' | 'industry' | 'employeeBand' | 'region' | 'owner';
export const REVIEW_DIMENSIONS: readonly ReviewDimension[] = [
  'tier',
  'segment',
  'industry',
  'employeeBand',
  'region',
  'owner',
];

/** One row of a breakdown: the accounts with one value, split into targets and the rest. */
export interface BreakdownRow {
  /** Stable key ('1', 'fintech', '200-999', '' for "none"). */
  key: string;
  label: string;
  target: PipelineMetrics;
  nonTarget: PipelineMetrics;
}

/**
 * Who gets credit for an opportunity, the article's attribution model made explicit:
 * both teams engaged the account → co-credit; else an inbound lead → marketing, an outbound
 * one → sales (from the lead source); else the one side whose motions engaged it; else none.
 */
export type Credit = 'marketing' | 'sales' | 'co-credit' | 'unattributed';
export const CREDITS: readonly Credit[] = ['marketing', 'sales', 'co-credit', 'unattributed'];

/** One motion's reach and the pipeline it influenced. */
export interface MotionInfluence {
  motionId: string;
  name: string;
  team: Team;
  side: Side;
  channel: Channel;
  start: IsoDate;
  end: IsoDate;
  /** Accounts in its audience. */
  accountsTouched: number;
  /** Opportunities created on those accounts from its start to `influenceWindowDays` after its end. */
  influenced: CountAmount;
  /** Of those, won by the quarter's end. */
  influencedWon: CountAmount;
  /** The influenced pipeline by who gets the credit. */
  byCredit: Record<Credit, CountAmount>;
}

/** Coverage of one tier's target accounts by the quarter's motions. */
export interface TierCoverage {
  /** null: target accounts with no tier. */
  tier: Tier | null;
  targets: number;
  /** Target accounts no motion of the quarter touched. */
  untouched: number;
  /** Their ids, in the accounts' order. */
  untouchedIds: string[];
  /** Touches in the quarter per target account of the tier (all motions, all channels). */
  touchesPerAccount: number;
  /** The plan's number (null for untiered accounts, which have none). */
  planned: number | null;
  /** Target accounts touched fewer times than planned. */
  belowPlan: number;
}

export interface UnmatchedOpportunity {
  opportunity: Opportunity;
  reason: string;
}

export interface QuarterReview {
  quarter: DateRange & { label: string };
  influenceWindowDays: number;
  totals: {
    target: PipelineMetrics;
    nonTarget: PipelineMetrics;
    /** Opportunities that match no account (they are in no breakdown). */
    unmatched: PipelineMetrics;
    all: PipelineMetrics;
  };
  breakdowns: Record<ReviewDimension, BreakdownRow[]>;
  unmatched: UnmatchedOpportunity[];
  /** Motions active in the quarter (not aborted), in start order. */
  motions: MotionInfluence[];
  /** Pipeline created in the quarter by who gets the credit. */
  credit: Record<Credit, CountAmount>;
  coverage: TierCoverage[];
}

/** The account fields the review reads. */
export type ReviewAccount = MatchAccount &
  Pick<Account, 'tier' | 'tags' | 'status' | 'industry' | 'employees' | 'region' | 'owner'>;

/** The motion fields the review reads. */
export type ReviewMotion = Pick<
  Motion,
  | 'id'
  | 'name'
  | 'team'
  | 'channel'
  | 'start'
  | 'end'
  | 'status'
  | 'touchesPerWeek'
  | 'audience'
  | 'accountDates'
>;

export interface ReviewInput {
  accounts: readonly ReviewAccount[];
  motions: readonly ReviewMotion[];
  opportunities: readonly Opportunity[];
  quarter: DateRange & { label: string };
  influenceWindowDays: number;
  plannedTouchesPerTier: PlannedTouches;
}
