/**
 * "Try merging" for a newcomer: a colleague's copy of the sample workspace. Dana (Sales Ops)
 * opened the same sample on her laptop, made sales the primary outreach team of the Tier 1
 * targets, became Accountable for "Build TAL" in the ABM responsibility matrix, added a
 * quarter-end blackout and moved the webinar two weeks later; her edits carry her
 * installation's stamps. "Your" edit moves the same webinar one week later, so the merge shows
 * changes from her side only and one record in conflict. Deterministic, like the sample.
 */
import type { IsoDate, Motion, RaciGrid } from '../domain/types';
import { addDays } from '../dates/calendarDate';
import { createHlc } from '../merge/hlc';
import { stampEdits } from '../merge/stampEdits';
import { emptySync } from '../merge/syncState';
import type { StampedWorkspace } from '../merge/mergeWorkspaces';
import type { WorkspaceData } from '../workspace/workspaceData';

export const SAMPLE_COLLEAGUE_FILE = 'dana-sales-ops.abmworkspace.json';
export const SAMPLE_MERGE_MOTION = 'Webinar: ABM in practice';

function moved(motion: Motion, days: number, updatedAt: string): Motion {
  return {
    ...motion,
    start: addDays(motion.start, days),
    end: addDays(motion.end, days),
    updatedAt,
  };
}

/** Your edit of the sample before merging: the webinar a week later (null: not in it). */
export function sampleLocalEdit(sample: WorkspaceData, now: string): Motion | null {
  const webinar = sample.motions.find((m) => m.name === SAMPLE_MERGE_MOTION);
  return webinar ? moved(webinar, 7, now) : null;
}

function withSalesOpsAccountable(grid: RaciGrid): RaciGrid {
  const activity = grid.activities.find((a) => a.name === 'Build TAL');
  const role = grid.roles.find((r) => r.name === 'Sales Ops');
  if (!activity || !role) return grid;
  const key = `${activity.id}:${role.id}`;
  const letters = grid.cells[key] ?? [];
  if (letters.includes('A')) return grid;
  return { ...grid, cells: { ...grid.cells, [key]: [...letters, 'A'] } };
}

/** Dana's copy of `sample` (the sample opened on `today`), with her stamps. */
export function sampleColleagueWorkspace(sample: WorkspaceData, today: IsoDate): StampedWorkspace {
  // Yesterday: her copy is older than anything you do today.
  const at = `${addDays(today, -1)}T16:00:00.000Z`;
  const edited: WorkspaceData = {
    ...sample,
    accounts: sample.accounts.map((a) =>
      a.tier === 1 && a.status === 'target' && a.primaryTeam !== 'sales'
        ? { ...a, primaryTeam: 'sales', updatedAt: at }
        : a,
    ),
    motions: sample.motions.map((m) => (m.name === SAMPLE_MERGE_MOTION ? moved(m, 14, at) : m)),
    blackouts: [
      ...sample.blackouts,
      {
        id: 'sample-colleague-blackout',
        scope: { kind: 'everyone' },
        start: addDays(today, 30),
        end: addDays(today, 33),
        reason: 'Quarter-end close (Dana)',
      },
    ],
    raciGrids: sample.raciGrids.map((g, i) => (i === 0 ? withSalesOpsAccountable(g) : g)),
  };
  let tick = Date.parse(at);
  const clock = createHlc('dana-sales-ops', () => tick++);
  const { sync } = stampEdits(sample, edited, emptySync('dana-sales-ops'), clock);
  return { data: edited, sync };
}
