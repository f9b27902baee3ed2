// The real `abm-workbench` process and files past the CSV limits: a header repeating a name
// 130,000 times, a file over 512 MB and NUL bytes. Each gets a message naming the file, a
// refused file changes nothing, and nothing overflows the stack.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_LIMITS } from '../../shared/csv/limits';

const ROOT = join(__dirname, '../..');
let dir = '';
let bin = '';

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'abm-cli-limits-'));
  // Its own bundle, so this file never races test/cli/cli.test.ts over dist-cli/.
  bin = join(dir, 'abm-workbench.cjs');
  await build({
    entryPoints: [join(ROOT, 'cli', 'main.ts')],
    outfile: bin,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('import-accounts and the CSV limits', () => {
  it('a header repeating "Name" 130,000 times exits non-zero with a message naming the file', () => {
    const file = join(dir, 'repeats.csv');
    const width = 130_000;
    writeFileSync(
      file,
      `${new Array<string>(width).fill('Name').join(',')}\n${new Array<string>(width).fill('x').join(',')}\n`,
    );
    const ws = join(dir, 'repeats-ws.json');
    const run = cli('import-accounts', file, '--workspace', ws);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/call stack/i);
    expect(run.stderr).toContain(
      `${file}, row 1, column "column BXY": The header has 130,000 columns`,
    );
    expect(run.stderr).toContain('Nothing was imported.');
    expect(existsSync(ws)).toBe(false);
  });

  it('a file over 512 MB is refused by its size, without reading it', () => {
    const file = join(dir, 'huge.csv');
    // A sparse file: the size is there, the disk blocks are not.
    writeFileSync(file, '');
    truncateSync(file, CSV_LIMITS.fileBytes + 1);
    const ws = join(dir, 'huge-ws.json');
    const run = cli('import-accounts', file, '--workspace', ws);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${file}: The file is 513 MB; the workbench reads files up to 512 MB.`,
    );
    expect(existsSync(ws)).toBe(false);
  });

  it('NUL bytes are removed from the names and the notice names file, row and column', () => {
    const file = join(dir, 'nul.csv');
    writeFileSync(file, 'Account Name,Website\nAcme,acme.com\nEvil\u0000Corp,evil.example\n');
    const ws = join(dir, 'nul-ws.json');
    const run = cli('import-accounts', file, '--workspace', ws);
    expect(run.code).toBe(0);
    // The removal notice only: a stray NUL is no sign of a wrong encoding, and the file is named once.
    expect(run.stderr).toBe(
      `${file}: Removed 1 invisible control character(s) (such as NUL) from row 3, column "Account Name".\n`,
    );
    const names = JSON.parse(readFileSync(ws, 'utf8')).data.accounts.map(
      (a: { name: string }) => a.name,
    );
    expect(names).toEqual(['Acme', 'EvilCorp']);
  });
});
