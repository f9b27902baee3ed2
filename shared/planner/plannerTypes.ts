/**
 * The auto-planner's input, options and proposal (issue 15). The planner reads the plan the
 * conflict engine reads; each motion carries its own constraints (Motion.planning: locked
 * dates, allowed window, minimum audience, never-exclude accounts), and the workspace settings
 * say which moves it may use.
 */
import { PLANNER_MOVES, type PlannerMove } from '../domain/types';
import type {
  AllowedWindow,
  Blackout,
  ConflictAcceptance,
  ConflictRule,
  IsoDate,
  MotionPlanning,
  Settings,
  Severity,
  Side,
  Tier,
} from '../domain/types';
import type {
  ConflictAccount,
  ConflictMotion,
  ConflictPerson,
  ConflictSettings,
} from '../conflicts/types';

/** An account as the planner reads it: the engine's fields plus its owner (for the owner rule). */
export type PlannerAccount = ConflictAccount & { owner?: string };
/** A motion as the planner reads it: the engine's fields plus its owner and its constraints. */
export type PlannerMotion = ConflictMotion & { owner?: string; planning?: MotionPlanning };

export interface PlannerInput<
  A extends PlannerAccount = PlannerAccount,
  M extends PlannerMotion = PlannerMotion,
> {
  accounts: readonly A[];
  motions: readonly M[];
  blackouts: readonly Blackout[];
  settings: ConflictSettings &
    Pick<Settings, 'fiscalYearStartMonth'> &
    Partial<Pick<Settings, 'plannerMoves'>>;
  /** Accepted groups: their conflicts need no clearing while the acceptance holds. */
  acceptances?: readonly ConflictAcceptance[];
  /** The people person pressure counts (positions in `accounts`); absent: none. */
  people?: readonly ConflictPerson[];
}

export { PLANNER_MOVES, type AllowedWindow, type PlannerMove };
/** Every move but "reassign": a primary team the user set is a decision. */
export const DEFAULT_MOVES: readonly PlannerMove[] = PLANNER_MOVES.filter((m) => m !== 'reassign');

/**
 * How the planner picks the side that keeps an account when it sets a primary team:
 * the side whose motion is run by the account's owner (else sales: the owner is a rep), the
 * side whose motion started first, or by tier (for example sales owns Tier 1).
 */
export type PrimaryRule =
  { kind: 'owner' } | { kind: 'first-started' } | { kind: 'tier'; sides: Record<Tier, Side> };

export interface PlannerOptions {
  /** Default: the workspace's setting (input.settings.plannerMoves), else DEFAULT_MOVES. */
  moves: readonly PlannerMove[];
  primaryRule: PrimaryRule;
  /** Share of its audience (0–1) a motion keeps when it sets none of its own: 0.9. */
  minimumAudience: number;
  /** Accounts never taken out of any motion (on top of each motion's own list). */
  neverExclude: readonly string[];
  /**
   * Today (the caller's local date: shared/ reads no clock). No date is proposed before it,
   * and a motion that started before it keeps its dates (allowedWindow.ts). Absent: no bound.
   */
  today?: IsoDate;
}

export const DEFAULT_PLANNER_OPTIONS: PlannerOptions = {
  moves: DEFAULT_MOVES,
  primaryRule: { kind: 'first-started' },
  minimumAudience: 0.9,
  neverExclude: [],
};

export interface DateShift {
  start: IsoDate;
  end: IsoDate;
}

interface ChangeBase {
  /** Stable within a proposal: what a view ticks and acceptedChanges() takes. */
  id: string;
  /** The motions the change touches: a view groups changes by them. */
  motionIds: string[];
  /** "moved 2 weeks later: clears 110 cross-team blocks with SDR outbound". */
  reason: string;
  /** Conflicts (accounts × rules) the change cleared when the planner made it, by severity. */
  clears: Record<Severity, number>;
}

export type ProposedChange =
  | (ChangeBase & { kind: 'shift'; motionId: string; from: DateShift; to: DateShift; days: number })
  | (ChangeBase & { kind: 'exclude'; motionId: string; accountIds: string[] })
  | (ChangeBase & {
      kind: 'primary';
      accountId: string;
      side: Side;
      previous: Side | null;
      /** Motions of the other side the account is taken out of in the same change. */
      silenceMotionIds: string[];
    })
  | (ChangeBase & {
      kind: 'stagger';
      motionId: string;
      /** The accounts that start later, each on its wave's first day (by account id). */
      starts: AccountDay[];
      /** Waves the audience runs in: the motion's own start and each later one. */
      waves: number;
    })
  | (ChangeBase & {
      kind: 'handover';
      motionId: string;
      /** The side that keeps the accounts once this motion ends on them. */
      side: Side;
      /** The accounts the motion ends on early, each on its last day (by account id). */
      ends: AccountDay[];
    });

/** One account's own first or last day of a motion (Motion.accountDates). */
export interface AccountDay {
  accountId: string;
  day: IsoDate;
}

export interface ConflictCounts {
  /** Open conflicts (accounts × rules) by severity: accepted groups left out. */
  bySeverity: Record<Severity, number>;
  byRule: Record<ConflictRule, Record<Severity, number>>;
  /** Conflicts in groups whose acceptance still holds. */
  accepted: number;
}

/** Block conflicts the proposal leaves, explained. */
export interface Unresolved {
  rule: ConflictRule;
  motionIds: string[];
  blackoutId: string | null;
  accountIds: string[];
  /** "12 accounts are in a blackout for the whole allowed window of Fintech Webinar …". */
  explanation: string;
}

export interface PlanProposal {
  changes: ProposedChange[];
  before: ConflictCounts;
  after: ConflictCounts;
  unresolved: Unresolved[];
  /** Moves asked for that the planner does not make, and why (none today). */
  notes: string[];
  /**
   * Groups accepted before the proposal whose acceptance the proposal keeps: it only takes
   * other accounts out of their motions (it never moves their dates), so applying it
   * refreshes their fingerprints instead of voiding the user's decisions.
   */
  keptAcceptances: { id: string; motionIds: string[]; blackoutId: string | null }[];
}

export interface PlannerProgress {
  phase: 'detect' | 'shift' | 'exclude' | 'count';
  done: number;
  total: number;
}

export interface PlannerHooks {
  onProgress?: (progress: PlannerProgress) => void;
  /** Polled between steps; true stops the run with PlanCancelled. */
  isCancelled?: () => boolean;
}

export class PlanCancelled extends Error {
  override readonly name = 'PlanCancelled';
  constructor() {
    super('The planner was cancelled.');
  }
}
