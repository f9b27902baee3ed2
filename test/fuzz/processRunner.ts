/**
 * Runs a fuzz case through the real `abm-workbench` process in a folder of its own: the exit
 * code, a stack trace on stderr, a file changed by a failed run and any file left behind (a
 * temp file of an atomic write) are what it looks at. 30 seconds is a hang.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FuzzCase } from './fuzzCase';
import { HANG_MS, isCleanMessage, lostDataIn, type Outcome, type Verdict } from './pureRunner';

const STACK_LINE = /\n\s+at .+(:\d+:\d+|\(native\))/;

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

/** An output may be split into parts (out-update.csv, out-1.csv): same stem, same folder. */
const isOutput = (name: string, outputs: string[]) =>
  outputs.some((out) => name === out || name.startsWith(`${out.replace(/\.[^.]+$/, '')}-`));

export function runInProcess(fuzzCase: FuzzCase, bin: string): Outcome {
  const dir = mkdtempSync(join(tmpdir(), 'abm-fuzz-'));
  try {
    for (const [name, bytes] of Object.entries(fuzzCase.files))
      writeFileSync(join(dir, name), bytes);
    const started = performance.now();
    const run = spawnSync(process.execPath, [bin, ...fuzzCase.argv], {
      cwd: dir,
      encoding: 'utf8',
      timeout: HANG_MS,
      killSignal: 'SIGKILL',
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = performance.now() - started;
    const failed = run.status !== 0;
    const names = readdirSync(dir);
    const inputs = Object.keys(fuzzCase.files);
    const changedInputs = inputs.filter((name) => {
      const before = fuzzCase.files[name] as Uint8Array;
      try {
        return !sameBytes(new Uint8Array(readFileSync(join(dir, name))), before);
      } catch {
        return true; // removed
      }
    });
    const created = names.filter((name) => !inputs.includes(name));
    const tempFilesLeft = created.filter((name) => failed || !isOutput(name, fuzzCase.outputs));
    const changedOnFailure =
      failed &&
      (changedInputs.length > 0 || created.some((name) => isOutput(name, fuzzCase.outputs)));
    let verdict: Verdict;
    if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') verdict = 'hang';
    else if (run.status === null || ![0, 1, 2].includes(run.status) || STACK_LINE.test(run.stderr))
      verdict = 'crash';
    else if (!failed) verdict = 'ok';
    else
      verdict = isCleanMessage(run.stderr, fuzzCase, run.status) ? 'clean error' : 'unclear error';
    const before = fuzzCase.files[fuzzCase.workspace];
    let lostData: string | null = null;
    if (!failed && before && fuzzCase.outputs.includes(fuzzCase.workspace)) {
      lostData = lostDataIn(before, readFileSync(join(dir, fuzzCase.workspace), 'utf8'));
    }
    return {
      id: fuzzCase.id,
      family: fuzzCase.family,
      kind: fuzzCase.kind,
      runner: 'process',
      verdict,
      exitCode: run.status,
      ms,
      changedOnFailure,
      tempFilesLeft,
      lostData,
      detail: (run.stderr || run.signal || '').split('\n')[0]?.slice(0, 300) ?? '',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
