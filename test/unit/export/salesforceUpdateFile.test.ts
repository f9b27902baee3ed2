// The Salesforce update file is what the CRM needs: the ID, the ABM fields, and only what the
// workbench changed since Salesforce's values were imported. An owner goes out only when it
// changed, by user ID and e-mail from the owner directory; an unchanged owner needs neither.
import { describe, expect, it } from 'vitest';
import { editAccountField, importAccounts } from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Account, Owner } from '../../../shared/domain/types';
import { exportSalesforceAccounts } from '../../../shared/export/salesforceAccounts';
import { importUsersFile } from '../../../shared/owners';
import { salesforceReport, salesforceUsersReport, userId18 } from '../owners/crmFiles';
import { account, sourceOf } from './exportFixtures';

const NOW = '2027-01-04T09:00:00.000Z';
const ABM = ['ABM_Tier__c', 'Target_Account__c', 'ABM_Campaigns__c'];

function imported(): { accounts: Account[]; owners: Owner[] } {
  const preview = importAccounts([{ name: 'report.csv', bytes: salesforceReport(12) }], [], {
    policy: 'fill-empty',
    defaultStatus: 'candidate',
    now: NOW,
    newId: sequentialIds('a'),
    profile: null,
  });
  if (!preview.ok) throw new Error('import failed');
  return { accounts: preview.put, owners: preview.owners.put };
}

function edit(a: Account, field: Parameters<typeof editAccountField>[1], text: string): Account {
  const result = editAccountField(a, field, text);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function updateFile(accounts: Account[], owners: Owner[]) {
  const result = exportSalesforceAccounts(sourceOf({ accounts, owners }));
  const table = result.tables.find((t) => t.suffix === 'update');
  if (!table) throw new Error('no update file');
  const cell = (row: number, header: string) => table.rows[row]?.[table.headers.indexOf(header)];
  return { table, cell, problems: result.problems };
}

describe('the Salesforce update file', () => {
  it('right after the import it holds the ID and the ABM fields only, and nothing is rejected', () => {
    const { accounts, owners } = imported();
    const tiered = accounts.map((a, i) => ({
      ...a,
      tier: (1 + (i % 3)) as 1 | 2 | 3,
      status: 'target' as const,
    }));
    const { table, problems } = updateFile(tiered, owners);
    expect(table.headers).toEqual(['Account ID', ...ABM]);
    expect(table.rows).toHaveLength(12);
    expect(problems).toEqual([]);
  });

  it('a field changed on one account adds its column, filled on that row only', () => {
    const { accounts, owners } = imported();
    accounts[3] = edit(accounts[3] as Account, 'industry', 'Biotech');
    const { table, cell, problems } = updateFile(accounts, owners);
    expect(table.headers).toEqual(['Account ID', 'Industry', ...ABM]);
    expect(cell(3, 'Industry')).toBe('Biotech');
    expect(table.rows.filter((r) => r[1] !== '')).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('a changed owner goes out by Salesforce user ID and e-mail, resolved through the directory', () => {
    const { accounts, owners } = imported();
    const users = importUsersFile(
      { name: 'users.csv', bytes: salesforceUsersReport() },
      { owners, accounts },
      { now: NOW, newId: sequentialIds('o') },
    );
    if (!users.ok) throw new Error('users');
    const byId = new Map(owners.map((o) => [o.id, o]));
    for (const o of users.owners) byId.set(o.id, o);
    const filled = new Map(users.accounts.map((a) => [a.id, a]));
    const stored = accounts.map((a) => filled.get(a.id) ?? a);
    // Jane Doe's account goes to Omar Haddad, typed by name as in the grid.
    const row = stored.findIndex((a) => a.owner === 'Jane Doe');
    stored[row] = { ...(stored[row] as Account), owner: 'Omar Haddad', ownerEmail: '' };
    const { table, cell, problems } = updateFile(stored, [...byId.values()]);
    expect(table.headers).toEqual([
      'Account ID',
      'Account Owner ID',
      'Account Owner Email',
      ...ABM,
    ]);
    expect(cell(row, 'Account Owner ID')).toBe(userId18('005Hs00000BcDeF'));
    expect(cell(row, 'Account Owner Email')).toBe('omar.haddad@seller.example');
    // The others keep their owner: blank cells, and their filled-in e-mail is not a change.
    expect(table.rows.filter((r) => r[2] !== '')).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('a changed owner the directory cannot place is an error; an unchanged one without e-mail is not', () => {
    const { accounts, owners } = imported();
    accounts[0] = { ...(accounts[0] as Account), owner: 'Nobody Known', ownerEmail: '' };
    const { problems } = updateFile(accounts, owners);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        row: 2,
        column: 'Account Owner Email',
        message: expect.stringContaining(
          'owner "Nobody Known" has no email address or Salesforce user ID',
        ),
      }),
    ]);
  });

  it('a value cleared in the workbench warns: the wizard leaves a field alone on a blank cell', () => {
    const { accounts, owners } = imported();
    const i = accounts.findIndex((a) => a.industry !== '');
    accounts[i] = edit(accounts[i] as Account, 'industry', '');
    const { table, problems } = updateFile(accounts, owners);
    expect(table.headers).toContain('Industry');
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        row: i + 2,
        column: 'Industry',
        message: expect.stringContaining('clear it in Salesforce'),
      }),
    ]);
  });

  it('an account never imported from Salesforce sends every field it has, as before', () => {
    const a = account({
      id: 'x',
      name: 'Typed In',
      salesforceId: '0015g00000AcMeQAAZ',
      industry: 'Retail',
      owner: 'Dana Reyes',
      ownerEmail: 'dana@seller.example',
    });
    const { table, cell } = updateFile([a], []);
    expect(table.headers).toEqual([
      'Account ID',
      'Account Name',
      'Industry',
      'Account Owner ID',
      'Account Owner Email',
      ...ABM,
    ]);
    expect(cell(0, 'Account Owner Email')).toBe('dana@seller.example');
  });
});
