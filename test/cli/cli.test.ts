// The real `abm-workbench` process, built with build/scripts/build-cli.mjs and spawned the
// way a RevOps script would: a Salesforce and a HubSpot export go into a new workspace,
// motions follow, conflicts are detected, every profile exports, and a broken file changes
// nothing (same bytes).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const BIN = join(ROOT, 'dist-cli/abm-workbench.cjs');
const FIXTURES = join(ROOT, 'test/fixtures/export/cli');
let dir = '';

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const fixture = (name: string) => join(FIXTURES, name);
const ws = () => join(dir, 'ws.json');
const readWs = () => JSON.parse(readFileSync(ws(), 'utf8')).data;

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'build/scripts/build-cli.mjs')], {
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(build.stderr);
  dir = mkdtempSync(join(tmpdir(), 'abm-cli-'));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('abm-workbench', () => {
  it('imports a Salesforce and a HubSpot export into a new workspace, merging by domain', () => {
    expect(existsSync(ws())).toBe(false);
    const first = cli('import-accounts', fixture('salesforce-accounts.csv'), '--workspace', ws());
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Created');
    const second = cli(
      'import-accounts',
      fixture('hubspot-companies.csv'),
      '--workspace',
      ws(),
      '--json',
    );
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout);
    expect(summary.counts).toEqual({ new: 2, updated: 1, merged: 0, rejected: 0 });
    const accounts = readWs().accounts;
    expect(accounts).toHaveLength(5);
    const acme = accounts.find((a: { domain: string }) => a.domain === 'acme.com');
    expect(acme).toMatchObject({ salesforceId: '0015g00000AcmEQAAZ', hubspotId: '5123', tier: 1 });
    const sakura = accounts.find((a: { domain: string }) => a.domain === 'sakura.co.jp');
    expect(sakura).toMatchObject({ name: '株式会社さくら', hubspotId: '0042' });
  });

  it('detects conflicts after importing motions', () => {
    const motions = cli('import-motions', fixture('motions.csv'), '--workspace', ws(), '--json');
    expect(motions.code).toBe(0);
    expect(JSON.parse(motions.stdout).counts).toMatchObject({ new: 2, rejected: 0 });
    const run = cli('conflicts', '--workspace', ws(), '--format', 'json');
    expect(run.code).toBe(0);
    const { conflicts } = JSON.parse(run.stdout);
    expect(conflicts).toContainEqual(
      expect.objectContaining({
        rule: 'cross-team',
        severity: 'block',
        motions: expect.arrayContaining(['Q1 nurture', 'AE outbound']),
        accountDomains: ['acme.com'],
        first: '2027-02-15',
        last: '2027-02-28',
      }),
    );
    const csv = cli('conflicts', '--workspace', ws(), '--format', 'csv');
    expect(csv.stdout.split('\r\n')[0]).toBe(
      'Rule,Severity,Motions,Account,Domain,First day,Last day,Status,Note,Explanation,Conflict ID,People',
    );
  });

  it.each([
    ['salesforce-accounts', 'tal.csv', ['tal-update.csv', 'tal-new.csv'], 'Account'],
    ['salesforce-campaigns', 'campaigns.csv', ['campaigns.csv'], 'Id,Name,Type,Status,StartDate'],
    [
      'hubspot-companies',
      'hubspot.csv',
      ['hubspot.csv'],
      'Record ID,Company name,Company domain name',
    ],
    ['audience-membership', 'members.csv', ['members.csv'], 'Motion,Campaign ID'],
    ['salesforce-duplicates', 'sf-dups.csv', ['sf-dups.csv'], 'Master Account ID,Duplicate'],
    ['hubspot-duplicates', 'hs-dups.csv', ['hs-dups.csv'], 'Primary Record ID,Duplicate'],
    ['conflicts', 'conflicts.csv', ['conflicts.csv'], 'Rule,Severity,Motions'],
    ['calendar', 'plan.ics', ['plan.ics'], 'BEGIN:VCALENDAR'],
  ])('exports the %s profile', (profile, out, files, start) => {
    const run = cli('export', '--workspace', ws(), '--profile', profile, '--out', out, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const file of files)
      expect(readFileSync(join(dir, file), 'utf8').startsWith(start)).toBe(true);
  });

  it('writes HubSpot companies with the motions as an appending multiple-checkbox value', () => {
    cli('export', '--workspace', ws(), '--profile', 'hubspot-companies', '--out', 'hs.csv');
    const lines = readFileSync(join(dir, 'hs.csv'), 'utf8').split('\r\n');
    expect(lines).toContain(
      '5123,"Acme, Inc.",acme.com,true,tier_1,dana@seller.example,;Q1 nurture;AE outbound',
    );
  });

  it('writes Excel-safe files with a BOM', () => {
    const run = cli(
      'export',
      '--workspace',
      ws(),
      '--profile',
      'hubspot-companies',
      '--out',
      'x.csv',
      '--mode',
      'excel',
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'x.csv'))[0]).toBe(0xef);
  });

  it('leaves the workspace byte-identical when a CSV is broken (exit 2)', () => {
    const before = readFileSync(ws());
    const run = cli('import-accounts', fixture('broken.csv'), '--workspace', ws());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.csv, row 3, column "Account Name"');
    expect(readFileSync(ws()).equals(before)).toBe(true);
  });

  it('rejects a file with a bad row unless --skip-bad-rows, which still reports it', () => {
    const before = readFileSync(ws());
    const blocked = cli('import-accounts', fixture('bad-row.csv'), '--workspace', ws(), '--json');
    expect(blocked.code).toBe(2);
    expect(readFileSync(ws()).equals(before)).toBe(true);
    const skipped = cli(
      'import-accounts',
      fixture('bad-row.csv'),
      '--workspace',
      ws(),
      '--json',
      '--skip-bad-rows',
    );
    expect(skipped.code).toBe(0);
    const summary = JSON.parse(skipped.stdout);
    expect(summary.counts).toMatchObject({ new: 1, rejected: 1 });
    expect(summary.rejected).toEqual([
      expect.objectContaining({ row: 3, column: 'Employees', value: 'lots' }),
    ]);
    expect(readWs().accounts).toHaveLength(6);
  });

  it('refuses an export with rows the CRM would reject, and can leave them out', () => {
    const data = JSON.parse(readFileSync(ws(), 'utf8'));
    // An owner neither the account nor the owner directory has an e-mail for.
    data.data.accounts[0].owner = 'Nobody Known';
    data.data.accounts[0].ownerEmail = '';
    writeFileSync(join(dir, 'bad-owner.json'), JSON.stringify(data));
    const args = [
      'export',
      '--workspace',
      'bad-owner.json',
      '--profile',
      'hubspot-companies',
      '--out',
      'owner.csv',
    ];
    const blocked = cli(...args);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain('column "Company owner"');
    expect(existsSync(join(dir, 'owner.csv'))).toBe(false);
    expect(cli(...args, '--skip-bad-rows').code).toBe(0);
    // Six accounts, one without an owner email: the header and five rows are written.
    const lines = readFileSync(join(dir, 'owner.csv'), 'utf8').split('\r\n');
    expect(lines.filter((line) => line !== '')).toHaveLength(6);
  });

  it('prints a RACI grid as CSV', () => {
    const data = JSON.parse(readFileSync(ws(), 'utf8'));
    data.data.raciGrids = [
      {
        id: 'g1',
        name: 'ABM ownership',
        source: '',
        roles: [
          { id: 'r1', name: 'Sales Ops' },
          { id: 'r2', name: 'Marketing Ops' },
        ],
        activities: [{ id: 'a1', name: 'Build the TAL', phase: '', note: '' }],
        cells: { 'a1:r1': ['R', 'A'], 'a1:r2': ['C'] },
        createdAt: '2027-01-01T00:00:00.000Z',
        updatedAt: '2027-01-01T00:00:00.000Z',
      },
    ];
    writeFileSync(join(dir, 'raci.json'), JSON.stringify(data));
    const run = cli(
      'raci',
      '--workspace',
      'raci.json',
      '--grid',
      'ABM ownership',
      '--format',
      'csv',
    );
    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n').slice(0, 2)).toEqual([
      'Activity,Sales Ops,Marketing Ops',
      'Build the TAL,RA,C',
    ]);
    expect(cli('raci', '--workspace', 'raci.json', '--grid', 'Nope').code).toBe(1);
    const exported = cli(
      'export',
      '--workspace',
      'raci.json',
      '--profile',
      'raci',
      '--out',
      'r.csv',
    );
    expect(exported.code).toBe(0);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toBe(run.stdout);
  });

  it('answers bad usage with exit 1 and --help with exit 0', () => {
    expect(cli('export', '--workspace', ws()).code).toBe(1);
    expect(cli('conflicts', '--workspace', ws(), '--format', 'xml').code).toBe(1);
    expect(cli('frobnicate').code).toBe(1);
    const help = cli('import-accounts', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--skip-bad-rows');
    expect(cli('conflicts', '--workspace', 'missing.json').code).toBe(2);
  });
});
