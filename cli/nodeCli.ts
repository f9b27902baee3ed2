/**
 * The command line over Node's file system: reads files for the pure command (runCli.ts),
 * prints what it says, and only when it succeeded writes its files atomically. Every failure
 * becomes one line naming the file involved and an exit code, never a stack: a file too large
 * to read, a full disk, a folder that does not exist, an exception in the command itself; with
 * --json, stdout still holds one JSON document saying what failed. The I/O comes in as an
 * argument so tests can fill the disk or break a command; cli/main.ts passes the real one.
 */
import { dirname } from 'node:path';
import { EXIT_OK, EXIT_UNUSABLE_FILE, jsonText, type CliEnv, type ExitCode } from './cliTypes';
import { MAX_OPEN_BYTES } from '../shared/ipc/contract';
import { runCli } from './runCli';

export interface NodeCliIo {
  /** The file's size in bytes, or null when it does not exist. */
  fileSize(path: string): number | null;
  readFile(path: string): Uint8Array;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): string;
  newId(): string;
}

/** A failure already worded for the user, with the file it concerns. */
export class FileProblem extends Error {
  override readonly name = 'FileProblem';
}

const mb = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export function isDiskFull(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** What to say when writing `path` failed, after `written` were already written this run. */
export function describeWriteFailure(path: string, error: unknown, written: string[]): string {
  const unchanged =
    written.length === 0
      ? 'nothing was changed'
      : `${path} was left as it was, but ${written.join(', ')} ${written.length === 1 ? 'was' : 'were'} already written`;
  if (isDiskFull(error)) return `not enough disk space to write ${path}; ${unchanged}.`;
  // The temp file next to the target cannot be created: its folder is missing.
  if (errorCode(error) === 'ENOENT') {
    const folder = dirname(path);
    const notWritten =
      written.length === 0
        ? 'nothing was written'
        : `${path} was not written, but ${written.join(', ')} ${written.length === 1 ? 'was' : 'were'} already written`;
    return `${path}: the folder ${folder} does not exist; ${notWritten}.`;
  }
  return `${path}: cannot write the file (${messageOf(error)}); ${unchanged}.`;
}

/** What to say when the command itself threw: the files it was working on, and why. */
export function describeUnexpected(error: unknown, filesRead: readonly string[]): string {
  const reason =
    error instanceof RangeError && /call stack/i.test(error.message)
      ? 'it is built in a way this version cannot process (the stack overflowed)'
      : messageOf(error);
  const where = filesRead.length > 0 ? `${[...new Set(filesRead)].join(', ')}: ` : '';
  return `${where}could not be processed: ${reason}. Nothing was changed. This is a bug in ABM Workbench; please report it with the file.`;
}

function reader(io: NodeCliIo, onRead: (path: string) => void): CliEnv['readFile'] {
  return (path) => {
    onRead(path);
    let size: number | null;
    let bytes: Uint8Array;
    try {
      size = io.fileSize(path);
      if (size === null) return null;
      if (size > MAX_OPEN_BYTES) {
        throw new FileProblem(
          `${path} is ${mb(size)}; abm-workbench reads files of up to ${mb(MAX_OPEN_BYTES)}. Split it into smaller files. Nothing was changed.`,
        );
      }
      bytes = io.readFile(path);
    } catch (error) {
      if (error instanceof FileProblem) throw error;
      throw new FileProblem(
        `${path}: cannot read the file (${messageOf(error)}). Nothing was changed.`,
      );
    }
    return bytes;
  };
}

/**
 * The JSON document of a run that failed here rather than in the command: the command's own
 * summary when it gave one (a write failed after it succeeded), marked as not ok, with why.
 */
function failureJson(error: string, summary: string, written: readonly string[]): string {
  let parsed: unknown = null;
  try {
    parsed = summary.trim() === '' ? null : JSON.parse(summary);
  } catch {
    parsed = null;
  }
  const base =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : {};
  return jsonText({ ...base, ok: false, written: written.length > 0, error });
}

export async function runNodeCli(argv: readonly string[], io: NodeCliIo): Promise<ExitCode> {
  const json = argv.includes('--json');
  const filesRead: string[] = [];
  const fail = (message: string, summary = '', written: readonly string[] = []): ExitCode => {
    if (json) io.stdout(failureJson(message, summary, written));
    io.stderr(`${message}\n`);
    return EXIT_UNUSABLE_FILE;
  };
  let result;
  try {
    result = runCli(argv, {
      readFile: reader(io, (path) => filesRead.push(path)),
      now: io.now(),
      newId: () => io.newId(),
    });
  } catch (error) {
    return fail(
      error instanceof FileProblem ? error.message : describeUnexpected(error, filesRead),
    );
  }
  if (result.exitCode === EXIT_OK) {
    const written: string[] = [];
    for (const write of result.writes) {
      try {
        await io.writeFile(write.path, new TextEncoder().encode(write.text));
      } catch (error) {
        return fail(describeWriteFailure(write.path, error, written), result.stdout, written);
      }
      written.push(write.path);
    }
  }
  if (result.stdout) io.stdout(result.stdout);
  if (result.stderr) io.stderr(result.stderr);
  return result.exitCode;
}
