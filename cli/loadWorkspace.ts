/**
 * Reads the workspace file a command works on, through the app's own parser (validation and
 * migration included). A missing file is an empty workspace only where a command may create
 * one (import-accounts); otherwise it, like an invalid file, is an unusable file (exit 2).
 */
import { createHlc, type HybridLogicalClock } from '../shared/merge/hlc';
import { stampEdits } from '../shared/merge/stampEdits';
import { emptySync, newestKnownStamp, type WorkspaceSync } from '../shared/merge/syncState';
import { emptyWorkspace, type WorkspaceData } from '../shared/workspace/workspaceData';
import { parseWorkspaceFile, serializeWorkspace } from '../shared/workspace/workspaceFile';
import { EXIT_UNUSABLE_FILE, failed, type CliEnv, type CliResult } from './cliTypes';

/** `rows` with `changed` put in (same id replaced, new ids appended), order kept. */
export function mergeById<T extends { id: string }>(
  rows: readonly T[],
  changed: readonly T[],
): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const r of changed) byId.set(r.id, r);
  return [...byId.values()];
}

export type LoadedWorkspace =
  | {
      ok: true;
      data: WorkspaceData;
      /** The file's version stamps (format version 7): edits are stamped against them. */
      sync: WorkspaceSync;
      /** The data as read, untouched by the command, to stamp what it changed. */
      original: WorkspaceData;
      created: boolean;
    }
  | { ok: false; result: CliResult };

export function loadWorkspace(
  env: CliEnv,
  path: string,
  options: { createIfMissing: boolean },
): LoadedWorkspace {
  const bytes = env.readFile(path);
  if (bytes === null) {
    if (options.createIfMissing) {
      return {
        ok: true,
        data: emptyWorkspace(),
        sync: emptySync(),
        original: emptyWorkspace(),
        created: true,
      };
    }
    return {
      ok: false,
      result: failed(
        EXIT_UNUSABLE_FILE,
        `${path}: there is no such workspace file. Create one with import-accounts or save a backup from the app.`,
      ),
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      result: failed(
        EXIT_UNUSABLE_FILE,
        `${path}: the file is not UTF-8 text. Nothing was changed.`,
      ),
    };
  }
  const parsed = parseWorkspaceFile(text, path);
  if (!parsed.ok) {
    return {
      ok: false,
      result: failed(EXIT_UNUSABLE_FILE, `${parsed.error} Nothing was changed.`),
    };
  }
  return {
    ok: true,
    data: parsed.data,
    sync: parsed.sync,
    original: structuredClone(parsed.data),
    created: false,
  };
}

/**
 * The clock of the copy the command edits. The CLI keeps no state of its own, so the
 * installation is the workspace file's: the id it was given by its first stamped edit, or a
 * new one now. Resumed after every stamp the file knows, so stamps never repeat.
 */
export function workspaceClock(env: CliEnv, sync: WorkspaceSync): HybridLogicalClock {
  const wall = Date.parse(env.now);
  return createHlc(
    sync.installationId ?? `cli-${env.newId()}`,
    () => (Number.isNaN(wall) ? 0 : wall),
    newestKnownStamp(sync),
  );
}

/** The workspace file to write: `after` with every edit since it was read stamped. */
export function stampedWorkspaceText(
  loaded: Extract<LoadedWorkspace, { ok: true }>,
  after: WorkspaceData,
  env: CliEnv,
): string {
  const { sync } = stampEdits(
    loaded.original,
    after,
    loaded.sync,
    workspaceClock(env, loaded.sync),
  );
  return serializeWorkspace(after, env.now, undefined, sync);
}
