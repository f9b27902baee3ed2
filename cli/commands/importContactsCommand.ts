/**
 * `import-contacts FILE.csv... --workspace WS.json`: the app's contacts-and-leads import
 * (Salesforce contact and lead reports, Data Loader files, HubSpot contacts exports) into a
 * workspace file that must exist. Rejected rows stop the import (exit 2, nothing written)
 * with file, row and column, unless --skip-bad-rows. The file is written atomically by
 * cli/main.ts (cli/atomicWrite.ts), and only when the exit code is 0.
 */
import { importContacts } from '../../shared/contacts/contactImport';
import { matchPeople } from '../../shared/contacts/matchAccounts';
import { formatCsvError, noticeOf } from '../../shared/csv/csvError';
import { serializeWorkspace } from '../../shared/workspace/workspaceFile';
import { EXIT_UNUSABLE_FILE, done, failed, jsonText, type CliCommand } from '../cliTypes';
import { loadWorkspace, mergeById } from '../loadWorkspace';
import type { CommandSpec } from '../parseArgs';
import { readImportFiles } from '../importFiles';

export const IMPORT_CONTACTS_SPEC: CommandSpec = {
  values: { workspace: null, encoding: null },
  flags: ['skip-bad-rows'],
  required: ['workspace'],
  positionals: [1, Number.POSITIVE_INFINITY],
};

export const importContactsCommand: CliCommand = (args, env) => {
  const path = args.values.workspace as string;
  const json = args.flags.has('json');
  const loaded = loadWorkspace(env, path, { createIfMissing: false });
  if (!loaded.ok) return loaded.result;
  const ws = loaded.data;
  const read = readImportFiles(env, args.positionals, args.values.encoding);
  if (!read.ok) return read.result;
  const files = read.files;
  const remembered = Object.fromEntries(ws.columnMappings.map((m) => [m.signature, m.mapping]));
  const preview = importContacts(files, ws.contacts, {
    now: env.now,
    newId: env.newId,
    remembered,
  });
  if (!preview.ok) {
    const errors = preview.errors.map((e) => ({ ...e, text: formatCsvError(e) }));
    const stdout = json ? jsonText({ ok: false, written: false, errors }) : '';
    return failed(
      EXIT_UNUSABLE_FILE,
      `${errors.map((e) => e.text).join('\n')}\nNothing was imported.`,
      stdout,
    );
  }
  const rejected = preview.rejected.map(({ file, row, column, value, reason }) => ({
    file,
    row,
    column,
    value,
    reason,
  }));
  const skip = args.flags.has('skip-bad-rows');
  const blocked = rejected.length > 0 && !skip;
  const contacts = mergeById(ws.contacts, preview.put);
  const matched = blocked
    ? 0
    : matchPeople(ws.accounts, contacts).filter((m) => m.account >= 0).length;
  const summary = {
    ok: !blocked,
    written: !blocked,
    workspace: path,
    files: preview.files.map((f) => ({
      name: f.name,
      rows: f.rows,
      source: f.source,
      notices: f.notices,
    })),
    counts: preview.counts,
    unchanged: preview.unchanged,
    people: contacts.length,
    matched,
    rejected,
  };
  const rejectedLines = rejected.map(
    (r) => `${r.file}, row ${r.row}${r.column ? `, column "${r.column}"` : ''}: ${r.reason}`,
  );
  if (blocked) {
    const stderr = [
      ...rejectedLines,
      `${preview.counts.rejected} row(s) rejected; nothing was imported. Fix the file, or pass --skip-bad-rows to import the other rows.`,
    ].join('\n');
    return failed(EXIT_UNUSABLE_FILE, stderr, json ? jsonText(summary) : '');
  }
  ws.contacts = contacts;
  ws.importBatches.push({
    id: env.newId(),
    kind: 'contacts',
    files: preview.files.map((f) => f.name),
    at: env.now,
    counts: preview.counts,
  });
  const { counts } = preview;
  const text = `Updated ${path}: ${counts.new} new, ${counts.updated} updated, ${counts.merged} merged, ${counts.rejected} rejected; ${matched} of ${contacts.length} people matched to an account.\n`;
  const noticeLines = json
    ? []
    : preview.files.flatMap((f) => f.notices.map((n) => noticeOf(f.name, n)));
  const stderrLines = skip ? [...rejectedLines, ...noticeLines] : noticeLines;
  return done(
    json ? jsonText(summary) : text,
    [{ path, text: serializeWorkspace(ws, env.now) }],
    stderrLines.length > 0 ? `${stderrLines.join('\n')}\n` : '',
  );
};
