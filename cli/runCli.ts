/**
 * The command line's one entry point, pure: arguments and a file reader in, what to print,
 * the exit code and the files to write out. cli/main.ts wires it to Node.
 */
import { EXIT_OK, EXIT_USAGE, type CliCommand, type CliEnv, type CliResult } from './cliTypes';
import { CONFLICTS_SPEC, conflictsCommand } from './commands/conflictsCommand';
import { EXPORT_SPEC, exportCommand } from './commands/exportCommand';
import { IMPORT_ACCOUNTS_SPEC, importAccountsCommand } from './commands/importAccountsCommand';
import { IMPORT_CONTACTS_SPEC, importContactsCommand } from './commands/importContactsCommand';
import { IMPORT_MOTIONS_SPEC, importMotionsCommand } from './commands/importMotionsCommand';
import { IMPORT_OWNERS_SPEC, importOwnersCommand } from './commands/importOwnersCommand';
import { IMPORT_RESULTS_SPEC, importResultsCommand } from './commands/importResultsCommand';
import { MERGE_SPEC, mergeCommand } from './commands/mergeCommand';
import { PLAN_SPEC, planCommand } from './commands/planCommand';
import { QBR_SPEC, qbrCommand } from './commands/qbrCommand';
import { RACI_SPEC, raciCommand } from './commands/raciCommand';
import { parseArgs, type CommandSpec } from './parseArgs';
import { commandHelp, overviewHelp } from './usage';

const COMMANDS: Record<string, { spec: CommandSpec; run: CliCommand }> = {
  'import-accounts': { spec: IMPORT_ACCOUNTS_SPEC, run: importAccountsCommand },
  'import-contacts': { spec: IMPORT_CONTACTS_SPEC, run: importContactsCommand },
  'import-motions': { spec: IMPORT_MOTIONS_SPEC, run: importMotionsCommand },
  'import-owners': { spec: IMPORT_OWNERS_SPEC, run: importOwnersCommand },
  'import-results': { spec: IMPORT_RESULTS_SPEC, run: importResultsCommand },
  conflicts: { spec: CONFLICTS_SPEC, run: conflictsCommand },
  plan: { spec: PLAN_SPEC, run: planCommand },
  export: { spec: EXPORT_SPEC, run: exportCommand },
  raci: { spec: RACI_SPEC, run: raciCommand },
  qbr: { spec: QBR_SPEC, run: qbrCommand },
  merge: { spec: MERGE_SPEC, run: mergeCommand },
};

const SPECS = Object.fromEntries(Object.entries(COMMANDS).map(([name, c]) => [name, c.spec]));

export function runCli(argv: readonly string[], env: CliEnv): CliResult {
  const parsed = parseArgs(argv, SPECS);
  if (parsed.ok === 'help') {
    const text = parsed.command ? commandHelp(parsed.command) : overviewHelp();
    return { exitCode: EXIT_OK, stdout: text, stderr: '', writes: [] };
  }
  if (!parsed.ok) {
    return {
      exitCode: EXIT_USAGE,
      stdout: '',
      stderr: `${parsed.error}\nRun "abm-workbench --help" for usage.\n`,
      writes: [],
    };
  }
  const command = COMMANDS[parsed.args.command];
  if (!command) throw new Error(`no handler for ${parsed.args.command}`);
  return command.run(parsed.args, env);
}
