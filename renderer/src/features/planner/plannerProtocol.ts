/**
 * What the "Propose a plan" view (main thread) and planner.worker.ts exchange. The worker
 * reads the plan from the store, keeps it and its proposal, and answers counts and rows for
 * the changes the user ticks; the calls themselves are its handler map (PlannerWorker).
 */
import type { Account, ConflictAcceptance, IsoDate, Motion } from '../../../../shared/domain/types';
import type {
  ConflictCounts,
  PlannerMove,
  PlannerProgress,
  PlanProposal,
} from '../../../../shared/planner';
import type { PrimaryRuleName } from './planOptions';

export interface ProposeRequest {
  moves: PlannerMove[];
  primaryRule: PrimaryRuleName;
  /**
   * Nothing is proposed before it (PlannerOptions.today): the window's local date, or the
   * earlier day the user chose to plan from (PlanChoices.planFrom).
   */
  today: IsoDate;
}

/** A proposal with the names the view shows for the ids it holds. */
export interface ProposalReply {
  proposal: PlanProposal;
  /** Every motion of the plan, in the plan's order. */
  motionNames: [string, string][];
  /** The accounts the changes name. */
  accountNames: [string, string][];
  /** The day it was planned from (the request's `today`). */
  today: IsoDate;
  /** Motions of the plan that started before that day: they keep their dates. */
  startedBefore: number;
  ms: number;
}

/** One row the accepted changes write, and the row as the proposal read it. */
export interface RowChange<T> {
  before: T | undefined;
  after: T;
}

/** What accepting the ticked changes writes; `before` lets the write refuse stale rows. */
export interface PlanWrite {
  motions: RowChange<Motion>[];
  accounts: RowChange<Account>[];
  conflictAcceptances: RowChange<ConflictAcceptance>[];
}

export type { ConflictCounts, PlannerProgress, PlanProposal };
