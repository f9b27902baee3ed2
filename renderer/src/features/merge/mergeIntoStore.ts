/**
 * Merging a colleague's workspace file into the open workspace: read and check the file,
 * plan the merge against the store as it is now (shared/merge), and, once the user has
 * decided every conflict, write the result as one transaction and one undo step. The rows
 * the merge changes keep the stamps the merge gave them (not new ones of this installation),
 * so merging back the other way finds them already seen.
 */
import type { OpenedFile } from '../../platform/platform';
import {
  checkWorkspaceDocument,
  parseWorkspaceJson,
  type ParseResult,
} from '../../../../shared/workspace/workspaceFile';
import { planMerge, type MergePlan } from '../../../../shared/merge/mergeWorkspaces';
import {
  resolveMerge,
  type MergeDecisions,
  type MergeResolution,
} from '../../../../shared/merge/applyMergeDecisions';
import { createHlc, type Stamp } from '../../../../shared/merge/hlc';
import { MERGE_TABLES } from '../../../../shared/merge/mergeTables';
import { dict, type RowStamps } from '../../../../shared/merge/syncState';
import type { StampsEntry } from '../../../../shared/merge/changeLog';
import { readThenCommit, type ChangeSet } from '../../store/changes';
import { applyWritten } from '../../store/applyChanges';
import type { WrittenElsewhere } from '../../store/history';
import type { TableName } from '../../store/db';
import { lastLogSeq, readStampedWorkspaceAt, readSyncClock } from '../../store/syncLog';
import type { PhaseTimer } from './previewPhases';

export interface PreparedMerge {
  fileName: string;
  plan: MergePlan;
  /** The change log's newest entry when the plan was made: a write since stales the plan. */
  seq: number | null;
}

export type PrepareResult = { ok: true; merge: PreparedMerge } | { ok: false; error: string };

export interface PrepareOptions {
  /** Told as each phase ends (the preview reports them). */
  timer?: PhaseTimer;
  /**
   * Empty `file.bytes` once decoded: the worker's own copy of 91 MB that the plan does not
   * need (the message that brought it would otherwise hold it until the reply).
   */
  letGoOfBytes?: boolean;
  /**
   * A read of the store already under way in this thread (the worker's warm-up, begun while
   * the file picker was open): the preview's own read waits for it, then finds the accounts
   * read (only what was written since is read again) instead of reading them a second time.
   */
  after?: Promise<unknown> | null;
}

/** Reads and checks the file and plans the merge; a bad file changes nothing. */
export async function prepareMerge(
  file: OpenedFile,
  { timer, letGoOfBytes = false, after = null }: PrepareOptions = {},
): Promise<PrepareResult> {
  // The store is read while the file is decoded, parsed and checked (the read does not
  // depend on the file): IndexedDB reads in its own process meanwhile. The plan is still made
  // against the store as this read finds it, after the file is read.
  const read = () => readStampedWorkspaceAt((phase) => timer?.mark(phase));
  const stored = after ? after.then(read, read) : read();
  const theirs = readTheirFile(file, letGoOfBytes, timer);
  if (!theirs.ok) {
    stored.catch(() => undefined);
    return { ok: false, error: `${theirs.error} Nothing was merged.` };
  }
  const { workspace, seq } = await stored;
  const plan = planMerge(workspace, { data: theirs.data, sync: theirs.sync });
  timer?.mark('plan');
  return { ok: true, merge: { fileName: file.name, plan, seq } };
}

/** The colleague's file decoded, parsed and checked; its text is not kept. */
function readTheirFile(file: OpenedFile, letGoOfBytes: boolean, timer?: PhaseTimer): ParseResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return { ok: false, error: `${file.name}: this is not a text file (not UTF-8).` };
  }
  if (letGoOfBytes) file.bytes = new Uint8Array(0);
  timer?.mark('decode');
  const json = parseWorkspaceJson(text, file.name);
  timer?.mark('parse');
  if (!json.ok) return json;
  const checked = checkWorkspaceDocument(json.doc, file.name);
  timer?.mark('check');
  return checked;
}

export type MergeResult =
  { ok: true; changed: number; decided: number } | { ok: false; error: string; undecided?: number };

/**
 * What the merge writes: only the rows it puts or deletes, and their stamps, in one stamps
 * entry of the change log (never the tables that stay as they are).
 */
export function mergeWrite(resolved: Extract<MergeResolution, { ok: true }>): {
  changes: ChangeSet;
  stamps: StampsEntry;
  rows: number;
} {
  const changes: ChangeSet = {};
  const stamps: StampsEntry = {
    kind: 'stamps',
    stamps: {},
    tombstones: {},
    versionVector: resolved.versionVector,
  };
  let rows = 0;
  for (const table of MERGE_TABLES) {
    const t = resolved.tables[table];
    if (!t) continue;
    const put: unknown[] = [];
    // Without a prototype: a row id may be "__proto__".
    const rowStamps: Record<string, RowStamps> = dict(undefined);
    for (const [key, { row, stamps: rs }] of t.put) {
      put.push(table === 'settings' ? { key: 'settings', value: row } : row);
      rowStamps[key] = rs;
    }
    const del = [...t.removed.keys()];
    const tombs: Record<string, Stamp> = dict(undefined);
    for (const [key, tomb] of t.removed) tombs[key] = tomb;
    for (const [key, tomb] of t.tombstones) tombs[key] = tomb;
    rows += put.length + del.length;
    if (put.length > 0 || del.length > 0) changes[table as TableName] = { put, delete: del };
    if (put.length > 0) stamps.stamps[table] = rowStamps;
    if (Object.keys(tombs).length > 0) stamps.tombstones[table] = tombs;
  }
  return { changes, stamps, rows };
}

type Decided =
  | { ok: true; write: ReturnType<typeof mergeWrite>; decided: number }
  | { ok: false; error: string; undecided: number };

async function decideMerge(prepared: PreparedMerge, decisions: MergeDecisions): Promise<Decided> {
  const clockRow = await readSyncClock();
  const clock = createHlc(clockRow.installationId, () => Date.now(), clockRow.last);
  const outcome = resolveMerge(prepared.plan, decisions, clock);
  if (!outcome.ok) {
    return {
      ok: false,
      undecided: outcome.undecided.length,
      error: `${outcome.undecided.length.toLocaleString()} conflicts still need a decision; nothing was merged.`,
    };
  }
  return { ok: true, write: mergeWrite(outcome), decided: outcome.decided };
}

const staleMessage = (fileName: string) =>
  `The workspace changed since the preview of ${fileName}; nothing was merged. Open the merge again to see it with the change.`;

/**
 * Applies the decisions and writes the merge as one undo step (in the window). Refused, with
 * nothing written, when a conflict is undecided or the workspace changed since the preview.
 */
export async function applyMerge(
  prepared: PreparedMerge,
  decisions: MergeDecisions,
  onProgress?: (done: number, total: number) => void,
): Promise<MergeResult> {
  const decided = await decideMerge(prepared, decisions);
  if (!decided.ok) return decided;
  const { changes, stamps, rows } = decided.write;
  return readThenCommit<MergeResult>(
    async () => {
      if ((await lastLogSeq()) !== prepared.seq) {
        const refused: MergeResult = { ok: false, error: staleMessage(prepared.fileName) };
        return { label: '', changes: null, result: refused };
      }
      const done: MergeResult = { ok: true, changed: rows, decided: decided.decided };
      return { label: `Merge ${prepared.fileName}`, changes, result: done };
    },
    { stamps, onProgress },
  );
}

export type WrittenMerge =
  | { ok: true; written: WrittenElsewhere; changed: number; decided: number }
  | { ok: false; error: string };

/**
 * The same write made in the merge worker: it returns what it replaced, for the window to
 * record as the undo step (commitWritten, which runs this inside the window's write queue).
 */
export async function writeMergeElsewhere(
  prepared: PreparedMerge,
  decisions: MergeDecisions,
  onProgress?: (done: number, total: number) => void,
): Promise<WrittenMerge> {
  const decided = await decideMerge(prepared, decisions);
  if (!decided.ok) return decided;
  if ((await lastLogSeq()) !== prepared.seq) {
    return { ok: false, error: staleMessage(prepared.fileName) };
  }
  const { changes, stamps, rows } = decided.write;
  const written = await applyWritten(changes, {
    stamps,
    onProgress,
    action: `merge ${prepared.fileName}`,
  });
  return { ok: true, written, changed: rows, decided: decided.decided };
}
