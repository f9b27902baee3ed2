/**
 * `merge --workspace MINE.json --theirs THEIRS.json [--prefer mine|theirs] [--json]`: merges a
 * colleague's copy into MINE record by record and field by field (shared/merge) and prints the
 * preview. When both changed a field (or one deleted what the other edited) and no --prefer
 * says who wins, it exits 3 and writes nothing; otherwise MINE is written atomically with the
 * merged data and stamps. THEIRS is only read.
 */
import { applyMergeDecisions } from '../../shared/merge/applyMergeDecisions';
import { MERGE_TABLES } from '../../shared/merge/mergeTables';
import { planMerge, type MergeConflict, type MergePlan } from '../../shared/merge/mergeWorkspaces';
import { sameValue } from '../../shared/merge/mergeTables';
import { serializeWorkspace } from '../../shared/workspace/workspaceFile';
import { EXIT_MERGE_CONFLICTS, done, failed, jsonText, type CliCommand } from '../cliTypes';
import { loadWorkspace, workspaceClock } from '../loadWorkspace';
import type { CommandSpec } from '../parseArgs';

export const MERGE_SPEC: CommandSpec = {
  values: { workspace: null, theirs: null, prefer: ['mine', 'theirs'] },
  flags: [],
  required: ['workspace', 'theirs'],
  positionals: [0, 0],
};

const show = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

function conflictLine(c: MergeConflict): string {
  if (c.kind === 'deletion') {
    return `  ${c.table} "${c.label}" (${c.key}): deleted in ${c.deletedBy === 'mine' ? 'mine' : 'theirs'}, edited in ${c.deletedBy === 'mine' ? 'theirs' : 'mine'}`;
  }
  return `  ${c.table} "${c.label}" (${c.key}) ${c.field}: mine ${show(c.mine)}, theirs ${show(c.theirs)}`;
}

function previewSummary(plan: MergePlan) {
  const tables: Record<
    string,
    { added: number; changed: number; removed: number; conflicts: number }
  > = {};
  for (const table of MERGE_TABLES) {
    const p = plan.preview[table];
    const counts = {
      added: p.added.length,
      changed: p.changed.length,
      removed: p.removed.length,
      conflicts: p.conflicts.length,
    };
    if (counts.added + counts.changed + counts.removed + counts.conflicts > 0)
      tables[table] = counts;
  }
  return tables;
}

function previewText(plan: MergePlan): string {
  const lines: string[] = [];
  for (const [table, c] of Object.entries(previewSummary(plan))) {
    lines.push(
      `${table}: ${c.added} added, ${c.changed} changed, ${c.removed} removed, ${c.conflicts} conflict(s)`,
    );
  }
  if (lines.length === 0) lines.push("Nothing to merge: the colleague's copy holds nothing new.");
  if (plan.conflicts.length > 0) {
    lines.push(`Changed on both sides since the copies diverged (${plan.conflicts.length}):`);
    for (const c of plan.conflicts) lines.push(conflictLine(c));
  }
  return `${lines.join('\n')}\n`;
}

export const mergeCommand: CliCommand = (args, env) => {
  const minePath = args.values.workspace as string;
  const theirsPath = args.values.theirs as string;
  const mine = loadWorkspace(env, minePath, { createIfMissing: false });
  if (!mine.ok) return mine.result;
  const theirs = loadWorkspace(env, theirsPath, { createIfMissing: false });
  if (!theirs.ok) return theirs.result;
  const plan = planMerge(mine, theirs);
  const prefer = args.values.prefer as 'mine' | 'theirs' | undefined;
  const json = args.flags.has('json');
  const conflicts = plan.conflicts.map((c) =>
    c.kind === 'field'
      ? {
          table: c.table,
          key: c.key,
          label: c.label,
          field: c.field,
          mine: c.mine,
          theirs: c.theirs,
        }
      : { table: c.table, key: c.key, label: c.label, deletedBy: c.deletedBy },
  );
  const summary = { tables: previewSummary(plan), conflicts, prefer: prefer ?? null };
  if (plan.conflicts.length > 0 && !prefer) {
    const message = `${plan.conflicts.length} conflict(s) need a decision: run again with --prefer mine or --prefer theirs (or merge in the app, field by field). Nothing was written.`;
    return failed(
      EXIT_MERGE_CONFLICTS,
      message,
      json
        ? jsonText({ ok: false, written: false, error: message, ...summary })
        : previewText(plan),
    );
  }
  const outcome = applyMergeDecisions(plan, { all: prefer }, workspaceClock(env, mine.sync));
  if (!outcome.ok) throw new Error('a merge with a preference left a conflict undecided');
  const unchanged =
    MERGE_TABLES.every((t) => plan.outcomes[t].length === 0) &&
    sameValue(outcome.merged.sync.versionVector, mine.sync.versionVector);
  const text = json
    ? jsonText({ ok: true, written: !unchanged, ...summary })
    : `${previewText(plan)}${unchanged ? `${minePath} is unchanged.` : `Merged ${theirsPath} into ${minePath}${plan.conflicts.length > 0 ? ` (conflicts: ${prefer})` : ''}.`}\n`;
  if (unchanged) return done(text);
  return done(text, [
    {
      path: minePath,
      text: serializeWorkspace(outcome.merged.data, env.now, undefined, outcome.merged.sync),
    },
  ]);
};
