/**
 * Turns a merge plan (mergeWorkspaces.ts) and the user's decisions into the merged workspace,
 * all or nothing: when any conflict is left without a decision, nothing is produced and the
 * undecided conflicts are listed.
 *
 * A conflict decided for theirs takes their value with their stamp. One decided for mine keeps
 * my value under a new stamp from this installation's clock: the decision is an edit made after
 * seeing theirs, so when they merge the result back it wins there without asking again.
 */
import type { Team } from '../domain/types';
import { sideOfTeam } from '../domain/types';
import type { WorkspaceData } from '../workspace/workspaceData';
import { type HybridLogicalClock, type Stamp } from './hlc';
import { MERGE_TABLES, rowKey, tableRows, type MergeTable, type Row } from './mergeTables';
import type { MergeConflict, MergePlan, MergeSide, RowOutcome } from './mergeWorkspaces';
import { conflictId } from './mergeWorkspaces';
import {
  dict,
  fieldStamp,
  mergeVectors,
  noteStamp,
  rowStamps,
  type RowStamps,
  type WorkspaceSync,
} from './syncState';
import type { StampedWorkspace } from './mergeWorkspaces';

/** A default winner for a table, one field of it, or the motions of one side (ownership.ts). */
export interface OwnershipDefault {
  table: MergeTable;
  field?: string;
  /** Motions only: applies to motions of this side's teams. */
  motionSide?: 'marketing' | 'sales';
  winner: MergeSide;
  /** Why, for the preview: "Sales Ops is Accountable for Tiering in RACI grid …". */
  reason: string;
}

/** The user's decisions, from the most specific (a field) to the broadest (everything). */
export interface MergeDecisions {
  /** conflictId(table, key, field) → side. */
  fields?: Record<string, MergeSide>;
  /** conflictId(table, key) → side: every conflict of the record, and a deletion conflict. */
  records?: Record<string, MergeSide>;
  /** "Theirs for all motions of team X": the motion's team as theirs has it, else mine. */
  motionsOfTeam?: Partial<Record<Team, MergeSide>>;
  defaults?: readonly OwnershipDefault[];
  /** Everything else (the CLI's --prefer). */
  all?: MergeSide;
}

export type MergeOutcome =
  | { ok: true; merged: StampedWorkspace; decided: number }
  | { ok: false; undecided: MergeConflict[] };

/** Where a conflict's motion is looked up for its team: a plan, or a summary of one. */
export interface MotionSource {
  mine: { data: Pick<WorkspaceData, 'motions'> };
  theirs: { data: Pick<WorkspaceData, 'motions'> };
}

function motionTeam(plan: MotionSource, key: string): Team | null {
  const find = (data: Pick<WorkspaceData, 'motions'>) =>
    data.motions.find((m) => m.id === key)?.team ?? null;
  return find(plan.theirs.data) ?? find(plan.mine.data);
}

/** The side a conflict goes to under the decisions, or null when none applies. */
export function decide(
  plan: MotionSource,
  conflict: MergeConflict,
  decisions: MergeDecisions,
  motionTeams: Map<string, Team | null> = new Map(),
): MergeSide | null {
  if (conflict.kind === 'field') {
    const byField = decisions.fields?.[conflict.id];
    if (byField) return byField;
  }
  const byRecord = decisions.records?.[conflictId(conflict.table, conflict.key)];
  if (byRecord) return byRecord;
  let team: Team | null = null;
  if (conflict.table === 'motions') {
    if (!motionTeams.has(conflict.key))
      motionTeams.set(conflict.key, motionTeam(plan, conflict.key));
    team = motionTeams.get(conflict.key) ?? null;
    const byTeam = team ? decisions.motionsOfTeam?.[team] : undefined;
    if (byTeam) return byTeam;
  }
  const field = conflict.kind === 'field' ? conflict.field : undefined;
  const applies = (d: OwnershipDefault) =>
    d.table === conflict.table &&
    (d.motionSide === undefined || (team !== null && sideOfTeam(team) === d.motionSide));
  const specific = decisions.defaults?.find(
    (d) => applies(d) && d.field !== undefined && d.field === field,
  );
  if (specific) return specific.winner;
  const tableWide = decisions.defaults?.find((d) => applies(d) && d.field === undefined);
  if (tableWide) return tableWide.winner;
  return decisions.all ?? null;
}

function withField(row: Row, field: string, value: unknown): Row {
  const next = { ...row };
  if (value === undefined) delete next[field];
  else next[field] = value;
  return next;
}

function stampsWith(stamps: RowStamps, field: string, stamp: Stamp): RowStamps {
  if (fieldStamp(stamps, field) === stamp) return stamps;
  const fields = dict(stamps.fields);
  fields[field] = stamp;
  return { base: stamps.base, fields };
}

/** What the merge changes in one table, against mine: nothing else of it moves. */
export interface TableResolution {
  /** Rows put (added or changed), with the stamps they carry after the merge. */
  put: Map<string, { row: Row; stamps: RowStamps }>;
  /** Rows of mine the merge deletes, with their tombstones. */
  removed: Map<string, Stamp>;
  /** Tombstones of rows neither copy holds, newer than mine. */
  tombstones: Map<string, Stamp>;
}

export type MergeResolution =
  | {
      ok: true;
      tables: Partial<Record<MergeTable, TableResolution>>;
      versionVector: Record<string, Stamp>;
      installationId: string;
      decided: number;
    }
  | { ok: false; undecided: MergeConflict[] };

/**
 * The decisions applied to the plan's outcomes: per table only what changes (the store writes
 * just that, never a copy of the 100,000 rows that stay), and the merged version vector.
 */
export function resolveMerge(
  plan: MergePlan,
  decisions: MergeDecisions,
  clock: HybridLogicalClock,
): MergeResolution {
  const teams = new Map<string, Team | null>();
  const undecided = plan.conflicts.filter((c) => decide(plan, c, decisions, teams) === null);
  if (undecided.length > 0) return { ok: false, undecided };

  // The clock must stamp after everything either side has seen.
  for (const s of Object.values(plan.theirs.sync.versionVector)) clock.receive(s);
  for (const s of Object.values(plan.mine.sync.versionVector)) clock.receive(s);
  const versionVector = mergeVectors(plan.mine.sync.versionVector, plan.theirs.sync.versionVector);
  let decided = 0;
  const fresh = () => {
    const s = clock.tick();
    noteStamp(versionVector, s);
    return s;
  };
  const tables: Partial<Record<MergeTable, TableResolution>> = {};
  for (const table of MERGE_TABLES) {
    const outcomes = plan.outcomes[table];
    if (outcomes.length === 0) continue;
    const t: TableResolution = { put: new Map(), removed: new Map(), tombstones: new Map() };
    const remove = (key: string, tomb: Stamp) => {
      t.put.delete(key);
      t.removed.set(key, tomb);
    };
    for (const o of outcomes as RowOutcome[]) {
      if (o.kind === 'put') {
        let row = o.row;
        let rs = o.stamps;
        for (const c of o.conflicts) {
          decided++;
          if (decide(plan, c, decisions, teams) === 'theirs') {
            row = withField(row, c.field, c.theirs);
            rs = stampsWith(
              rs,
              c.field,
              fieldStamp(rowStamps(plan.theirs.sync, table, o.key), c.field),
            );
          } else {
            rs = stampsWith(rs, c.field, fresh());
          }
        }
        t.removed.delete(o.key);
        t.put.set(o.key, { row, stamps: rs });
      } else if (o.kind === 'delete') {
        remove(o.key, o.tombstone);
      } else if (o.kind === 'tombstone') {
        t.tombstones.set(o.key, o.tombstone);
      } else {
        decided++;
        const side = decide(plan, o.conflict, decisions, teams);
        // No new stamp either way: the merged vector has seen both the deletion and the
        // record's edits, so a copy with the other outcome takes this one without asking.
        const keepRow = (side === 'mine') === (o.conflict.deletedBy === 'theirs');
        if (keepRow) {
          t.removed.delete(o.key);
          t.put.set(o.key, { row: o.row, stamps: o.stamps });
        } else remove(o.key, o.tombstone);
      }
    }
    tables[table] = t;
  }
  const installationId = plan.mine.sync.installationId ?? clock.installationId;
  return { ok: true, tables, versionVector, installationId, decided };
}

export function applyMergeDecisions(
  plan: MergePlan,
  decisions: MergeDecisions,
  clock: HybridLogicalClock,
): MergeOutcome {
  const resolved = resolveMerge(plan, decisions, clock);
  if (!resolved.ok) return resolved;
  const mine = plan.mine;
  const sync: WorkspaceSync = {
    installationId: resolved.installationId,
    versionVector: resolved.versionVector,
    stamps: dict(mine.sync.stamps),
    tombstones: dict(mine.sync.tombstones),
  };
  const data = { ...mine.data } as Record<string, unknown>;
  for (const table of MERGE_TABLES) {
    const t = resolved.tables[table];
    if (!t) continue;
    const stamps = dict(sync.stamps[table]);
    const tombs = dict(sync.tombstones[table]);
    for (const [key, { stamps: rs }] of t.put) {
      stamps[key] = rs;
      delete tombs[key];
    }
    for (const [key, tomb] of t.removed) {
      delete stamps[key];
      tombs[key] = tomb;
    }
    for (const [key, tomb] of t.tombstones) tombs[key] = tomb;
    sync.stamps[table] = stamps;
    sync.tombstones[table] = tombs;
    if (table === 'settings') {
      const s = t.put.get('settings');
      if (s) data.settings = s.row;
      continue;
    }
    const puts = new Map(t.put);
    const rows: Row[] = [];
    for (const r of tableRows(mine.data, table)) {
      const key = rowKey(table, r);
      if (t.removed.has(key)) continue;
      const put = puts.get(key);
      if (put) {
        rows.push(put.row);
        puts.delete(key);
      } else rows.push(r);
    }
    for (const { row } of puts.values()) rows.push(row);
    data[table] = rows;
  }
  return {
    ok: true,
    merged: { data: data as unknown as WorkspaceData, sync },
    decided: resolved.decided,
  };
}
