// `import-results`: a Salesforce opportunities report and a HubSpot deals export go into a
// workspace file with the accounts they name; unmatched ones are listed; a bad file is exit 2
// with the file, row and column named and nothing written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/runCli';
import { sequentialIds } from '../../shared/domain/ids';
import { emptyWorkspace } from '../../shared/workspace/workspaceData';
import { parseWorkspaceFile, serializeWorkspace } from '../../shared/workspace/workspaceFile';
import { makeAccount } from '../unit/workspace/fixtures';

const NOW = '2027-04-01T10:00:00.000Z';
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/results/${name}`, import.meta.url), 'utf8');

function workspace(): string {
  const ws = emptyWorkspace();
  ws.accounts = [
    makeAccount({
      id: 'acme',
      name: 'Acme',
      domain: 'acme.example',
      salesforceId: '0015g00000W6W9aAAF',
    }),
    makeAccount({ id: 'globex', name: 'Globex', domain: 'globex.example', hubspotId: '202' }),
  ];
  return serializeWorkspace(ws, NOW);
}

function run(argv: string[], files: Record<string, string>) {
  return runCli(argv, {
    readFile: (path) => (path in files ? new TextEncoder().encode(files[path]) : null),
    now: NOW,
    newId: sequentialIds('t'),
  });
}

describe('import-results', () => {
  it('imports both CRMs’ files into the workspace, matched, with the unmatched listed', () => {
    const result = run(['import-results', 'sf.csv', 'hs.csv', '--workspace', 'ws.json'], {
      'ws.json': workspace(),
      'sf.csv': fixture('salesforce-opportunities.csv'),
      'hs.csv': fixture('hubspot-deals.csv'),
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('7 new, 0 updated, 0 unchanged opportunities');
    expect(result.stdout).toContain(
      'unmatched: sf.csv, row 5: Hooli rollout: No account is named "Hooli Ltd"',
    );
    const written = parseWorkspaceFile(result.writes[0]!.text);
    if (!written.ok) throw new Error(written.error);
    expect(written.data.opportunities).toHaveLength(7);
    expect(written.data.opportunities.filter((o) => o.accountId === null)).toHaveLength(3);
    expect(written.data.importBatches.at(-1)).toMatchObject({
      kind: 'results',
      files: ['sf.csv', 'hs.csv'],
    });
  });

  it('importing the same files again changes nothing and writes nothing', () => {
    const files = {
      'ws.json': workspace(),
      'sf.csv': fixture('salesforce-opportunities.csv'),
      'hs.csv': fixture('hubspot-deals.csv'),
    };
    const first = run(['import-results', 'sf.csv', 'hs.csv', '--workspace', 'ws.json'], files);
    const again = run(['import-results', 'sf.csv', 'hs.csv', '--workspace', 'ws.json', '--json'], {
      ...files,
      'ws.json': first.writes[0]!.text,
    });
    expect(again.exitCode).toBe(0);
    expect(again.writes).toEqual([]);
    expect(JSON.parse(again.stdout)).toMatchObject({
      ok: true,
      written: false,
      counts: { new: 0, updated: 0, unchanged: 7 },
    });
    const text = run(['import-results', 'sf.csv', '--workspace', 'ws.json'], {
      ...files,
      'ws.json': first.writes[0]!.text,
    });
    expect(text.stdout).toMatch(
      /^Nothing changed in ws\.json: all \d+ opportunities are already there/,
    );
    expect(text.writes).toEqual([]);
  });

  it('a bad cell is exit 2, named by file, row and column, and nothing is written', () => {
    const bad =
      'Opportunity ID,Account Name,Amount,Stage,Created Date\n0065g00000AbCdE,Acme,lots,Closed Won,2027-01-10\n';
    const result = run(['import-results', 'bad.csv', '--workspace', 'ws.json', '--json'], {
      'ws.json': workspace(),
      'bad.csv': bad,
    });
    expect(result.exitCode).toBe(2);
    expect(result.writes).toEqual([]);
    expect(result.stderr).toContain('bad.csv, row 2, column "Amount": "lots" is not a number');
    expect(result.stderr).toContain('nothing was imported');
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, written: false });
  });

  it('an ambiguous date column stops until --date-order says how to read it', () => {
    const text =
      'Record ID,Deal Stage,Create Date,Associated Company (Primary)\n1,closedwon,03/02/2027,Acme\n';
    const files = { 'ws.json': workspace(), 'd.csv': text };
    const asked = run(['import-results', 'd.csv', '--workspace', 'ws.json'], files);
    expect(asked.exitCode).toBe(2);
    expect(asked.stderr).toContain('Column "Create Date": dates such as 03/02/2027 (row 2)');
    const answered = run(
      ['import-results', 'd.csv', '--workspace', 'ws.json', '--date-order', 'dmy'],
      files,
    );
    expect(answered.exitCode).toBe(0);
  });

  it('a missing file or workspace is exit 2 with nothing written', () => {
    expect(
      run(['import-results', 'x.csv', '--workspace', 'ws.json'], { 'ws.json': workspace() }).stderr,
    ).toContain('x.csv: there is no such file.');
    expect(run(['import-results', 'x.csv', '--workspace', 'none.json'], {}).exitCode).toBe(2);
  });
});
