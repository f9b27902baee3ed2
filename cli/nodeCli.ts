/**
 * The command line over Node's file system: reads files for the pure command (runCli.ts),
 * prints what it says, and only when it succeeded writes its files atomically. Every failure
 * becomes one line naming the file involved and an exit code, never a stack: a file too large
 * to read, a full disk, an exception in the command itself. The I/O comes in as an argument so
 * tests can fill the disk or break a command; cli/main.ts passes the real one.
 */
import { EXIT_OK, EXIT_UNUSABLE_FILE, type CliEnv, type ExitCode } from './cliTypes';
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

export async function runNodeCli(argv: readonly string[], io: NodeCliIo): Promise<ExitCode> {
  const filesRead: string[] = [];
  let result;
  try {
    result = runCli(argv, {
      readFile: reader(io, (path) => filesRead.push(path)),
      now: io.now(),
      newId: () => io.newId(),
    });
  } catch (error) {
    io.stderr(
      `${error instanceof FileProblem ? error.message : describeUnexpected(error, filesRead)}\n`,
    );
    return EXIT_UNUSABLE_FILE;
  }
  if (result.exitCode === EXIT_OK) {
    const written: string[] = [];
    for (const write of result.writes) {
      try {
        await io.writeFile(write.path, new TextEncoder().encode(write.text));
      } catch (error) {
        io.stderr(`${describeWriteFailure(write.path, error, written)}\n`);
        return EXIT_UNUSABLE_FILE;
      }
      written.push(write.path);
    }
  }
  if (result.stdout) io.stdout(result.stdout);
  if (result.stderr) io.stderr(result.stderr);
  return result.exitCode;
}
