/**
 * The one way user data is written: commit(label, changes) applies a change set in a single
 * IndexedDB transaction (all or nothing) and records one undo step holding the rows it
 * replaced. undo() and redo() apply those rows back, also in one transaction each.
 */
import { applyChanges } from './applyChanges';
import { UndoHistory, type ChangeSet, type HistoryStep } from './history';

export type { ChangeSet, TableChange } from './history';

export const history = new UndoHistory();

// Writes run one after another, so an undo never interleaves with a commit still in flight
// (its `before` rows would be stale).
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** Writes the changes as one undoable step named `label` (shown as "Undo <label>"). */
export function commit(label: string, changes: ChangeSet): Promise<void> {
  return serialized(async () => {
    const before = await applyChanges(changes);
    if (Object.keys(before).length === 0) return;
    history.record({ label, before, after: changes });
  });
}

/**
 * Records a write made elsewhere (the import Worker, which applies its change set with the
 * same applyChanges) as one undo step. `write` runs in this queue, so nothing interleaves
 * with it, and returns the rows it replaced. What it wrote is not kept here: undo reads it
 * back as it undoes (the rows it replaces are exactly those), which is what redo applies.
 */
export function commitWritten(label: string, write: () => Promise<ChangeSet>): Promise<void> {
  return serialized(async () => {
    const before = await write();
    if (Object.keys(before).length === 0) return;
    history.record({ label, before, after: {} });
  });
}

/** Undoes the latest step; returns its label, or null when there is nothing to undo. */
export function undo(): Promise<string | null> {
  return serialized(async () => {
    const step = history.takeUndo();
    if (!step) return null;
    return replay(step, 'undo', () => history.restoreUndo(step));
  });
}

export function redo(): Promise<string | null> {
  return serialized(async () => {
    const step = history.takeRedo();
    if (!step) return null;
    return replay(step, 'redo', () => history.restoreRedo(step));
  });
}

/**
 * Applies one side of a step and keeps what it replaced as the other side: in a linear
 * history the rows an undo replaces are exactly what the step wrote, and vice versa.
 */
async function replay(
  step: HistoryStep,
  way: 'undo' | 'redo',
  onFail: () => void,
): Promise<string> {
  try {
    if (way === 'undo') step.after = await applyChanges(step.before);
    else step.before = await applyChanges(step.after);
    return step.label;
  } catch (e) {
    onFail();
    throw e;
  }
}
