/**
 * `import-owners FILE.csv --workspace WS.json`: loads the owner directory from a Salesforce
 * users report or a HubSpot users export, as the app's "Import users CSV…" does, and fills
 * the owner e-mail of every account whose owner it now knows. A bad cell stops the import
 * (exit 2, nothing written) with file, row and column.
 */
import { formatCsvError } from '../../shared/csv/csvError';
import { importUsersFile } from '../../shared/owners/importUsers';
import { EXIT_UNUSABLE_FILE, done, failed, jsonText, type CliCommand } from '../cliTypes';
import { loadWorkspace, mergeById, stampedWorkspaceText } from '../loadWorkspace';
import type { CommandSpec } from '../parseArgs';

export const IMPORT_OWNERS_SPEC: CommandSpec = {
  values: { workspace: null },
  flags: [],
  required: ['workspace'],
  positionals: [1, 1],
};

export const importOwnersCommand: CliCommand = (args, env) => {
  const path = args.values.workspace as string;
  const json = args.flags.has('json');
  const loaded = loadWorkspace(env, path, { createIfMissing: false });
  if (!loaded.ok) return loaded.result;
  const ws = loaded.data;
  const name = args.positionals[0] as string;
  const bytes = env.readFile(name);
  if (bytes === null) return failed(EXIT_UNUSABLE_FILE, `${name}: there is no such file.`);

  const result = importUsersFile({ name, bytes }, ws, { now: env.now, newId: env.newId });
  if (!result.ok) {
    const errors = result.errors.map((e) => ({ ...e, text: formatCsvError(e) }));
    const stdout = json ? jsonText({ ok: false, written: false, errors }) : '';
    const stderr = `${errors.map((e) => e.text).join('\n')}\nNothing was imported.`;
    return failed(EXIT_UNUSABLE_FILE, stderr, stdout);
  }
  const removed = new Set(result.removedOwners);
  ws.owners = mergeById(
    ws.owners.filter((o) => !removed.has(o.id)),
    result.owners,
  );
  ws.accounts = mergeById(ws.accounts, result.accounts);
  const summary = {
    ok: true,
    written: true,
    workspace: path,
    file: name,
    source: result.source,
    people: result.people,
    added: result.added,
    updated: result.updated,
    accountsFilled: result.accounts.length,
  };
  const text = `Updated ${path}: ${result.people} people in ${name}, ${result.added} new, ${result.updated} updated; ${result.accounts.length} accounts got their owner's e-mail.\n`;
  return done(json ? jsonText(summary) : text, [
    { path, text: stampedWorkspaceText(loaded, ws, env) },
  ]);
};
