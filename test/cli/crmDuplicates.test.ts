// `import-accounts` merges same-company records of one CRM into one account and reports the
// groups as crmDuplicates in --json; --keep-crm-duplicates keeps them as separate accounts.
// New accounts are candidates unless --status target, the same default as the app's dialog.
import { describe, expect, it } from 'vitest';
import { DEFAULT_NEW_ACCOUNT_STATUS, toSalesforceId18 } from '../../shared/accounts';
import { runCli } from '../../cli/runCli';
import { sequentialIds } from '../../shared/domain/ids';

const ACME_1 = toSalesforceId18('0015g00000AcmE1') as string;
const ACME_2 = toSalesforceId18('0015g00000AcmE2') as string;
const REPORT = [
  'Account ID,Account Name,Website,Account Owner Email',
  `${ACME_1},Acme Corp,https://www.acme.com/,dana@seller.example`,
  `${ACME_2},ACME Inc.,acme.com,omar@seller.example`,
  '0015g00000GlbX1,Globex,globex.com,',
].join('\r\n');

function run(...extra: string[]) {
  const result = runCli(['import-accounts', 'sf.csv', '--workspace', 'ws.json', ...extra], {
    readFile: (path) => (path === 'sf.csv' ? new TextEncoder().encode(REPORT) : null),
    now: '2027-01-05T10:00:00.000Z',
    newId: sequentialIds('t'),
  });
  const accounts = result.writes[0] ? JSON.parse(result.writes[0].text).data.accounts : [];
  return { result, accounts };
}

describe('import-accounts and same-company CRM records', () => {
  it('merges them by default and reports the group in --json', () => {
    const { result, accounts } = run('--json');
    expect(result.exitCode).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.crmDuplicates).toEqual([
      {
        crm: 'salesforce',
        domain: 'acme.com',
        keptId: ACME_1,
        duplicateIds: [ACME_2],
        names: ['Acme Corp', 'ACME Inc.'],
        mergedInto: 'Acme Corp',
        keptSeparate: false,
      },
    ]);
    expect(summary.crmDuplicateRows).toEqual({ salesforce: 1, hubspot: 0 });
    expect(accounts).toHaveLength(2);
    expect(accounts[0]).toMatchObject({
      salesforceId: ACME_1,
      duplicateSalesforceIds: [ACME_2],
      ownerEmail: 'dana@seller.example',
    });
  });

  it('says so in the text summary', () => {
    expect(run().result.stdout).toContain(
      'Same company, several CRM records: 1 Salesforce and 0 HubSpot row(s) held as duplicate ids by 1 account(s)',
    );
  });

  it('--keep-crm-duplicates keeps them as separate accounts and still lists them', () => {
    const { result, accounts } = run('--keep-crm-duplicates', '--json');
    expect(result.exitCode).toBe(0);
    expect(accounts).toHaveLength(3);
    expect(
      accounts.every(
        (a: { duplicateSalesforceIds: string[] }) => a.duplicateSalesforceIds.length === 0,
      ),
    ).toBe(true);
    expect(JSON.parse(result.stdout).crmDuplicates).toEqual([
      expect.objectContaining({ domain: 'acme.com', keptSeparate: true, mergedInto: null }),
    ]);
    expect(run('--keep-crm-duplicates').result.stdout).toContain(
      '1 same-company group(s) kept as separate accounts.',
    );
  });

  it('--keep-crm-duplicates takes no value and is listed in the help', () => {
    expect(run('--keep-crm-duplicates=yes').result.exitCode).toBe(1);
    const help = runCli(['import-accounts', '--help'], {
      readFile: () => null,
      now: '2027-01-05T10:00:00.000Z',
      newId: sequentialIds('t'),
    });
    expect(help.stdout).toContain('--keep-crm-duplicates');
    expect(help.stdout).toContain('(default candidate)');
  });

  it('new accounts are candidates unless --status target, like the app', () => {
    expect(DEFAULT_NEW_ACCOUNT_STATUS).toBe('candidate');
    expect(run().accounts.map((a: { status: string }) => a.status)).toEqual([
      'candidate',
      'candidate',
    ]);
    expect(run('--status', 'target').accounts.map((a: { status: string }) => a.status)).toEqual([
      'target',
      'target',
    ]);
  });
});
