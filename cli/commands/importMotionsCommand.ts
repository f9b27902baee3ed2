/**
 * `import-motions FILE.csv --workspace WS.json`: the app's motion CSV import (Salesforce
 * campaign exports or the workbench's own motion CSV) into an existing workspace file.
 * Rejected rows stop the import (exit 2, nothing written) unless --skip-bad-rows.
 * Dates like 03/02/2027 are read in the order a column's own values show, else --date-order,
 * else the workspace's date-order setting; a column that stays ambiguous stops the import.
 */
import { formatCsvError } from '../../shared/csv/csvError';
import type { Motion } from '../../shared/domain/types';
import { previewMotionImport } from '../../shared/motions/importMotions';
import { EXIT_UNUSABLE_FILE, done, failed, jsonText, type CliCommand } from '../cliTypes';
import { loadWorkspace, stampedWorkspaceText } from '../loadWorkspace';
import type { CommandSpec } from '../parseArgs';
import type { DateOrder } from '../../shared/dates/dateOrder';
import { describeAs } from '../../shared/dates/dateOrder';
import { readImportFiles, type ImportFile } from '../importFiles';

export const IMPORT_MOTIONS_SPEC: CommandSpec = {
  values: { workspace: null, 'date-order': ['dmy', 'mdy'], encoding: null },
  flags: ['skip-bad-rows'],
  required: ['workspace'],
  positionals: [1, 1],
};

/** "4 problem(s) in 2 row(s)": one line is listed per problem, and a row can have several. */
function problemCount(problems: number, rows: number): string {
  return rows > 0 ? `${problems} problem(s) in ${rows} row(s)` : `${problems} problem(s)`;
}

export const importMotionsCommand: CliCommand = (args, env) => {
  const path = args.values.workspace as string;
  const file = args.positionals[0] as string;
  const json = args.flags.has('json');
  const loaded = loadWorkspace(env, path, { createIfMissing: false });
  if (!loaded.ok) return loaded.result;
  const ws = loaded.data;
  const read = readImportFiles(env, [file], args.values.encoding);
  if (!read.ok) return read.result;
  const { bytes, encoding } = read.files[0] as ImportFile;

  const dateOrder = args.values['date-order'] as DateOrder | undefined;
  const preview = previewMotionImport(file, bytes, {
    accounts: ws.accounts,
    motions: ws.motions,
    newId: env.newId,
    now: env.now,
    ...(encoding ? { encoding } : {}),
    ...(dateOrder ? { dateOrder } : {}),
    dateOrderSetting: ws.settings.dateOrder,
  });
  const question = preview.dateQuestion;
  if (question) {
    const { example } = question;
    const lines = question.headers.map(
      (header) =>
        `${file}, column "${header}": dates such as ${example.value} (row ${example.row}) can be ${describeAs(example.value, 'dmy')} (day first) or ${describeAs(example.value, 'mdy')} (month first), and no value in the column shows which.`,
    );
    const summary = {
      ok: false,
      written: false,
      workspace: path,
      file,
      dateQuestion: { columns: question.headers, row: example.row, value: example.value },
    };
    return failed(
      EXIT_UNUSABLE_FILE,
      [...lines, 'Pass --date-order dmy or --date-order mdy; nothing was imported.'].join('\n'),
      json ? jsonText(summary) : '',
    );
  }
  const rejected = preview.errors.map((e) => ({
    file: e.file,
    row: e.row ?? null,
    column: e.column ?? null,
    value: e.value ?? null,
    reason: e.message,
  }));
  const skip = args.flags.has('skip-bad-rows');
  const blocked = preview.rows.length === 0 || (rejected.length > 0 && !skip);
  const summary = {
    ok: !blocked,
    written: !blocked,
    workspace: path,
    file,
    format: preview.format,
    counts: { ...preview.counts, merged: 0 },
    rejected,
    notices: preview.notices,
  };
  const lines = preview.errors.map((e) => formatCsvError(e));
  if (blocked) {
    const why =
      preview.rows.length === 0 && rejected.length === 0
        ? `${file}: the file holds no motion.`
        : `${problemCount(lines.length, preview.counts.rejected)}; nothing was imported.${skip || preview.rows.length === 0 ? '' : ' Fix the file, or pass --skip-bad-rows to import the other rows.'}`;
    return failed(EXIT_UNUSABLE_FILE, [...lines, why].join('\n'), json ? jsonText(summary) : '');
  }

  const byId = new Map<string, Motion>(ws.motions.map((m) => [m.id, m]));
  for (const row of preview.rows) byId.set(row.motion.id, row.motion);
  ws.motions = [...byId.values()];
  ws.importBatches.push({
    id: env.newId(),
    kind: 'motions',
    files: [file],
    at: env.now,
    counts: {
      new: preview.counts.new,
      updated: preview.counts.updated,
      merged: 0,
      rejected: preview.counts.rejected,
    },
  });
  const text = `Updated ${path}: ${preview.counts.new} new, ${preview.counts.updated} updated, ${preview.counts.rejected} rejected motion(s).\n`;
  return done(
    json ? jsonText(summary) : text,
    [{ path, text: stampedWorkspaceText(loaded, ws, env) }],
    lines.length > 0 ? `${lines.join('\n')}\n` : '',
  );
};
