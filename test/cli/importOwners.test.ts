// `import-owners`: the directory loads from a users CSV into the workspace file, fills the
// owner e-mail of accounts known by name, and then the CLI's Salesforce export resolves them.
import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../../shared/domain/ids';
import { runCli } from '../../cli/runCli';
import { toSalesforceId18 } from '../../shared/accounts/salesforceId';

const NOW = '2027-01-05T10:00:00.000Z';
const REPORT =
  '"Account ID","Account Name","Website","Account Owner"\r\n"0015g00000AbCdE","Acme","acme.example","Jane Doe"\r\n';
const USERS = 'Full Name,Email,User ID\r\nJane Doe,Jane.Doe@seller.example,005Hs00000AbCdE\r\n';

function cli(files: Record<string, string>) {
  const env = {
    readFile: (path: string) => (path in files ? new TextEncoder().encode(files[path]) : null),
    now: NOW,
    newId: sequentialIds('t'),
  };
  return (argv: string[]) => {
    const result = runCli(argv, env);
    for (const w of result.writes) files[w.path] = w.text;
    return result;
  };
}

describe('import-owners', () => {
  it('loads the users file, fills the accounts’ owner e-mail, and one step is written', () => {
    const files: Record<string, string> = { 'report.csv': REPORT, 'users.csv': USERS };
    const run = cli(files);
    expect(run(['import-accounts', 'report.csv', '--workspace', 'ws.json']).exitCode).toBe(0);
    expect(JSON.parse(files['ws.json'] ?? '').data.owners).toEqual([
      expect.objectContaining({ name: 'Jane Doe', email: '' }),
    ]);
    const result = run(['import-owners', 'users.csv', '--workspace', 'ws.json', '--json']);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      source: 'salesforce',
      people: 1,
      added: 0,
      updated: 1,
      accountsFilled: 1,
    });
    const ws = JSON.parse(files['ws.json'] ?? '').data;
    expect(ws.owners).toHaveLength(1);
    expect(ws.owners[0]).toMatchObject({
      email: 'jane.doe@seller.example',
      salesforceUserId: toSalesforceId18('005Hs00000AbCdE'),
    });
    expect(ws.accounts[0]).toMatchObject({
      owner: 'Jane Doe',
      ownerEmail: 'jane.doe@seller.example',
    });
  });

  it('a bad cell names file, row and column, and writes nothing (exit 2)', () => {
    const files: Record<string, string> = {
      'report.csv': REPORT,
      'users.csv': 'Full Name,Email\nJane,jane at x\n',
    };
    const run = cli(files);
    run(['import-accounts', 'report.csv', '--workspace', 'ws.json']);
    const before = files['ws.json'];
    const result = run(['import-owners', 'users.csv', '--workspace', 'ws.json']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      'users.csv, row 2, column "Email": "jane at x" is not an e-mail address',
    );
    expect(result.writes).toEqual([]);
    expect(files['ws.json']).toBe(before);
  });
});
