// A Sales Ops manager imports Salesforce's accounts report (owners as full names), finds the
// reps in the Owners table, loads Salesforce's users report to give them e-mails and user IDs,
// reassigns an account in the grid by picking a rep, and exports the Salesforce update file:
// zero rows the CRM would reject, and the new owner goes out by user ID and e-mail.
import { readFileSync } from 'node:fs';
import { toSalesforceId18 } from '../../shared/accounts/salesforceId';
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';
import { ExportPage } from './pages/ExportPage';
import { OwnersPage } from './pages/OwnersPage';

test.describe('owner directory', () => {
  test('report owners → users CSV → pick an owner in the grid → update file with zero rejected rows', async ({
    page,
  }) => {
    const accounts = new AccountsPage(page);
    const owners = new OwnersPage(page, accounts.app);
    await accounts.openEmpty();
    await accounts.importFiles('salesforce-report.csv');
    await expect(accounts.count()).toHaveText(/^6 accounts/);

    // The import filled the directory with the report's reps, known by name only.
    await owners.open();
    await expect(owners.table().getByRole('row')).toHaveCount(4);
    await expect(owners.field('E-mail', 'Omar Haddad')).toHaveValue('');

    // A bad users file is named by row and column and changes nothing.
    await owners.importUsers('users-bad-email.csv');
    await expect(owners.panel().getByRole('alert')).toContainText(
      'users-bad-email.csv, row 3, column "Email": "omar at seller" is not an e-mail address',
    );
    await expect(owners.field('E-mail', 'Jane Doe')).toHaveValue('');

    await owners.importUsers('salesforce-users.csv');
    await expect(
      accounts.app.toast(/salesforce-users\.csv: 4 people, 1 new, 3 updated/),
    ).toBeVisible();
    await expect(owners.field('E-mail', 'Omar Haddad')).toHaveValue('omar.haddad@seller.example');
    await expect(owners.field('Salesforce user ID', 'Omar Haddad')).toHaveValue(
      toSalesforceId18('005Hs00000BcDeF') ?? '',
    );
    // Undo takes the whole users file back, and redo brings it again.
    await accounts.app.undo();
    await expect(owners.field('E-mail', 'Omar Haddad')).toHaveValue('');
    await accounts.app.redo();
    await expect(owners.field('E-mail', 'Omar Haddad')).toHaveValue('omar.haddad@seller.example');

    // An edit in the table is checked before it is saved.
    await owners.field('HubSpot owner ID', 'Li Wei').fill('LW-7');
    await owners.field('HubSpot owner ID', 'Li Wei').press('Enter');
    await expect(owners.panel().getByRole('alert')).toContainText(
      '"LW-7" is not a HubSpot owner ID',
    );

    // Reassign Tailspin Fintech from Li Wei to Priya, picked from the directory by name.
    await owners.close();
    await accounts.editCell('Tailspin Fintech', 'owner', 'Priya Natarajan');
    await expect(accounts.cell('Tailspin Fintech', 'owner')).toHaveText('Priya Natarajan');

    const exporter = new ExportPage(page, accounts.app);
    await exporter.open();
    await exporter.chooseProfile('Salesforce accounts');
    await exporter.chooseMode('CRM import');
    await expect(
      page.getByRole('status').filter({ hasText: 'Every row passed validation.' }),
    ).toBeVisible();
    const download = await exporter.save();
    expect(download.suggestedFilename()).toBe('salesforce-accounts-update.csv');
    const lines = readFileSync(await download.path(), 'utf8')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe(
      'Account ID,Account Owner ID,Account Owner Email,ABM_Tier__c,Target_Account__c,ABM_Campaigns__c',
    );
    expect(lines).toHaveLength(1 + 6);
    const tailspin = toSalesforceId18('0015g00000DeFgH') ?? '';
    const priya = toSalesforceId18('005Hs00000DeFgH') ?? '';
    expect(lines.find((l) => l.startsWith(tailspin))).toMatch(
      new RegExp(`^${tailspin},${priya},priya\\.natarajan@seller\\.example,[123]?,(true|false),$`),
    );
    // The other accounts keep their owners: nothing but the ABM fields goes to Salesforce.
    expect(lines.filter((l) => l.includes('@'))).toHaveLength(1);
  });

  test('a Salesforce report with same-company records and an overlapping HubSpot export → the Salesforce update file has zero rejected rows', async ({
    page,
  }) => {
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();
    await accounts.importFiles(
      'salesforce-report-same-company.csv',
      'hubspot-companies-overlap.csv',
    );
    const shown = Number(/^(\d+) accounts/.exec((await accounts.count().textContent()) ?? '')?.[1]);
    expect(shown).toBeGreaterThanOrEqual(4);

    const exporter = new ExportPage(page, accounts.app);
    await exporter.open();
    await exporter.chooseProfile('Salesforce accounts');
    await exporter.chooseMode('CRM import');
    await expect(
      page.getByRole('status').filter({ hasText: 'Every row passed validation.' }),
    ).toBeVisible();
    const download = await exporter.save();
    // Every account came from Salesforce: one update file, no new accounts.
    expect(download.suggestedFilename()).toBe('salesforce-accounts-update.csv');
    const lines = readFileSync(await download.path(), 'utf8')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toMatch(/^Account ID,(.+,)?ABM_Tier__c,Target_Account__c,ABM_Campaigns__c$/);
    expect(lines).toHaveLength(1 + shown);
    for (const line of lines.slice(1)) expect(line).toMatch(/^0015g[A-Za-z0-9]{13},/);
    // The owners are Salesforce's own (full names, no e-mail): none goes back.
    expect(lines[0]).not.toContain('Account Owner');
  });

  test('add and delete an owner in the table, each one undo step', async ({ page }) => {
    const accounts = new AccountsPage(page);
    const owners = new OwnersPage(page, accounts.app);
    await accounts.openEmpty();
    await owners.open();
    await owners.add({ name: 'Dana Reyes', email: 'Dana@Seller.example' });
    await expect(owners.field('E-mail', 'Dana Reyes')).toHaveValue('dana@seller.example');
    await owners.add({ name: 'Someone', email: 'dana@seller.example' });
    await expect(owners.panel().getByRole('alert')).toContainText(
      'Dana Reyes already has the e-mail dana@seller.example',
    );
    await owners.delete('Dana Reyes');
    await expect(owners.table().getByRole('row')).toHaveCount(1);
    await accounts.app.undo();
    await expect(owners.field('Name', 'Dana Reyes')).toHaveValue('Dana Reyes');
  });
});
