/**
 * Runs the workspace file's migrations from the version a file says it is to the current one.
 * Before each step it asks the step whether the document really is in the layout of that
 * version; after each step it checks, for every table, that the step kept every row it read.
 * A step that would lose rows is a bug in the app, and the file is refused rather than restored
 * short: "nothing lost" holds whatever a future migration does.
 */
import type { WorkspaceMigration } from './migrations';

export type MigrationOutcome =
  { ok: true; doc: Record<string, unknown> } | { ok: false; error: string };

/** The parts of a document that are not tables, in every version. */
const HEAD_FIELDS = new Set(['format', 'version', 'savedAt', 'app', 'data']);

/**
 * Rows per table, wherever the version keeps its tables: top-level lists (version 0) and the
 * lists inside "data" (version 1 on), summed by table name so a step that moves a table from one
 * place to the other keeps its count.
 */
export function countRows(doc: Record<string, unknown>): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (holder: Record<string, unknown>, skip: Set<string> | null) => {
    for (const [table, rows] of Object.entries(holder)) {
      if (skip?.has(table) || !Array.isArray(rows)) continue;
      counts.set(table, (counts.get(table) ?? 0) + rows.length);
    }
  };
  add(doc, HEAD_FIELDS);
  const data = doc.data;
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    add(data as Record<string, unknown>, null);
  }
  return counts;
}

export function runMigrations(
  doc: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
  migrations: readonly WorkspaceMigration[],
): MigrationOutcome {
  let current = doc;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, error: `no migration from format version ${v}.` };
    const refusal = step.refuses?.(current) ?? null;
    if (refusal !== null) return { ok: false, error: `${refusal}.` };
    const before = countRows(current);
    const next = step.migrate(structuredClone(current));
    next.version = v + 1;
    const after = countRows(next);
    for (const [table, read] of before) {
      const kept = after.get(table) ?? 0;
      if (kept < read) {
        return {
          ok: false,
          error: `upgrading from format version ${v} to ${v + 1} would lose rows of "${table}" (${read} read, ${kept} kept); this is a bug in ABM Workbench, please report it with the file.`,
        };
      }
    }
    current = next;
  }
  return { ok: true, doc: current };
}
