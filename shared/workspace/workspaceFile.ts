/**
 * The workspace backup file: one JSON document, versioned. Reading is "restore on read":
 * older versions are migrated step by step to the current shape, then every row is validated;
 * any problem is reported with where it is, and nothing is returned to restore. Nothing is
 * filled in or reset on the way: a part the file's version requires and lacks, or holds in the
 * wrong type, refuses the file; only a migration adds what an older version lacked.
 */
import { dict, emptySync, type WorkspaceSync } from '../merge/syncState';
import type { WorkspaceData } from './workspaceData';
import { workspaceFileSchema } from './workspaceFileSchema';
import { WORKSPACE_MIGRATIONS, type WorkspaceMigration } from './migrations';
import { runMigrations } from './migrationRunner';
import { MAX_WORKSPACE_DEPTH, pathDeeperThan } from './nestingDepth';
import { describeIssues, describeValue } from './workspaceIssues';
import { certainlyValidWorkspace } from './fastWorkspaceCheck';

export const WORKSPACE_FORMAT = 'abm-workbench/workspace';
export const WORKSPACE_VERSION = 9;

export interface WorkspaceFile {
  format: typeof WORKSPACE_FORMAT;
  version: number;
  savedAt: string;
  app: { name: string; version: string };
  data: WorkspaceData;
  /** Version stamps, tombstones and version vector for merging copies (format version 7). */
  sync: WorkspaceSync;
}

/** On failure, `error` names the file and the problem; the caller says what did not happen. */
export type ParseResult =
  | { ok: true; data: WorkspaceData; sync: WorkspaceSync; migratedFrom: number | null }
  | { ok: false; error: string };

export function serializeWorkspace(
  data: WorkspaceData,
  savedAt: string,
  appVersion = '0.1.0',
  sync: WorkspaceSync = emptySync(),
): string {
  const file: WorkspaceFile = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt,
    app: { name: 'ABM Workbench', version: appVersion },
    data,
    sync,
  };
  return JSON.stringify(file, null, 1);
}

export function parseWorkspaceFile(
  text: string,
  fileName = 'workspace file',
  migrations: readonly WorkspaceMigration[] = WORKSPACE_MIGRATIONS,
  currentVersion = WORKSPACE_VERSION,
): ParseResult {
  const json = parseWorkspaceJson(text, fileName);
  if (!json.ok) return json;
  return checkWorkspaceDocument(json.doc, fileName, migrations, currentVersion);
}

/** The file's text as JSON, not yet checked (the first half of parseWorkspaceFile). */
export function parseWorkspaceJson(
  text: string,
  fileName = 'workspace file',
): { ok: true; doc: unknown } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: false, error: `${fileName}: the file is empty.` };
  try {
    return { ok: true, doc: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (e) {
    return {
      ok: false,
      error: `${fileName}: this is not a JSON file (${(e as Error).message}).`,
    };
  }
}

/**
 * The second half of parseWorkspaceFile: the parsed document checked (and migrated) as a
 * workspace. Split so a caller can time the two (the merge preview reports its phases).
 */
export function checkWorkspaceDocument(
  raw: unknown,
  fileName = 'workspace file',
  migrations: readonly WorkspaceMigration[] = WORKSPACE_MIGRATIONS,
  currentVersion = WORKSPACE_VERSION,
): ParseResult {
  const fail = (message: string): ParseResult => ({ ok: false, error: `${fileName}: ${message}` });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('this is not an ABM Workbench workspace (no format marker).');
  }
  const head = raw as Record<string, unknown>;
  if (head.format !== WORKSPACE_FORMAT) {
    return fail('this is not an ABM Workbench workspace (no "format": "abm-workbench/workspace").');
  }
  const version = head.version;
  if (version === undefined) return fail('the file has no "version".');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(
      `"version" must be a whole number from 0 to ${currentVersion}, not ${describeValue(version)}.`,
    );
  }
  if (version > currentVersion) {
    return fail(
      `the file is format version ${version}, made by a newer ABM Workbench; this one reads up to version ${currentVersion}. Update the app to open it.`,
    );
  }
  // A file of this version that certainly passes every check below skips them (one fast
  // walk instead of three slow ones: fastWorkspaceCheck.ts); any doubt takes the full path,
  // which names the problem.
  if (
    version === WORKSPACE_VERSION &&
    currentVersion === WORKSPACE_VERSION &&
    certainlyValidWorkspace(head)
  ) {
    return accepted(head, null);
  }
  const tooDeep = pathDeeperThan(head, MAX_WORKSPACE_DEPTH);
  if (tooDeep) {
    return fail(
      `${tooDeep.slice(0, 8).join('.')}…: values are nested more than ${MAX_WORKSPACE_DEPTH} levels deep, which no workspace is.`,
    );
  }
  const migrated = runMigrations(head, version, currentVersion, migrations);
  if (!migrated.ok) return fail(migrated.error);
  const parsed = workspaceFileSchema.safeParse(migrated.doc);
  if (!parsed.success) return fail(describeIssues(parsed.error, migrated.doc));
  return accepted(migrated.doc, version === currentVersion ? null : version);
}

/**
 * The validated document itself, not zod's copy: the schemas only check (no transforms), and
 * the copy would drop a key named "__proto__" (a custom field a CRM export can carry).
 */
function accepted(doc: Record<string, unknown>, migratedFrom: number | null): ParseResult {
  return {
    ok: true,
    data: doc.data as WorkspaceData,
    sync: ownedSync(doc.sync as WorkspaceSync),
    migratedFrom,
  };
}

/**
 * The sync section with its tables as plain entries (a table name may be anything). Each
 * table's record of rows is kept as JSON.parse made it, not copied: it holds every key as an
 * own entry ("__proto__" too), reads go through entry() (syncState.ts), which skips what a
 * plain object inherits, and every writer copies a record with dict() first. Copying the
 * 100,000 rows' stamps into a prototype-less object took over a second in Chromium.
 */
function ownedSync(sync: WorkspaceSync): WorkspaceSync {
  const tables = <T>(byTable: Record<string, Record<string, T>>) => {
    const out = dict<Record<string, T>>(undefined);
    for (const [table, rows] of Object.entries(byTable)) out[table] = rows;
    return out;
  };
  return {
    installationId: sync.installationId,
    versionVector: dict(sync.versionVector),
    stamps: tables(sync.stamps),
    tombstones: tables(sync.tombstones),
  };
}
