// Small stamped workspaces and scripted edits for the merge tests.
import type { Motion, Team } from '../../../shared/domain/types';
import { createHlc, type HybridLogicalClock } from '../../../shared/merge/hlc';
import type { StampedWorkspace } from '../../../shared/merge/mergeWorkspaces';
import { stampEdits } from '../../../shared/merge/stampEdits';
import { emptySync } from '../../../shared/merge/syncState';
import { emptyWorkspace, type WorkspaceData } from '../../../shared/workspace/workspaceData';
import { makeAccount } from '../workspace/fixtures';

export function makeMotion(patch: Partial<Motion> = {}): Motion {
  return {
    id: 'm1',
    name: 'Q1 nurture',
    kind: 'email nurture',
    team: 'Marketing Ops',
    channel: 'email',
    start: '2027-01-04',
    end: '2027-02-26',
    touchesPerWeek: 1,
    theme: 'ROI',
    budget: null,
    status: 'Planned',
    owner: '',
    parentProgram: '',
    color: '#3b82f6',
    audience: { tiers: [1], segments: [], match: 'all', include: [], exclude: [] },
    salesforceId: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

export const TEAMS_BY_INDEX: Team[] = ['Marketing Ops', 'Sales Ops', 'Marketing', 'Sales'];

/** A workspace of `accounts` accounts and `motions` motions, unstamped (as migrated). */
export function baseWorkspace(accounts = 4, motions = 3): StampedWorkspace {
  const data = emptyWorkspace();
  for (let i = 0; i < accounts; i++) {
    data.accounts.push(makeAccount({ id: `acc-${i}`, name: `Account ${i}`, tier: 2 }));
  }
  for (let i = 0; i < motions; i++) {
    data.motions.push(
      makeMotion({ id: `mot-${i}`, name: `Motion ${i}`, team: TEAMS_BY_INDEX[i % 4] ?? 'Sales' }),
    );
  }
  return { data, sync: emptySync() };
}

/** A clock on a scripted wall time that only moves when told (ties exercise the counter). */
export function testClock(
  id: string,
  start = 1_800_000_000_000,
): {
  clock: HybridLogicalClock;
  advance: (ms: number) => void;
} {
  let t = start;
  return { clock: createHlc(id, () => t), advance: (ms) => (t += ms) };
}

/** One edit of a copy through a function on a clone of its data, stamped like the CLI's. */
export function edit(
  ws: StampedWorkspace,
  clock: HybridLogicalClock,
  change: (data: WorkspaceData) => void,
): StampedWorkspace {
  const after = structuredClone(ws.data);
  change(after);
  return { data: after, sync: stampEdits(ws.data, after, ws.sync, clock).sync };
}

/** A copy's data in a form where row order does not matter. */
export function canonical(data: WorkspaceData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [table, rows] of Object.entries(data)) {
    out[table] = Array.isArray(rows)
      ? [...(rows as { id?: string; signature?: string }[])].sort((a, b) =>
          String(a.id ?? a.signature).localeCompare(String(b.id ?? b.signature)),
        )
      : rows;
  }
  return out;
}
