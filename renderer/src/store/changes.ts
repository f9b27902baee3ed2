/**
 * The one way user data is written: commit(label, changes) applies a change set in a single
 * IndexedDB transaction (all or nothing) and records one undo step holding what it replaced:
 * the plain tables' rows, and for the accounts a patch of the fields it changed (see
 * accountPatch.ts). undo() and redo() apply those back, also in one transaction each, and
 * only when the step's rows are still as the step left them: a row changed since (by a later
 * write that is not in this history, e.g. in another tab) refuses the undo with a message,
 * instead of silently overwriting that change.
 */
import { applyChanges } from './applyChanges';
import { isEmptyPatch, type AccountPatch } from './accountPatch';
import type { AccountFieldEdit } from './accountFieldEdit';
import { accountCopy } from './accountPages';
import { readFreshAccounts } from './reads';
import { UndoHistory, type ChangeSet, type HistoryStep, type WrittenElsewhere } from './history';
import { actionOf, StaleRowsError, staleStepMessage, StoreWriteError } from './storeErrors';
import { assertWritable } from './storeStatus';
import type { StampsEntry } from '../../../shared/merge/changeLog';
import type { Account } from '../../../shared/domain/types';

export type { ChangeSet, TableChange, WrittenElsewhere } from './history';
export type { AccountFieldEdit, FieldValues } from './accountFieldEdit';

export const history = new UndoHistory();

// Writes run one after another, so an undo never interleaves with a commit still in flight
// (its `before` rows would be stale).
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** Settles once every write asked for so far has finished (committed or failed). */
export function whenWritten(): Promise<void> {
  return queue.then(() => undefined);
}

export interface CommitOptions {
  /** Rows written so far, of all the rows the commit puts or deletes. */
  onProgress?: (done: number, total: number) => void;
  /** Stamps taken from elsewhere (a merge, a restore) instead of new ones (syncLog.ts). */
  stamps?: StampsEntry;
}

/** Writes the changes as one undoable step named `label` (shown as "Undo <label>"). */
export function commit(
  label: string,
  changes: ChangeSet,
  options: CommitOptions = {},
): Promise<void> {
  return serialized(() => commitNow(label, changes, options));
}

/**
 * Writes a field edit of the accounts (accountFieldEdit.ts: the fields a bulk edit sets on
 * the rows it names) as one undoable step: the store patches the named fields of the named
 * rows, so the write costs what the edit changes, not a diff of every row handed in.
 */
export function commitFieldEdit(
  label: string,
  edit: AccountFieldEdit,
  options: CommitOptions = {},
): Promise<void> {
  return serialized(() => commitNow(label, {}, options, edit));
}

async function commitNow(
  label: string,
  changes: ChangeSet,
  options: CommitOptions,
  edit?: AccountFieldEdit,
): Promise<void> {
  assertWritable();
  const { before, accounts } = await applyChanges(changes, {
    onProgress: options.onProgress,
    action: actionOf(label),
    stamps: options.stamps,
    accounts: edit && { edit },
  });
  const patch = accounts && !isEmptyPatch(accounts) ? accounts : undefined;
  if (Object.keys(before).length === 0 && !patch) return;
  // The accounts' rows are in the patch; the step keeps no copy of them.
  const { accounts: _inPatch, ...after } = changes;
  history.record({ label, before, after, accounts: patch });
}

/** What a readThenCommit plan decided, from the rows it read. */
export interface PlannedWrite<T> {
  label: string;
  /** null writes nothing: the plan found nothing to change, or refused. */
  changes: ChangeSet | null;
  /** Handed back to the caller, e.g. a refusal's message. */
  result: T;
}

/**
 * A write computed from what is stored: `plan` reads the rows it needs (store/reads.ts) and
 * returns the change. The plan runs in the write queue, right before its commit, so no
 * other write of this window (a commit, an undo, the import Worker's write) can land
 * between the read and the write and be overwritten by a change made from older rows;
 * other tabs do not write while this one holds the store (writerLock.ts). The plan must
 * not call commit() itself: that would wait for the queue it is holding.
 */
export function readThenCommit<T>(
  plan: () => Promise<PlannedWrite<T>>,
  options: CommitOptions = {},
): Promise<T> {
  return serialized(async () => {
    assertWritable();
    const { label, changes, result } = await plan();
    if (changes) await commitNow(label, changes, options);
    return result;
  });
}

/**
 * Records a write made elsewhere (the import Worker, which applies its change set with the
 * same applyChanges) as one undo step. `write` runs in this queue, so nothing interleaves
 * with it, and returns the rows it replaced. What it wrote is not kept here, only its rows'
 * fingerprints, to check that undo replaces exactly those; the accounts it added are found
 * in the window's copy right after (findAddedRows), and undo reads them back as it undoes,
 * which is what redo applies.
 */
export function commitWritten(
  label: string,
  write: () => Promise<WrittenElsewhere>,
): Promise<void> {
  return serialized(async () => {
    assertWritable();
    const { before, prints, accounts, rev } = await write();
    const patch = accounts && !isEmptyPatch(accounts) ? accounts : undefined;
    if (Object.keys(before).length === 0 && !patch) return;
    // Recorded at once: the write is durable, and reading its 100,000 rows back took seconds
    // of the import's time. The rows it added are found next in this queue (no undo or
    // other write comes first), once the window's copy is read at what the write left.
    if (accounts) accounts.added.rows = null;
    history.record({ label, before, after: {}, afterPrints: prints, accounts: patch });
    if (patch && patch.added.ids.length > 0) void serialized(() => findAddedRows(patch, rev));
  });
}

/**
 * The rows a write elsewhere added, from the window's copy read again at what it left: by
 * position first (the copy's last rows), else looked up a few thousand ids per task. Should
 * another writer have come in between, they stay unknown, and undo refuses rather than guess.
 */
async function findAddedRows(patch: AccountPatch, rev: string | null): Promise<void> {
  const { ids } = patch.added;
  try {
    await readFreshAccounts();
    patch.added.rows =
      (accountCopy.rev === rev ? accountCopy.lastRows(ids) : null) ?? (await addedRows(ids, rev));
  } catch {
    patch.added.rows = null; // not read: undo refuses, as for a copy that moved on
  }
}

/** Ids looked up per task: 100,000 ids just read from a message took one task of ~200 ms. */
const IDS_PER_TASK = 5000;

/** Lets other tasks (input, paint) run before going on. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The copy's rows of the ids a write elsewhere added, looked up a few thousand per task;
 * null when the copy is not at that write's revision (`rev`) or lacks one of them.
 */
async function addedRows(ids: readonly string[], rev: string | null): Promise<Account[] | null> {
  const rows = new Array<Account>(ids.length);
  for (let i = 0; i < ids.length; i += IDS_PER_TASK) {
    if (i > 0) await nextTask();
    if (accountCopy.rev !== rev) return null;
    const end = Math.min(ids.length, i + IDS_PER_TASK);
    for (let j = i; j < end; j++) {
      const row = accountCopy.get(ids[j] as string);
      if (!row) return null;
      rows[j] = row;
    }
  }
  return accountCopy.rev === rev ? rows : null;
}

/** Undoes the latest step; returns its label, or null when there is nothing to undo. */
export function undo(): Promise<string | null> {
  return serialized(async () => {
    assertWritable();
    const step = history.takeUndo();
    if (!step) return null;
    return replay(step, 'undo', () => history.restoreUndo(step));
  });
}

export function redo(): Promise<string | null> {
  return serialized(async () => {
    assertWritable();
    const step = history.takeRedo();
    if (!step) return null;
    return replay(step, 'redo', () => history.restoreRedo(step));
  });
}

/**
 * Applies one side of a step and keeps what it replaced as the other side: in a linear
 * history the rows an undo replaces are exactly what the step wrote, and vice versa — which
 * the write checks (`expect`) before it replaces anything. A refused or failed step goes
 * back where it was, so the user can still see it and try again.
 */
async function replay(
  step: HistoryStep,
  way: 'undo' | 'redo',
  onFail: () => void,
): Promise<string> {
  const action = `${way} “${step.label}”`;
  try {
    const patch = step.accounts;
    if (way === 'undo') {
      const expect = step.afterPrints ? { prints: step.afterPrints } : { rows: step.after };
      const accounts = patch && { patch, way: 'back' as const };
      step.after = (await applyChanges(step.before, { expect, action, accounts })).before;
      delete step.afterPrints;
    } else {
      const accounts = patch && { patch, way: 'forward' as const };
      const expect = { rows: step.before };
      step.before = (await applyChanges(step.after, { expect, action, accounts })).before;
    }
    return step.label;
  } catch (e) {
    onFail();
    if (e instanceof StaleRowsError) {
      throw new StoreWriteError(staleStepMessage(way, step.label, e.counts), 'stale', { cause: e });
    }
    throw e;
  }
}
