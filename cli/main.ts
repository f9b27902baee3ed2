/**
 * The `abm-workbench` command's Node entry: reads files, runs the pure command (shared/cli),
 * prints its output, and only when it succeeded writes its files atomically (temp file +
 * rename, electron/modules/atomicWrite), so a failed run leaves the workspace file as it was.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { atomicWriteFile } from '../electron/modules/atomicWrite';
import { EXIT_OK, EXIT_UNUSABLE_FILE } from '../shared/cli/cliTypes';
import { formatCsvError } from '../shared/csv/csvError';
import { fileSizeError } from '../shared/csv/limits';
import { runCli } from '../shared/cli/runCli';

/** A file's bytes, or null when it does not exist; a file past the size limit is not read. */
function readFileOrNull(path: string): Uint8Array | null {
  try {
    const tooBig = fileSizeError(path, statSync(path).size);
    if (tooBig) throw new Error(formatCsvError(tooBig));
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  let result;
  try {
    result = runCli(argv, {
      readFile: readFileOrNull,
      now: new Date().toISOString(),
      newId: () => randomUUID(),
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const where = e.path ? `${e.path}: ` : '';
    process.stderr.write(`${where}${e.message}\n`);
    return EXIT_UNUSABLE_FILE;
  }
  if (result.exitCode === EXIT_OK) {
    for (const write of result.writes) {
      try {
        await atomicWriteFile(
          { open, rename, rm },
          write.path,
          new TextEncoder().encode(write.text),
        );
      } catch (error) {
        process.stderr.write(
          `${write.path}: cannot write the file (${(error as Error).message}).\n`,
        );
        return EXIT_UNUSABLE_FILE;
      }
    }
  }
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  return result.exitCode;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
