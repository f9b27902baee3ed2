/**
 * `conflicts --workspace WS.json [--format text|json|csv]`: the duplicate-outreach
 * conflicts of a workspace file, detected by the app's engine, printed on stdout.
 */
import { writeCsvTable } from '../../shared/csv/writeCsv';
import { exportConflicts, summarizeConflicts } from '../../shared/export/conflictsExport';
import type { ExportMode } from '../../shared/export/exportTypes';
import { done, jsonText, type CliCommand } from '../cliTypes';
import { loadWorkspace } from '../loadWorkspace';
import type { CommandSpec } from '../parseArgs';

export const CONFLICTS_SPEC: CommandSpec = {
  values: { workspace: null, format: ['text', 'json', 'csv'], mode: ['crm', 'excel'] },
  flags: [],
  required: ['workspace'],
  positionals: [0, 0],
};

export const conflictsCommand: CliCommand = (args, env) => {
  const loaded = loadWorkspace(env, args.values.workspace as string, { createIfMissing: false });
  if (!loaded.ok) return loaded.result;
  const format = args.flags.has('json') ? 'json' : (args.values.format ?? 'text');
  if (format === 'csv') {
    const [table] = exportConflicts(loaded.data).tables;
    const mode = (args.values.mode ?? 'crm') as ExportMode;
    return done(table ? writeCsvTable(table, mode) : '');
  }
  const conflicts = summarizeConflicts(loaded.data);
  const counts = { block: 0, warn: 0, info: 0 };
  for (const c of conflicts) counts[c.severity]++;
  if (format === 'json') {
    return done(
      jsonText({
        ok: true,
        count: conflicts.length,
        counts,
        conflicts: conflicts.map((c) => ({
          rule: c.rule,
          severity: c.severity,
          motions: c.motions,
          accountDomains: c.accountDomains,
          accountNames: c.accountNames,
          first: c.first,
          last: c.last,
          explanation: c.explanation,
          status: c.status,
          note: c.note,
          id: c.id,
          ...(c.rule === 'person-pressure' ? { people: c.people } : {}),
        })),
      }),
    );
  }
  const lines = conflicts.map(
    (c) =>
      `${c.severity.toUpperCase().padEnd(5)} ${c.rule.padEnd(16)}${c.status === 'accepted' ? ' (accepted)' : ''} ${c.first}…${c.last}  ${c.accountDomains.join(', ') || c.accountNames.join(', ')}  ${c.motions.join(' ↔ ')}${c.people.length > 0 ? `  people: ${c.people.join(', ')}` : ''}`,
  );
  lines.push(
    `${conflicts.length} conflict(s): ${counts.block} block, ${counts.warn} warn, ${counts.info} info.`,
  );
  return done(`${lines.join('\n')}\n`);
};
