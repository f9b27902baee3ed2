/**
 * `import-results FILE.csv... --workspace WS.json`: the app's results import — Salesforce
 * opportunities reports and HubSpot deals exports — into an existing workspace file. Every
 * opportunity is matched to an account (CRM id, then domain, then exact name); unmatched
 * ones are imported and listed. Any bad cell stops the import (exit 2, nothing written), as
 * does a date column whose order no value shows and no --date-order or setting decides.
 */
import { formatCsvError } from '../../shared/csv/csvError';
import type { DateOrder } from '../../shared/dates/dateOrder';
import { describeAs } from '../../shared/dates/dateOrder';
import type { Opportunity } from '../../shared/domain/types';
import { importResults, resultsImportChanges } from '../../shared/results/importOpportunities';
import { serializeWorkspace } from '../../shared/workspace/workspaceFile';
import { EXIT_UNUSABLE_FILE, done, failed, jsonText, type CliCommand } from '../cliTypes';
import { loadWorkspace } from '../loadWorkspace';
import type { CommandSpec } from '../parseArgs';
import { readImportFiles } from '../importFiles';

export const IMPORT_RESULTS_SPEC: CommandSpec = {
  values: { workspace: null, 'date-order': ['dmy', 'mdy'], encoding: null },
  flags: [],
  required: ['workspace'],
  positionals: [1, Number.POSITIVE_INFINITY],
};

/** How many unmatched opportunities the text output names (--json lists them all). */
const UNMATCHED_SHOWN = 20;

export const importResultsCommand: CliCommand = (args, env) => {
  const path = args.values.workspace as string;
  const json = args.flags.has('json');
  const loaded = loadWorkspace(env, path, { createIfMissing: false });
  if (!loaded.ok) return loaded.result;
  const ws = loaded.data;
  const read = readImportFiles(env, args.positionals, args.values.encoding);
  if (!read.ok) return read.result;
  const files = read.files;
  const dateOrder = args.values['date-order'] as DateOrder | undefined;
  const preview = importResults(files, {
    accounts: ws.accounts,
    existing: ws.opportunities,
    now: env.now,
    ...(dateOrder ? { dateOrder } : {}),
    dateOrderSetting: ws.settings.dateOrder,
  });
  if (!preview.ok) {
    return failed(
      EXIT_UNUSABLE_FILE,
      [...preview.errors.map(formatCsvError), 'Nothing was imported.'].join('\n'),
      json ? jsonText({ ok: false, written: false, workspace: path, errors: preview.errors }) : '',
    );
  }
  const question = preview.dateQuestion;
  if (question) {
    const { example } = question;
    const lines = question.headers.map(
      (header) =>
        `Column "${header}": dates such as ${example.value} (row ${example.row}) can be ${describeAs(example.value, 'dmy')} (day first) or ${describeAs(example.value, 'mdy')} (month first), and no value in the column shows which.`,
    );
    return failed(
      EXIT_UNUSABLE_FILE,
      [...lines, 'Pass --date-order dmy or --date-order mdy; nothing was imported.'].join('\n'),
      json ? jsonText({ ok: false, written: false, workspace: path, dateQuestion: question }) : '',
    );
  }
  const unmatched = preview.unmatched.map((u) => ({
    file: u.file,
    row: u.row,
    id: u.opportunity.crmId,
    name: u.opportunity.name,
    reason: u.reason,
  }));
  const summary = {
    ok: preview.canImport,
    written: preview.canImport,
    workspace: path,
    files: preview.files,
    counts: preview.counts,
    matchedBy: preview.matchedBy,
    unmatched,
    errors: preview.errors,
    notices: preview.notices,
  };
  if (!preview.canImport) {
    const lines = preview.errors.map(formatCsvError);
    const why =
      lines.length === 0
        ? 'The files hold no opportunity; nothing was imported.'
        : `${lines.length} problem(s) in ${preview.counts.rejected} row(s); nothing was imported. Fix the file and import it again.`;
    return failed(EXIT_UNUSABLE_FILE, [...lines, why].join('\n'), json ? jsonText(summary) : '');
  }

  const { counts } = preview;
  // A file already imported changes nothing: the workspace is left as it was (no new import
  // batch, no new modified time), so re-running a scheduled import is safe and quiet.
  if (counts.new + counts.updated === 0) {
    const text = `Nothing changed in ${path}: all ${counts.unchanged} opportunit${counts.unchanged === 1 ? 'y is' : 'ies are'} already there as in the file${counts.unmatched > 0 ? ` (${counts.unmatched} of them with no account)` : ''}; the workspace was not written.\n`;
    return done(json ? jsonText({ ...summary, written: false }) : text, []);
  }
  const { opportunities, batch } = resultsImportChanges(preview, env.newId(), env.now);
  const byId = new Map<string, Opportunity>(ws.opportunities.map((o) => [o.id, o]));
  for (const o of opportunities) byId.set(o.id, o);
  ws.opportunities = [...byId.values()];
  ws.importBatches.push(batch);
  const lines = [
    `Updated ${path}: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged opportunit${counts.new + counts.updated + counts.unchanged === 1 ? 'y' : 'ies'}; matched by CRM id ${preview.matchedBy['crm id']}, by domain ${preview.matchedBy.domain}, by name ${preview.matchedBy.name}; ${counts.unmatched} unmatched.`,
  ];
  for (const u of unmatched.slice(0, UNMATCHED_SHOWN)) {
    lines.push(`  unmatched: ${u.file}, row ${u.row}: ${u.name || u.id}: ${u.reason}`);
  }
  if (unmatched.length > UNMATCHED_SHOWN) {
    lines.push(`  … and ${unmatched.length - UNMATCHED_SHOWN} more (--json lists them all).`);
  }
  return done(json ? jsonText(summary) : `${lines.join('\n')}\n`, [
    { path, text: serializeWorkspace(ws, env.now) },
  ]);
};
