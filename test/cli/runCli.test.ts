// The command layer without a process: arguments and an in-memory file system in, output,
// exit code and writes out. Bad usage is exit 1 with a message that names the problem; a
// file that cannot be used is exit 2 with nothing to write.
import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../../shared/domain/ids';
import { partPath } from '../../cli/commands/exportCommand';
import { runCli } from '../../cli/runCli';
import { emptyWorkspace } from '../../shared/workspace/workspaceData';
import { serializeWorkspace } from '../../shared/workspace/workspaceFile';

const NOW = '2027-01-05T10:00:00.000Z';

function run(argv: string[], files: Record<string, string> = {}) {
  return runCli(argv, {
    readFile: (path) => (path in files ? new TextEncoder().encode(files[path]) : null),
    now: NOW,
    newId: sequentialIds('t'),
  });
}

const ACCOUNTS =
  'Account Name,Website,Account Owner Email\r\nAcme,acme.com,dana@seller.example\r\n';

describe('runCli', () => {
  it.each([
    [['export', '--workspace', 'ws.json', '--profile', 'x'], 'export needs --out.'],
    [['export', '--workspace'], '--workspace needs a value.'],
    [['conflicts', '--workspace', 'ws.json', '--fromat', 'csv'], 'Unknown option --fromat'],
    [['conflicts', '--workspace', 'ws.json', '--format', 'xml'], '--format must be one of'],
    [['import-accounts', '--workspace', 'ws.json'], 'import-accounts needs a file to read.'],
    [['import-motions', 'a.csv', 'b.csv', '--workspace', 'w'], 'takes at most 1'],
    [['sync'], 'Unknown command "sync"'],
  ])('%j is bad usage (exit 1)', (argv, message) => {
    const result = run(argv);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.writes).toEqual([]);
  });

  it('prints help for the tool and for each command (exit 0)', () => {
    expect(run([]).stdout).toContain('Commands:');
    expect(run(['export', '--help']).stdout).toContain('--mode crm|excel');
    expect(run(['help', 'raci']).stdout).toContain('--grid NAME');
  });

  it('creates the workspace on the first import and writes it only then', () => {
    const result = run(['import-accounts', 'a.csv', '--workspace', 'ws.json', '--json'], {
      'a.csv': ACCOUNTS,
    });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ created: true, counts: { new: 1 } });
    expect(result.writes.map((w) => w.path)).toEqual(['ws.json']);
    expect(JSON.parse(result.writes[0]?.text ?? '').data.accounts[0].domain).toBe('acme.com');
  });

  it('refuses a workspace file that is not one (exit 2, nothing written)', () => {
    const result = run(['conflicts', '--workspace', 'ws.json'], { 'ws.json': '{"hello": 1}' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('ws.json: this is not an ABM Workbench workspace');
    const missing = run(['import-motions', 'm.csv', '--workspace', 'nope.json']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('nope.json: there is no such workspace file');
  });

  it('names a missing input file (exit 2)', () => {
    const ws = serializeWorkspace(emptyWorkspace(), NOW);
    const result = run(['import-accounts', 'gone.csv', '--workspace', 'ws.json'], {
      'ws.json': ws,
    });
    expect(result).toMatchObject({ exitCode: 2, writes: [] });
    expect(result.stderr).toContain('gone.csv: there is no such file.');
  });

  it('names an unknown export profile and lists the known ones (exit 1)', () => {
    const ws = serializeWorkspace(emptyWorkspace(), NOW);
    const result = run(['export', '--workspace', 'w', '--profile', 'pardot', '--out', 'o.csv'], {
      w: ws,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('salesforce-accounts, salesforce-campaigns');
  });

  it('import-motions counts the problems it lists, and the rows they are in', () => {
    const motions =
      'Name,Kind,Start,End,Touches per week\r\n' +
      'Webinar,webinar,2027-02-03,2027-02-01,1\r\n' +
      'Mailing,bogus,2027-02-03,nope,x\r\n';
    const result = run(['import-motions', 'm.csv', '--workspace', 'w'], {
      w: serializeWorkspace(emptyWorkspace(), NOW),
      'm.csv': motions,
    });
    expect(result).toMatchObject({ exitCode: 2, writes: [] });
    const lines = result.stderr.trim().split('\n');
    const listed = lines.filter((line) => line.startsWith('m.csv, row '));
    expect(listed).toHaveLength(4);
    expect(lines.at(-1)).toBe('4 problem(s) in 2 row(s); nothing was imported.');
  });

  it('names split files after --out', () => {
    expect(partPath('out/tal.csv', 'new-2')).toBe('out/tal-new-2.csv');
    expect(partPath('tal', 'update')).toBe('tal-update');
    expect(partPath('./v1.2/tal', 'new')).toBe('./v1.2/tal-new');
  });
});
