/**
 * `export --workspace WS.json --profile NAME --out FILE [--mode crm|excel]`: one export
 * profile (built-in or saved generic) written to FILE; a profile that writes several files
 * (Salesforce update / new, split below 50,000 rows) names them FILE-<part>.csv. Rows that
 * fail validation stop the export (exit 2, nothing written) unless --skip-bad-rows.
 */
import { runExport } from '../../shared/export/exportProfiles';
import type { ExportMode } from '../../shared/export/exportTypes';
import { tableFileName } from '../../shared/export/exportColumns';
import { errorRows, formatProblem } from '../../shared/export/problemsCsv';
import { renderExport } from '../../shared/export/renderExport';
import {
  EXIT_UNUSABLE_FILE,
  EXIT_USAGE,
  done,
  failed,
  jsonText,
  type CliCommand,
  type CliWrite,
} from '../cliTypes';
import { loadWorkspace } from '../loadWorkspace';
import type { CommandSpec } from '../parseArgs';

export const EXPORT_SPEC: CommandSpec = {
  values: {
    workspace: null,
    profile: null,
    out: null,
    mode: ['crm', 'excel'],
    grid: null,
    motion: null,
  },
  flags: ['skip-bad-rows'],
  required: ['workspace', 'profile', 'out'],
  positionals: [0, 0],
};

/** 'out/tal.csv' + 'new-2' → 'out/tal-new-2.csv'. */
export function partPath(out: string, part: string): string {
  const slash = Math.max(out.lastIndexOf('/'), out.lastIndexOf('\\'));
  const dot = out.lastIndexOf('.');
  return dot > slash + 1 ? `${out.slice(0, dot)}-${part}${out.slice(dot)}` : `${out}-${part}`;
}

export const exportCommand: CliCommand = (args, env) => {
  const json = args.flags.has('json');
  const loaded = loadWorkspace(env, args.values.workspace as string, { createIfMissing: false });
  if (!loaded.ok) return loaded.result;
  const options: { grid?: string; motion?: string; now: string } = { now: env.now };
  if (args.values.grid !== undefined) options.grid = args.values.grid;
  if (args.values.motion !== undefined) options.motion = args.values.motion;
  const run = runExport(loaded.data, args.values.profile as string, options);
  if (!run.ok) return failed(EXIT_USAGE, run.error);
  const { result } = run;
  const nameOf = (suffix: string) => tableFileName(result.baseName, suffix, result.extension);
  const tableRows = (name: string) =>
    result.tables.find((t) => nameOf(t.suffix) === name)?.rows.length ?? 0;
  const mode = (args.values.mode ?? 'crm') as ExportMode;
  const skip = args.flags.has('skip-bad-rows');
  const badRows = errorRows(result.problems).size;
  const blocked = badRows > 0 && !skip;
  const out = args.values.out as string;
  const whole = `${result.baseName}.${result.extension}`;
  const single =
    result.render !== undefined ||
    (result.tables.length === 1 && nameOf(result.tables[0]?.suffix ?? '') === whole);
  // The path a table's file is written at: what messages name (not the profile's own name).
  const pathOf = (name: string) =>
    single && name === whole
      ? out
      : name.startsWith(`${result.baseName}-`)
        ? partPath(out, name.slice(result.baseName.length + 1, -(result.extension.length + 1)))
        : name;
  const problems = result.problems.map((p) => {
    const named = { ...p, file: pathOf(p.file) };
    return { ...named, text: formatProblem(named) };
  });
  const rendered = blocked ? [] : renderExport(result, mode, { leaveOutProblemRows: skip });
  // A file whose every row --skip-bad-rows left out would be a header alone: not written.
  const emptied = rendered.filter((f) => skip && f.rows === 0 && tableRows(f.name) > 0);
  const files = rendered.filter((f) => !emptied.includes(f));
  const writes: (CliWrite & { rows: number | null })[] = files.map((f) => ({
    path: pathOf(f.name),
    text: f.text,
    rows: f.rows,
  }));
  const summary = {
    ok: !blocked,
    profile: args.values.profile,
    mode,
    files: writes.map((w) => ({ path: w.path, rows: w.rows })),
    problems: problems.map(({ text: _text, ...p }) => p),
  };
  if (blocked) {
    const stderr = [
      ...problems.map((p) => p.text),
      `${badRows} row(s) the CRM would reject; nothing was written. Fix them in the workspace, or pass --skip-bad-rows to leave those rows out.`,
    ].join('\n');
    return failed(EXIT_UNUSABLE_FILE, stderr, json ? jsonText(summary) : '');
  }
  const text = writes.map((w) => `Wrote ${w.path}`).join('\n');
  const notes = [...(result.notes ?? []), ...problems.map((p) => p.text)];
  if (badRows > 0) notes.push(`Left out ${badRows} row(s) the CRM would reject.`);
  for (const f of emptied)
    notes.push(`Did not write ${pathOf(f.name)}: the CRM would reject every one of its rows.`);
  const stderr = notes.length > 0 ? `${notes.join('\n')}\n` : '';
  const plainWrites: CliWrite[] = writes.map(({ path, text: body }) => ({ path, text: body }));
  return done(json ? jsonText(summary) : `${text}\n`, plainWrites, stderr);
};
