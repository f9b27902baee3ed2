/**
 * The `abm-workbench` command's Node entry: wires the command line (cli/nodeCli.ts) to the real
 * file system, the clock and the terminal. Files are written atomically (cli/atomicWrite.ts) and
 * only when the command succeeded, so a failed run leaves every file as it was.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { atomicWriteFile } from './atomicWrite';
import { runNodeCli, type NodeCliIo } from './nodeCli';

const io: NodeCliIo = {
  fileSize: (path) => {
    try {
      return statSync(path).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },
  readFile: (path) => readFileSync(path),
  writeFile: (path, bytes) => atomicWriteFile(path, bytes),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date().toISOString(),
  newId: () => randomUUID(),
};

runNodeCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runNodeCli words every failure itself; this is the last guard against a bare stack.
    process.stderr.write(
      `abm-workbench: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
