// A Sales Ops manager imports a Salesforce accounts report that holds two companies twice
// (different Salesforce IDs, website forms like https://www.acme.com/ and acme.com) together
// with a HubSpot companies export that overlaps it by domain and holds one company twice:
// the preview names the groups, each company becomes one account holding both CRMs' IDs and
// the duplicates, the duplicates-to-merge exports list them for the CRM admins, and the
// HubSpot companies file has one row per domain — also when the user keeps a group apart.
import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { toSalesforceId18 } from '../../shared/accounts/salesforceId';
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';
import { ExportPage } from './pages/ExportPage';

const id15 = {
  acme1: '0015g00000AcmE1',
  acme2: '0015g00000AcmE2',
  globex: '0015g00000GlbX1',
  initech1: '0015g00000InTc1',
  initech2: '0015g00000InTc2',
};
const id18 = (id: string) => toSalesforceId18(id) as string;

const SALESFORCE_REPORT = {
  name: 'salesforce-accounts-report.csv',
  text:
    '\uFEFF' +
    [
      '"Account ID","Account Name","Website","Industry","Account Owner","Account Owner Email"',
      `"${id15.acme1}","Acme Corp","https://www.acme.com/","Manufacturing","Dana Reyes","dana@seller.example"`,
      `"${id15.globex}","Globex","globex.com","Energy","Li Wei","li.wei@seller.example"`,
      `"${id15.acme2}","ACME Inc.","acme.com","","Omar Haddad","omar@seller.example"`,
      `"${id15.initech1}","Initech","initech.com","Technology","Li Wei","li.wei@seller.example"`,
      `"${id15.initech2}","Initech (old)","http://www.initech.com/about","","",""`,
    ].join('\r\n') +
    '\r\n',
};

const HUBSPOT_EXPORT = {
  name: 'hubspot-companies-export.csv',
  text: [
    'Record ID,Company name,Company Domain Name,Company owner',
    '7001,Acme,acme.com,dana@seller.example',
    '7002,Acme Corporation,www.acme.com,dana@seller.example',
    '7003,Globex,globex.com,li.wei@seller.example',
  ].join('\n'),
};

async function linesOf(download: Download): Promise<string[]> {
  const text = readFileSync(await download.path(), 'utf8');
  return text.split('\r\n').filter((line) => line !== '');
}

test.describe('same-company CRM records', () => {
  test('become one account per company and go back to the CRM admins', async ({ page }) => {
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();
    await accounts.chooseGeneratedFiles(SALESFORCE_REPORT, HUBSPOT_EXPORT);
    await accounts.preview();

    await expect(accounts.previewCount('new')).toHaveText('3');
    await expect(accounts.previewCount('crm-salesforce')).toHaveText('2');
    await expect(accounts.previewCount('crm-hubspot')).toHaveText('1');
    await expect(
      accounts.dialog().getByText('2 rows: same company, several Salesforce records'),
    ).toBeVisible();
    const groups = accounts.crmDuplicates();
    await expect(groups.getByRole('row')).toHaveCount(4); // header + 3 groups
    await expect(
      groups.getByRole('row', {
        name: `Salesforce acme.com Acme Corp; ACME Inc. ${id18(id15.acme1)} ${id18(id15.acme2)}`,
      }),
    ).toBeVisible();
    await expect(
      groups.getByRole('row', { name: /^HubSpot acme\.com Acme Corp; Acme Corporation 7001 7002/ }),
    ).toBeVisible();
    await expect(groups.getByRole('row', { name: /^Salesforce initech\.com/ })).toBeVisible();
    // A CRM dump is candidates unless the user picks target.
    await expect(accounts.newAccountStatus()).toHaveValue('candidate');
    await accounts.confirm();
    await expect(accounts.count()).toHaveText('3 accounts, 0 targets');

    await accounts.search('acme');
    await expect(accounts.column('domain')).toHaveText(['acme.com']);
    await accounts.revealColumn('Duplicate Salesforce IDs');
    await expect(accounts.column('salesforceId')).toHaveText([id18(id15.acme1)]);
    await expect(accounts.column('duplicateSalesforceIds')).toHaveText([id18(id15.acme2)]);
    await accounts.revealColumn('Duplicate HubSpot IDs');
    await expect(accounts.column('hubspotId')).toHaveText(['7001']);
    await expect(accounts.column('duplicateHubspotIds')).toHaveText(['7002']);
    await accounts.search('');
    await accounts.filterColumn('Duplicate Salesforce IDs', id15.initech2);
    await expect(accounts.column('name')).toHaveText(['Initech']);
    await accounts.filterColumn('Duplicate Salesforce IDs', '');
    // The account's own page (its timeline) names the records to merge too.
    await accounts.search('acme');
    await accounts.scrollToLastColumns();
    await page.getByRole('button', { name: 'Timeline of Acme Corp' }).click();
    await expect(page.getByLabel('CRM records')).toHaveText(
      `Salesforce ${id18(id15.acme1)} (duplicates to merge into it: ${id18(id15.acme2)}) · HubSpot 7001 (duplicates to merge into it: 7002)`,
    );

    const exporter = new ExportPage(page, accounts.app);
    await exporter.open();
    await exporter.chooseProfile('Salesforce duplicates to merge');
    await expect(exporter.preview('salesforce-duplicates.csv')).toBeVisible();
    const salesforce = await linesOf(await exporter.save());
    expect(salesforce[0]).toBe(
      'Master Account ID,Duplicate Account ID,Account Name,Website,Domain,Account Owner,Account Owner Email,Records in group',
    );
    expect(salesforce.slice(1).sort()).toEqual(
      [
        `${id18(id15.acme1)},${id18(id15.acme2)},Acme Corp,https://www.acme.com/,acme.com,Dana Reyes,dana@seller.example,2`,
        `${id18(id15.initech1)},${id18(id15.initech2)},Initech,initech.com,initech.com,Li Wei,li.wei@seller.example,2`,
      ].sort(),
    );

    await exporter.chooseProfile('HubSpot duplicates to merge');
    await expect(exporter.preview('hubspot-duplicates.csv')).toBeVisible();
    const hubspot = await linesOf(await exporter.save());
    expect(hubspot.slice(1)).toEqual([
      '7001,7002,Acme Corp,https://www.acme.com/,acme.com,dana@seller.example,Dana Reyes,2',
    ]);

    await exporter.chooseProfile('HubSpot companies');
    await expect(exporter.preview('hubspot-companies.csv')).toBeVisible();
    await expect(exporter.problems()).toHaveCount(0);
    const companies = await linesOf(await exporter.save());
    const domains = companies.slice(1).map((line) => line.split(',')[2]);
    expect(domains.sort()).toEqual(['acme.com', 'globex.com', 'initech.com']);
    expect(companies).toContainEqual(expect.stringMatching(/^7001,Acme Corp,acme\.com,/));
  });

  test('kept apart, a shared domain is a HubSpot error and the file keeps one row per domain', async ({
    page,
  }) => {
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();
    await accounts.chooseGeneratedFiles(SALESFORCE_REPORT, HUBSPOT_EXPORT);
    await accounts.preview();
    await accounts.keepSeparate('acme.com');
    // The preview runs again: acme.com's records stay apart, Initech's still merge.
    await expect(accounts.previewCount('crm-salesforce')).toHaveText('1');
    await expect(accounts.previewCount('new')).toHaveText('5');
    await expect(
      accounts
        .crmDuplicates()
        .getByRole('row', { name: /^Salesforce acme\.com .* separate accounts/ }),
    ).toBeVisible();
    await expect(
      accounts.dialog().getByRole('checkbox', { name: 'Keep acme.com as separate accounts' }),
    ).toBeChecked();
    await accounts.confirm();
    await expect(accounts.count()).toHaveText('5 accounts, 0 targets');

    const exporter = new ExportPage(page, accounts.app);
    await exporter.open();
    await exporter.chooseProfile('HubSpot companies');
    const clashes = exporter
      .problems()
      .getByRole('row')
      .filter({ hasText: '"acme.com", the domain of' });
    await expect(clashes).toHaveCount(2);
    await expect(clashes.first()).toContainText('HubSpot keeps one company per domain');
    const companies = await linesOf(await exporter.save());
    const domains = companies.slice(1).map((line) => line.split(',')[2]);
    expect(domains.sort()).toEqual(['acme.com', 'globex.com', 'initech.com']);
  });
});
