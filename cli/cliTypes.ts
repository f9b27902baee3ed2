/**
 * What a CLI command gets and gives back. Commands are pure: they read files through `env`
 * and return what to print and what to write; the Node entry (cli/main.ts) does the I/O and
 * performs the writes only when the exit code is 0, so a failed run leaves every file as it was.
 */
import type { IdGenerator } from '../shared/domain/ids';
import type { IsoDateTime } from '../shared/domain/types';
import type { ParsedArgs } from './parseArgs';

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_UNUSABLE_FILE = 2;
/** `plan`: block conflicts remain that no allowed move clears (listed and explained). */
export const EXIT_BLOCKS_REMAIN = 3;
/** `merge`: fields changed on both sides need a decision and no --prefer gave one. */
export const EXIT_MERGE_CONFLICTS = 3;
export type ExitCode =
  typeof EXIT_OK | typeof EXIT_USAGE | typeof EXIT_UNUSABLE_FILE | typeof EXIT_BLOCKS_REMAIN;

export interface CliEnv {
  /** The file's bytes, or null when it does not exist. Other read errors throw. */
  readFile: (path: string) => Uint8Array | null;
  now: IsoDateTime;
  newId: IdGenerator;
}

export interface CliWrite {
  path: string;
  text: string;
}

export interface CliResult {
  exitCode: ExitCode;
  stdout: string;
  stderr: string;
  /** Files to write (atomically), only when exitCode is 0. */
  writes: CliWrite[];
}

export type CliCommand = (args: ParsedArgs, env: CliEnv) => CliResult;

export function done(stdout: string, writes: CliWrite[] = [], stderr = ''): CliResult {
  return { exitCode: EXIT_OK, stdout, stderr, writes };
}

export function failed(exitCode: ExitCode, stderr: string, stdout = ''): CliResult {
  return { exitCode, stdout, stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`, writes: [] };
}

/** With --json the summary goes to stdout as one JSON document, whatever the outcome. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
