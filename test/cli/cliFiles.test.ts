// The real `abm-workbench` process and the files around it: the workspace keeps its mode and
// its symlink, a killed import leaves nothing that the next one does not remove, a full disk
// and an unreadable input are one clear line each, never a stack.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildCli, type BuiltCli } from './builtCli';

const FIXTURES = join(__dirname, '../fixtures/export/cli');
let cli: BuiltCli;
let dir = '';

beforeAll(async () => {
  cli = await buildCli();
}, 60_000);
afterAll(() => cli?.remove());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'abm-cli-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => cli.run(dir, ...args);
const importInto = (workspace: string, csv = join(FIXTURES, 'salesforce-accounts.csv')) =>
  run('import-accounts', csv, '--workspace', workspace);

function bigCsv(rows: number): string {
  const lines = ['Account Name,Website,Industry,Employees,Billing Country'];
  for (let i = 0; i < rows; i++) {
    lines.push(`Company ${i},https://company-${i}.example,Software,${i % 5000},DE`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('the workspace file keeps what the user set on it', () => {
  it('a 0600 workspace stays 0600 after an import', () => {
    const ws = join(dir, 'ws.json');
    expect(importInto(ws).code).toBe(0);
    chmodSync(ws, 0o600);
    expect(importInto(ws, join(FIXTURES, 'hubspot-companies.csv')).code).toBe(0);
    expect(statSync(ws).mode & 0o777).toBe(0o600);
  });

  it('a symlinked workspace stays a link, and its target is what changes', () => {
    mkdirSync(join(dir, 'synced'));
    const real = join(dir, 'synced', 'ws.json');
    expect(importInto(real).code).toBe(0);
    symlinkSync(real, join(dir, 'ws.json'));
    expect(importInto('ws.json', join(FIXTURES, 'hubspot-companies.csv')).code).toBe(0);
    expect(lstatSync(join(dir, 'ws.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8')).data.accounts).toHaveLength(5);
    expect(readdirSync(join(dir, 'synced'))).toEqual(['ws.json']);
  });
});

describe('a killed import', () => {
  it('leaves a temp file (SIGKILL mid-write) that the next write removes', async () => {
    const data = join(dir, 'data');
    mkdirSync(data);
    const ws = join(data, 'ws.json');
    expect(importInto(ws).code).toBe(0);
    const before = readFileSync(ws);
    writeFileSync(join(dir, 'big.csv'), bigCsv(20_000));
    let leftovers: string[] = [];
    for (let attempt = 0; attempt < 5 && leftovers.length === 0; attempt++) {
      const child = spawn(
        process.execPath,
        [cli.bin, 'import-accounts', 'big.csv', '--workspace', ws],
        {
          cwd: dir,
          stdio: 'ignore',
        },
      );
      const watcher = watch(data, (_event, name) => {
        if (name?.endsWith('.tmp')) child.kill('SIGKILL');
      });
      await new Promise((resolve) => child.once('exit', resolve));
      watcher.close();
      leftovers = readdirSync(data).filter((name) => name !== 'ws.json');
      if (leftovers.length === 0) writeFileSync(ws, before); // the write won the race; again
    }
    expect(leftovers.length).toBeGreaterThan(0);
    expect(readFileSync(ws).equals(before)).toBe(true);
    expect(importInto(ws, join(FIXTURES, 'hubspot-companies.csv')).code).toBe(0);
    expect(readdirSync(data)).toEqual(['ws.json']);
  }, 120_000);
});

describe('failures are one clear line', () => {
  it('an input that is a folder', () => {
    mkdirSync(join(dir, 'exports.csv'));
    const result = importInto(join(dir, 'ws.json'), 'exports.csv');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^exports\.csv: cannot read the file \(EISDIR[^\n]*\n$/);
  });

  it('an export into a folder that does not exist names the folder, and --json stays JSON', () => {
    const ws = join(dir, 'ws.json');
    expect(importInto(ws).code).toBe(0);
    const out = join(dir, 'exports', 'campaigns.csv');
    const args = ['export', '--workspace', ws, '--profile', 'salesforce-campaigns', '--out', out];
    const expected = `${out}: the folder ${join(dir, 'exports')} does not exist; nothing was written.\n`;

    const plain = run(...args);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe(expected);
    expect(plain.stdout).toBe('');

    const json = run(...args, '--json');
    expect(json.code).toBe(2);
    expect(json.stderr).toBe(expected);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      written: false,
      profile: 'salesforce-campaigns',
      error: expected.trim(),
    });
    expect(readdirSync(dir)).toEqual(['ws.json']);
  });

  it('with --json, an input that cannot be read is still one JSON document', () => {
    mkdirSync(join(dir, 'exports.csv'));
    const result = run('import-accounts', 'exports.csv', '--workspace', 'ws.json', '--json');
    expect(result.code).toBe(2);
    const summary = JSON.parse(result.stdout) as { ok: boolean; error: string };
    expect(summary.ok).toBe(false);
    expect(summary.error).toMatch(/^exports\.csv: cannot read the file \(EISDIR/);
  });

  const canMount = (() => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
    const probe = mkdtempSync(join(tmpdir(), 'abm-mount-probe-'));
    const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
    if (ok) spawnSync('umount', [probe]);
    rmSync(probe, { recursive: true, force: true });
    return ok;
  })();

  it.skipIf(!canMount)('a full disk (a 256 KB tmpfs) names the workspace, changes nothing', () => {
    const disk = join(dir, 'disk');
    mkdirSync(disk);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', disk]).status).toBe(0);
    try {
      const ws = join(disk, 'ws.json');
      expect(importInto(ws).code).toBe(0);
      const before = readFileSync(ws);
      writeFileSync(join(dir, 'big.csv'), bigCsv(2_000));
      const result = importInto(ws, 'big.csv');
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`not enough disk space to write ${ws}; nothing was changed.\n`);
      expect(readFileSync(ws).equals(before)).toBe(true);
      expect(readdirSync(disk)).toEqual(['ws.json']);
    } finally {
      spawnSync('umount', [disk]);
    }
  });
});
