/**
 * `import-accounts FILE.csv... --workspace WS.json`: the app's account import (mapping,
 * normalization, dedupe, merge) over CSV files into a workspace file, created when missing.
 * Rejected rows stop the import (exit 2, nothing written) unless --skip-bad-rows. Same-company
 * records of one CRM merge into one account (reported as crmDuplicates) unless
 * --keep-crm-duplicates keeps them as separate accounts. --encoding reads every file in one
 * encoding instead of the detected one; --empty-values names the placeholders ('n/a', '-')
 * that number columns may hold as empty.
 */
import { exportProfileMappings } from '../../shared/accounts/columnMapping';
import { parseEmptyValuesOption } from '../../shared/accounts/emptyValues';
import { DEFAULT_NEW_ACCOUNT_STATUS, importAccounts } from '../../shared/accounts/importPipeline';
import { MERGE_POLICIES, type MergePolicy } from '../../shared/accounts/mergeAccounts';
import { formatCsvError, noticeOf } from '../../shared/csv/csvError';
import type { Account, AccountStatus } from '../../shared/domain/types';
import { EXIT_UNUSABLE_FILE, done, failed, jsonText, type CliCommand } from '../cliTypes';
import { loadWorkspace, mergeById, stampedWorkspaceText } from '../loadWorkspace';
import type { CommandSpec } from '../parseArgs';
import { readImportFiles } from '../importFiles';

export const IMPORT_ACCOUNTS_SPEC: CommandSpec = {
  values: {
    workspace: null,
    policy: MERGE_POLICIES.map((p) => p.policy),
    status: ['candidate', 'target'],
    encoding: null,
    'empty-values': null,
  },
  flags: ['skip-bad-rows', 'keep-crm-duplicates'],
  required: ['workspace'],
  positionals: [1, Number.POSITIVE_INFINITY],
};

export const importAccountsCommand: CliCommand = (args, env) => {
  const path = args.values.workspace as string;
  const json = args.flags.has('json');
  const loaded = loadWorkspace(env, path, { createIfMissing: true });
  if (!loaded.ok) return loaded.result;
  const ws = loaded.data;

  const read = readImportFiles(env, args.positionals, args.values.encoding);
  if (!read.ok) return read.result;
  const files = read.files;
  const emptyValues = parseEmptyValuesOption(args.values['empty-values'] ?? '');
  const remembered = {
    ...exportProfileMappings(ws.exportProfiles),
    ...Object.fromEntries(ws.columnMappings.map((m) => [m.signature, m.mapping])),
  };
  const preview = importAccounts(files, ws.accounts, {
    policy: (args.values.policy ?? 'fill-empty') as MergePolicy,
    defaultStatus: (args.values.status ?? DEFAULT_NEW_ACCOUNT_STATUS) as AccountStatus,
    now: env.now,
    newId: env.newId,
    profile: ws.icpProfiles[0] ?? null,
    owners: ws.owners,
    remembered,
    emptyValues,
    ...(args.flags.has('keep-crm-duplicates') ? { keepSeparate: 'all' as const } : {}),
  });
  if (!preview.ok) {
    const errors = preview.errors.map((e) => ({ ...e, text: formatCsvError(e) }));
    const stdout = json ? jsonText({ ok: false, written: false, errors }) : '';
    const stderr = `${errors.map((e) => e.text).join('\n')}\nNothing was imported.`;
    return failed(EXIT_UNUSABLE_FILE, stderr, stdout);
  }
  const rejected = preview.rejected.map((r) => ({
    file: r.file,
    row: r.row,
    column: r.column,
    value: r.value,
    reason: r.reason,
  }));
  const skip = args.flags.has('skip-bad-rows');
  const blocked = rejected.length > 0 && !skip;
  const summary = {
    ok: !blocked,
    written: !blocked,
    workspace: path,
    created: loaded.created,
    files: preview.files.map((f) => ({
      name: f.name,
      rows: f.rows,
      source: f.source,
      notices: f.notices,
    })),
    counts: preview.counts,
    crmDuplicateRows: preview.crmDuplicateRows,
    crmDuplicates: preview.crmDuplicates.map((g) => ({
      crm: g.crm,
      domain: g.domain,
      keptId: g.keptId,
      duplicateIds: g.duplicateIds,
      names: g.records.map((r) => r.name),
      mergedInto: g.keptSeparate ? null : g.accountName,
      keptSeparate: g.keptSeparate,
    })),
    rejected,
  };
  const rejectedLines = rejected.map(
    (r) => `${r.file}, row ${r.row}${r.column ? `, column "${r.column}"` : ''}: ${r.reason}`,
  );
  // Placeholders such as "n/a" are rejected like any bad number; say how to import them as empty.
  const notNumbers = [
    ...new Set(rejected.filter((r) => r.reason.endsWith('is not a number')).map((r) => r.value)),
  ];
  const emptyHint =
    notNumbers.length > 0
      ? ` If ${notNumbers
          .slice(0, 5)
          .map((v) => `"${v}"`)
          .join(', ')} mean "no value", pass --empty-values "${notNumbers.slice(0, 5).join(',')}".`
      : '';
  if (blocked) {
    const stderr = [
      ...rejectedLines,
      `${preview.counts.rejected} row(s) rejected; nothing was imported. Fix the file, or pass --skip-bad-rows to import the other rows.${emptyHint}`,
    ].join('\n');
    return failed(EXIT_UNUSABLE_FILE, stderr, json ? jsonText(summary) : '');
  }

  const byId = new Map<string, Account>(ws.accounts.map((a) => [a.id, a]));
  for (const account of preview.put) byId.set(account.id, account);
  ws.accounts = [...byId.values()];
  const removedOwners = new Set(preview.owners.removed);
  ws.owners = mergeById(
    ws.owners.filter((o) => !removedOwners.has(o.id)),
    preview.owners.put,
  );
  ws.importBatches.push({
    id: env.newId(),
    kind: 'accounts',
    files: preview.files.map((f) => f.name),
    at: env.now,
    counts: preview.counts,
  });
  const { counts } = preview;
  const crm = preview.crmDuplicateRows;
  const merges = preview.crmDuplicates.filter((g) => !g.keptSeparate).length;
  const apart = preview.crmDuplicates.length - merges;
  const crmText =
    merges > 0
      ? ` Same company, several CRM records: ${crm.salesforce} Salesforce and ${crm.hubspot} HubSpot row(s) held as duplicate ids by ${merges} account(s); export salesforce-duplicates / hubspot-duplicates for the CRM admin.`
      : '';
  const apartText = apart > 0 ? ` ${apart} same-company group(s) kept as separate accounts.` : '';
  const text = `${loaded.created ? 'Created' : 'Updated'} ${path}: ${counts.new} new, ${counts.updated} updated, ${counts.merged} merged, ${counts.rejected} rejected.${crmText}${apartText}\n`;
  // Without --json the notices (control characters removed, repeated headers) go to stderr.
  const noticeLines = json
    ? []
    : preview.files.flatMap((f) => f.notices.map((notice) => noticeOf(f.name, notice)));
  const stderrLines = skip ? [...rejectedLines, ...noticeLines] : noticeLines;
  return done(
    json ? jsonText(summary) : text,
    [{ path, text: stampedWorkspaceText(loaded, ws, env) }],
    stderrLines.length > 0 ? `${stderrLines.join('\n')}\n` : '',
  );
};
