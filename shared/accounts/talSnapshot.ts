/**
 * The quarterly review. A snapshot freezes the TAL as approved for a fiscal quarter; two
 * snapshots (or a snapshot and the live list) diff into added, removed (with reasons), tier
 * changed and owner changed accounts, and a turnover rate warned past the budget.
 *
 * "On the list" means status target. Turnover = (added + removed) ÷ accounts on the earlier
 * list, in percent: the share of the list that changed hands.
 */
import type { Account, IsoDate, IsoDateTime, TalSnapshot, TalSnapshotEntry } from '../domain/types';
import { fiscalQuarterOf } from '../dates/fiscal';

/** Target accounts, plus removed ones so that their reasons survive into the next diff. */
export function snapshotEntries(accounts: readonly Account[]): TalSnapshotEntry[] {
  const entries: TalSnapshotEntry[] = [];
  for (const a of accounts) {
    if (a.status === 'candidate') continue;
    entries.push({
      accountId: a.id,
      name: a.name,
      domain: a.domain,
      tier: a.tier,
      owner: a.owner,
      status: a.status,
      removedReason: a.removedReason,
    });
  }
  return entries;
}

export function createSnapshot(
  accounts: readonly Account[],
  options: {
    id: string;
    date: IsoDate;
    fiscalYearStartMonth: number;
    approvedAt: IsoDateTime;
    approvedBy: string;
  },
): TalSnapshot {
  const q = fiscalQuarterOf(options.date, options.fiscalYearStartMonth);
  return {
    id: options.id,
    quarter: q.label,
    fiscalYear: q.fiscalYear,
    fiscalQuarter: q.quarter,
    approvedAt: options.approvedAt,
    approvedBy: options.approvedBy,
    entries: snapshotEntries(accounts),
  };
}

export interface RemovedEntry {
  entry: TalSnapshotEntry;
  reason: string;
}

export interface ChangedEntry {
  before: TalSnapshotEntry;
  after: TalSnapshotEntry;
}

export interface SnapshotDiff {
  beforeCount: number;
  afterCount: number;
  added: TalSnapshotEntry[];
  removed: RemovedEntry[];
  tierChanged: ChangedEntry[];
  ownerChanged: ChangedEntry[];
  /** Percent, one decimal. */
  turnoverRate: number;
  overBudget: boolean;
}

function removalReason(after: TalSnapshotEntry | undefined): string {
  if (!after) return 'No longer in the workspace';
  if (after.status === 'removed') return after.removedReason || 'Removed (no reason given)';
  return 'Back to candidate';
}

export function diffSnapshots(
  before: readonly TalSnapshotEntry[],
  after: readonly TalSnapshotEntry[],
  turnoverBudgetPercent: number,
): SnapshotDiff {
  const afterById = new Map(after.map((e) => [e.accountId, e]));
  const beforeTargets = before.filter((e) => e.status === 'target');
  const beforeTargetIds = new Set(beforeTargets.map((e) => e.accountId));
  const added: TalSnapshotEntry[] = [];
  const removed: RemovedEntry[] = [];
  const tierChanged: ChangedEntry[] = [];
  const ownerChanged: ChangedEntry[] = [];
  let afterCount = 0;
  for (const e of after) {
    if (e.status !== 'target') continue;
    afterCount++;
    if (!beforeTargetIds.has(e.accountId)) added.push(e);
  }
  for (const b of beforeTargets) {
    const a = afterById.get(b.accountId);
    if (!a || a.status !== 'target') {
      removed.push({ entry: b, reason: removalReason(a) });
      continue;
    }
    if (a.tier !== b.tier) tierChanged.push({ before: b, after: a });
    if (a.owner !== b.owner) ownerChanged.push({ before: b, after: a });
  }
  const base = beforeTargets.length;
  const moved = added.length + removed.length;
  const turnoverRate = base === 0 ? (moved > 0 ? 100 : 0) : Math.round((moved / base) * 1000) / 10;
  return {
    beforeCount: base,
    afterCount,
    added,
    removed,
    tierChanged,
    ownerChanged,
    turnoverRate,
    overBudget: turnoverRate > turnoverBudgetPercent,
  };
}
