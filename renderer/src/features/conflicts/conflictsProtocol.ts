/**
 * What the conflicts client (main thread) and conflicts.worker.ts exchange. The worker owns
 * the ConflictIndex; the main thread sends the small tables and asks for drill-downs. The
 * calls themselves are the worker's handler map (ConflictsWorker in conflicts.worker.ts).
 */
import type { Blackout, Settings } from '../../../../shared/domain/types';
import type { Conflict, ConflictGroup } from '../../../../shared/conflicts/types';
import type { Consequences } from '../../../../shared/conflicts/preview';
import type { GroupColumns } from './groupTable';

/** A group as listed: no resolutions (asked for on drill-down), with account counts per tier. */
export interface GroupSummary extends Omit<ConflictGroup, 'resolutions'> {
  /** Accounts per tier slot: [no tier, Tier 1, Tier 2, Tier 3]. */
  byTier: number[];
}

export interface ConflictSummary {
  groups: GroupSummary[];
  /** Motion id → conflicts (account × rule) involving it; contact pressure not included. */
  motionCounts: [string, number][];
  accountCounts: AccountCounts;
  /** The accounts with the most conflicts, most first (the "by account" view). */
  topAccounts: AccountRow[];
  accountTotal: number;
}

/**
 * The accounts with conflicts and how many each has (`counts[i]` is `ids[i]`'s), kept as an id
 * list and a typed array: ~73,000 [id, count] pairs at full size were as many objects to read
 * from the worker and to collect again, where this is the ids alone.
 */
export interface AccountCounts {
  ids: string[];
  counts: Int32Array;
}

export interface AccountRow {
  id: string;
  name: string;
  tier: number | null;
  primaryTeam: string | null;
  conflicts: number;
}

/** The plan detection runs on; motions and accounts only as stamps, the worker reads them. */
export interface SyncPlan {
  /** Changes whenever motions change; the worker re-reads them from the store. */
  motionsStamp: number;
  blackouts: Blackout[];
  settings: Settings;
  /** Changes whenever accounts change; the worker re-reads them from the store. */
  accountsStamp: number;
  /** Changes whenever contacts change (person pressure); the worker re-reads them. */
  contactsStamp: number;
}

/** What one detection run gives the UI. */
export interface SyncResult {
  /** Without its groups and account counts: those are `parts` calls of summaryPart away. */
  summary: ConflictSummary;
  parts: number;
  ms: number;
  /** True when only the changed motions and accounts were swept again. */
  incremental: boolean;
}

export interface DetectionProgress {
  fraction: number;
}

/**
 * A part of a run's summary: at 100,000 accounts × 1,000 motions a summary holds ~66,000
 * groups and ~73,000 account counts, and one message of them was a main-thread task of
 * ~400 ms to read. The result carries the summary without them; the window then reads the
 * parts one call at a time (each its own short task, with the window's other work between
 * them), and not at all for a run whose plan is already out of date (summaryParts.ts puts
 * them together). Groups travel as columns (groupTable.ts).
 */
export type SummaryPart =
  ({ kind: 'groups' } & GroupColumns) | ({ kind: 'accounts' } & AccountCounts);

export type DetectionEvent = DetectionProgress;

export type GroupRef = GroupSummary['ref'];

export interface GroupAccountsReply {
  total: number;
  accounts: AccountRow[];
  /** All account ids behind the group (for resolutions), up to the limit. */
  ids: string[];
}

/** One resolution's preview; null for accepting (which changes no conflict but the group's). */
export type ResolutionPreview = (Consequences & { ms: number }) | null;

export type { Conflict, ConflictGroup, Consequences };
