/**
 * Messages between the conflicts client (main thread) and conflicts.worker.ts. The worker owns
 * the ConflictIndex; the main thread sends the small tables and asks for drill-downs.
 */
import type { Blackout, Motion, Settings } from '../../../../shared/domain/types';
import type { Conflict, ConflictGroup, Resolution } from '../../../../shared/conflicts/types';
import type { Consequences } from '../../../../shared/conflicts/preview';

/** A group as listed: no resolutions (asked for on drill-down), with account counts per tier. */
export interface GroupSummary extends Omit<ConflictGroup, 'resolutions'> {
  /** Accounts per tier slot: [no tier, Tier 1, Tier 2, Tier 3]. */
  byTier: number[];
}

export interface ConflictSummary {
  groups: GroupSummary[];
  /** Motion id → conflicts (account × rule) involving it; contact pressure not included. */
  motionCounts: [string, number][];
  accountCounts: [string, number][];
  /** The accounts with the most conflicts, most first (the "by account" view). */
  topAccounts: AccountRow[];
  accountTotal: number;
}

export interface AccountRow {
  id: string;
  name: string;
  tier: number | null;
  primaryTeam: string | null;
  conflicts: number;
}

export type ToWorker =
  | {
      type: 'sync';
      motions: Motion[];
      blackouts: Blackout[];
      settings: Settings;
      /** Changes whenever accounts change; the worker re-reads them from the store. */
      accountsStamp: number;
    }
  | {
      type: 'groupAccounts';
      requestId: number;
      ref: GroupSummary['ref'];
      tiers: number[] | null;
      limit: number;
    }
  | { type: 'group'; requestId: number; ref: GroupSummary['ref']; rule: GroupSummary['rule'] }
  | { type: 'accountConflicts'; requestId: number; accountId: string }
  | {
      /** What each resolution would clear and create, tried on the index and taken back. */
      type: 'previews';
      requestId: number;
      ref: GroupSummary['ref'];
      tiers: number[] | null;
      resolutions: Resolution[];
    }
  | {
      type: 'conflictRows';
      requestId: number;
      groups: { ref: GroupSummary['ref']; rule: GroupSummary['rule'] }[];
      tiers: number[] | null;
      limit: number;
    };

export type FromWorker =
  | { type: 'progress'; fraction: number }
  | { type: 'summary'; summary: ConflictSummary; ms: number; incremental: boolean }
  | { type: 'reply'; requestId: number; payload: unknown }
  | { type: 'failed'; requestId: number | null; message: string };

export interface GroupAccountsReply {
  total: number;
  accounts: AccountRow[];
  /** All account ids behind the group (for resolutions), up to the limit. */
  ids: string[];
}

/** One resolution's preview; null for accepting (which changes no conflict but the group's). */
export type ResolutionPreview = (Consequences & { ms: number }) | null;

export type { Conflict, ConflictGroup, Consequences };
