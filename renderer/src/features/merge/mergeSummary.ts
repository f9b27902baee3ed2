/**
 * What the merge preview shows, made where the plan is (the merge worker) and small enough to
 * send to the window: per table the counts, the conflicts with both values, the motions in
 * conflict (for "theirs for all motions of team X") and this workspace's RACI grids (for the
 * ownership defaults). The plan itself, with 100,000 rows a side, stays in the worker.
 */
import type { Motion, RaciGrid } from '../../../../shared/domain/types';
import { MERGE_TABLES, type MergeTable } from '../../../../shared/merge/mergeTables';
import type { MergeConflict, MergePlan } from '../../../../shared/merge/mergeWorkspaces';
import type { MotionSource } from '../../../../shared/merge/applyMergeDecisions';

export interface TableCounts {
  added: number;
  changed: number;
  removed: number;
  conflicts: number;
}

export interface MergeSummary extends MotionSource {
  fileName: string;
  counts: Record<MergeTable, TableCounts>;
  conflicts: MergeConflict[];
  raciGrids: RaciGrid[];
}

export function summarize(fileName: string, plan: MergePlan): MergeSummary {
  const counts = {} as Record<MergeTable, TableCounts>;
  for (const t of MERGE_TABLES) {
    const p = plan.preview[t];
    counts[t] = {
      added: p.added.length,
      changed: p.changed.length,
      removed: p.removed.length,
      conflicts: p.conflicts.length,
    };
  }
  const inConflict = new Set(plan.conflicts.filter((c) => c.table === 'motions').map((c) => c.key));
  const motionsOf = (motions: readonly Motion[]) => motions.filter((m) => inConflict.has(m.id));
  return {
    fileName,
    counts,
    conflicts: plan.conflicts,
    raciGrids: plan.mine.data.raciGrids,
    mine: { data: { motions: motionsOf(plan.mine.data.motions) } },
    theirs: { data: { motions: motionsOf(plan.theirs.data.motions) } },
  };
}
