/**
 * Accepting the ticked changes: one commit() (one undo step) that writes the rows the worker
 * computed, made only when every row is still stored as the proposal read it. A row changed
 * since (an edit in the calendar while the proposal was open) refuses the write with a
 * message and changes nothing, instead of writing over that edit with the proposal's copy.
 */
import { readThenCommit, type ChangeSet } from '../../store/changes';
import { readRows } from '../../store/reads';
import { nextTask } from '../accounts/slicedWork';
import type { PlanWrite, RowChange } from './plannerProtocol';

type PlanTable = keyof PlanWrite;
const TABLES: readonly PlanTable[] = ['motions', 'accounts', 'conflictAcceptances'];

/**
 * Rows compared per task: a motion of a big plan holds long account lists, and printing
 * hundreds of them in one go was a main-thread task of its own.
 */
const ROWS_PER_TASK = 100;

async function changedSince(
  table: PlanTable,
  rows: readonly RowChange<{ id: string }>[],
): Promise<number> {
  let changed = 0;
  // Read a slice at a time too: a hundred big motion rows are a short task to read, a
  // thousand were not.
  for (let i = 0; i < rows.length; i += ROWS_PER_TASK) {
    if (i > 0) await nextTask();
    const slice = rows.slice(i, i + ROWS_PER_TASK);
    const stored = new Map(
      (
        await readRows(
          table,
          slice.map((r) => r.after.id),
        )
      ).map((r) => [r.id, r]),
    );
    for (const r of slice) {
      const now = stored.get(r.after.id);
      if ((now && JSON.stringify(now)) !== (r.before && JSON.stringify(r.before))) changed++;
    }
  }
  return changed;
}

/** Null when written; otherwise why nothing was written. */
export function acceptPlan(write: PlanWrite, label: string): Promise<string | null> {
  return readThenCommit(async () => {
    let stale = 0;
    for (const t of TABLES) stale += await changedSince(t, write[t]);
    if (stale > 0) {
      return {
        label,
        changes: null,
        result: `Nothing was changed: ${stale} of the rows the proposal changes were edited after it was made. Propose again.`,
      };
    }
    const changes: ChangeSet = {};
    for (const t of TABLES)
      if (write[t].length > 0) changes[t] = { put: write[t].map((r) => r.after) };
    return { label, changes, result: null };
  });
}
