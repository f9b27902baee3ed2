/**
 * Runs a fuzz case through the command line's pure core (cli/runCli.ts), which returns
 * what it would write: a failure that still wants to write, a success that writes a workspace
 * the app cannot read back or that lost rows, an exception or a message without a file name
 * is each a finding.
 */
import { runCli } from '../../cli/runCli';
import { sequentialIds } from '../../shared/domain/ids';
import { countRows } from '../../shared/workspace/migrationRunner';
import { parseWorkspaceFile } from '../../shared/workspace/workspaceFile';
import type { FuzzCase } from './fuzzCase';

export type Verdict = 'ok' | 'clean error' | 'unclear error' | 'crash' | 'hang';

export interface Outcome {
  id: number;
  family: FuzzCase['family'];
  kind: string;
  runner: 'core' | 'process';
  verdict: Verdict;
  exitCode: number | null;
  ms: number;
  /** A failed run that wrote (or wanted to write) something, or changed the workspace. */
  changedOnFailure: boolean;
  /** Files left in the folder that are neither inputs nor the command's outputs. */
  tempFilesLeft: string[];
  /** A successful write that the app cannot read back, or that holds fewer rows. */
  lostData: string | null;
  detail: string;
}

export const HANG_MS = 30_000;
const STACK_LINE = /\n\s+at .+(:\d+:\d+|\(native\))/;

/** "hubspot-companies.csv, row 3": a file name with the row of the problem in it. */
const PLACE = /[^\s"(),:]+\.[A-Za-z0-9]{2,5}, row \d+/;

/**
 * An error message is clean when it shows no stack trace and, for a file that cannot be used
 * (exit 2), says which file: it names a file of the case (an input or an output), or it names
 * a file and the row of the problem — an export's problems name the file the profile writes
 * ("hubspot-companies.csv, row 3"), which is neither. A bare "Maximum call stack size
 * exceeded" names neither and stays unclear. Bad usage (exit 1: an unknown grid name) names
 * no file.
 */
export function isCleanMessage(
  stderr: string,
  fuzzCase: Pick<FuzzCase, 'files' | 'outputs'>,
  exitCode: number | null,
): boolean {
  if (STACK_LINE.test(stderr) || stderr.trim() === '') return false;
  if (exitCode === 1) return true;
  const names = [...Object.keys(fuzzCase.files), ...fuzzCase.outputs];
  return names.some((name) => stderr.includes(name)) || PLACE.test(stderr);
}

function tableRows(text: string): Map<string, number> | string {
  const parsed = parseWorkspaceFile(text);
  if (!parsed.ok) return parsed.error;
  return countRows({ data: parsed.data as unknown as Record<string, unknown> });
}

/** A workspace write that must read back, with at least the rows the command started from. */
export function lostDataIn(before: Uint8Array, written: string): string | null {
  const after = tableRows(written);
  if (typeof after === 'string') return `the written workspace does not read back: ${after}`;
  let input: string;
  try {
    input = new TextDecoder('utf-8', { fatal: true }).decode(before);
  } catch {
    return null;
  }
  const rows = tableRows(input);
  if (typeof rows === 'string') return null;
  for (const [table, count] of rows) {
    const kept = after.get(table) ?? 0;
    if (kept < count) return `${table}: ${count} rows read, ${kept} written`;
  }
  return null;
}

export function runInCore(fuzzCase: FuzzCase): Outcome {
  const base = {
    id: fuzzCase.id,
    family: fuzzCase.family,
    kind: fuzzCase.kind,
    runner: 'core' as const,
    tempFilesLeft: [],
  };
  const started = performance.now();
  let result;
  try {
    result = runCli(fuzzCase.argv, {
      readFile: (path) => fuzzCase.files[path] ?? null,
      now: '2027-01-05T10:00:00.000Z',
      newId: sequentialIds('fuzz'),
    });
  } catch (error) {
    const e = error as Error;
    return {
      ...base,
      verdict: 'crash',
      exitCode: null,
      ms: performance.now() - started,
      changedOnFailure: false,
      lostData: null,
      detail: `${e.name}: ${e.message}`.slice(0, 300),
    };
  }
  const ms = performance.now() - started;
  const failed = result.exitCode !== 0;
  const workspaceWrite = result.writes.find((w) => w.path === fuzzCase.workspace);
  const before = fuzzCase.files[fuzzCase.workspace];
  const lostData =
    !failed && workspaceWrite && before ? lostDataIn(before, workspaceWrite.text) : null;
  const verdict: Verdict =
    ms > HANG_MS
      ? 'hang'
      : !failed
        ? 'ok'
        : isCleanMessage(result.stderr, fuzzCase, result.exitCode)
          ? 'clean error'
          : 'unclear error';
  return {
    ...base,
    verdict,
    exitCode: result.exitCode,
    ms,
    changedOnFailure: failed && result.writes.length > 0,
    lostData,
    detail: failed ? (result.stderr.split('\n')[0]?.slice(0, 300) ?? '') : '',
  };
}
