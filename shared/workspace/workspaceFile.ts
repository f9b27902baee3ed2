/**
 * The workspace backup file: one JSON document, versioned. Reading is "restore on read":
 * older versions are migrated step by step to the current shape, then every row is validated;
 * any problem is reported with where it is, and nothing is returned to restore.
 */
import type { z } from '../validation/zod';
import { DEFAULT_SETTINGS } from '../domain/defaults';
import type { WorkspaceData } from './workspaceData';
import { ROW_TABLES } from './workspaceData';
import { workspaceFileSchema } from './workspaceFileSchema';
import { WORKSPACE_MIGRATIONS, type WorkspaceMigration } from './migrations';

export const WORKSPACE_FORMAT = 'abm-workbench/workspace';
export const WORKSPACE_VERSION = 2;

export interface WorkspaceFile {
  format: typeof WORKSPACE_FORMAT;
  version: number;
  savedAt: string;
  app: { name: string; version: string };
  data: WorkspaceData;
}

export type ParseResult =
  { ok: true; data: WorkspaceData; migratedFrom: number | null } | { ok: false; error: string };

export function serializeWorkspace(
  data: WorkspaceData,
  savedAt: string,
  appVersion = '0.1.0',
): string {
  const file: WorkspaceFile = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt,
    app: { name: 'ABM Workbench', version: appVersion },
    data,
  };
  return JSON.stringify(file, null, 1);
}

export function parseWorkspaceFile(
  text: string,
  fileName = 'workspace file',
  migrations: readonly WorkspaceMigration[] = WORKSPACE_MIGRATIONS,
  currentVersion = WORKSPACE_VERSION,
): ParseResult {
  const fail = (message: string): ParseResult => ({ ok: false, error: `${fileName}: ${message}` });
  if (text.trim() === '') return fail('the file is empty.');
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return fail(`this is not a JSON file (${(e as Error).message}).`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('this is not an ABM Workbench workspace (no format marker).');
  }
  const head = raw as Record<string, unknown>;
  if (head.format !== WORKSPACE_FORMAT) {
    return fail('this is not an ABM Workbench workspace (no "format": "abm-workbench/workspace").');
  }
  const version = head.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('the file has no valid "version".');
  }
  if (version > currentVersion) {
    return fail(
      `the file is format version ${version}, made by a newer ABM Workbench; this one reads up to version ${currentVersion}. Update the app to open it.`,
    );
  }
  let doc: Record<string, unknown> = head;
  for (let v = version; v < currentVersion; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return fail(`no migration from format version ${v}.`);
    doc = step.migrate(structuredClone(doc));
    doc.version = v + 1;
  }
  const data = doc.data;
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const d = data as Record<string, unknown>;
    // Settings added in later versions take their defaults; rows tables may be absent.
    d.settings = { ...structuredClone(DEFAULT_SETTINGS), ...(d.settings as object | undefined) };
    for (const table of ROW_TABLES) d[table] ??= [];
  }
  const parsed = workspaceFileSchema.safeParse(doc);
  if (!parsed.success) return fail(describeIssue(parsed.error, doc));
  return {
    ok: true,
    data: parsed.data.data as unknown as WorkspaceData,
    migratedFrom: version === currentVersion ? null : version,
  };
}

function describeIssue(error: z.ZodError, doc: Record<string, unknown>): string {
  const issue = error.issues[0];
  if (!issue) return 'the file does not match the workspace format.';
  const path = issue.path.map(String);
  let where = path.join('.');
  // data.accounts.12.name → accounts row 13 (id …), field "name"
  if (path[0] === 'data' && path.length >= 3 && /^\d+$/.test(path[2] ?? '')) {
    const table = path[1] ?? '';
    const index = Number(path[2]);
    const rows = (doc.data as Record<string, unknown[]>)[table];
    const row = rows?.[index] as { id?: unknown } | undefined;
    const id = typeof row?.id === 'string' ? ` (id ${row.id})` : '';
    const field = path.slice(3).join('.');
    where = `${table} row ${index + 1}${id}${field ? `, field "${field}"` : ''}`;
  }
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${where}: ${issue.message}${more}. Nothing was restored.`;
}
