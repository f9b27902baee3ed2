import { test, expect } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';

test.describe('target account lists', () => {
  test('a Salesforce report and an overlapping HubSpot export become one account per company', async ({
    page,
  }) => {
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();

    // Salesforce report: BOM, CRLF, a quoted line break, two duplicate rows and a footer.
    await accounts.chooseFiles('salesforce-report.csv');
    await expect(accounts.dialog().getByText(/Salesforce export, 8 rows/)).toBeVisible();
    await expect(accounts.dialog().getByLabel('Import column Account ID as')).toHaveValue(
      'salesforceId',
    );
    await accounts.preview();
    await expect(accounts.previewCount('new')).toHaveText('6');
    await expect(accounts.previewCount('merged')).toHaveText('2');
    await expect(accounts.previewCount('rejected')).toHaveText('0');
    await accounts.confirm();
    await expect(accounts.count()).toHaveText(/^6 accounts/);

    await accounts.chooseFiles('hubspot-companies.csv');
    await expect(accounts.dialog().getByText(/HubSpot export, 4 rows/)).toBeVisible();
    await accounts.preview();
    await expect(accounts.previewCount('new')).toHaveText('1');
    await expect(accounts.previewCount('updated')).toHaveText('3');
    await accounts.confirm();
    await expect(accounts.count()).toHaveText(/^7 accounts/);

    await accounts.search('northwind');
    await expect(accounts.column('domain')).toHaveText(['northwind-analytics.example']);
    await accounts.scrollToLastColumns();
    await expect(accounts.column('salesforceId')).toHaveText(['0015g00000AbCdEAAV']);
    await expect(accounts.column('hubspotId')).toHaveText(['9001']);
  });

  test('the list sorts by a header click, filters by column and search, and selects by range', async ({
    page,
  }) => {
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();
    await expect(
      page.getByText('No accounts yet: import a Salesforce or HubSpot export.'),
    ).toBeVisible();
    await accounts.importFiles('salesforce-report.csv');

    // Sorted by name at first, case-insensitively.
    await expect(accounts.column('name')).toHaveText([
      'Contoso Health, Inc.',
      'Fabrikam Manufacturing',
      'Litware Labs',
      'Northwind Analytics',
      'Tailspin Fintech',
      'Wide World Importers',
    ]);
    await accounts.sortBy('Annual revenue');
    await accounts.sortBy('Annual revenue');
    await expect(accounts.column('name')).toHaveText([
      'Wide World Importers',
      'Contoso Health, Inc.',
      'Fabrikam Manufacturing',
      'Northwind Analytics',
      'Tailspin Fintech',
      'Litware Labs',
    ]);

    await accounts.filterColumn('Owner', 'jane');
    await expect(accounts.column('name')).toHaveText([
      'Fabrikam Manufacturing',
      'Northwind Analytics',
    ]);
    await accounts.search('north');
    await expect(accounts.column('name')).toHaveText(['Northwind Analytics']);
    await accounts.search('');
    await accounts.filterColumn('Owner', '');
    await expect(accounts.column('name')).toHaveCount(6);

    // Shift+click selects the range between two checkboxes, in the order shown.
    await accounts.selectRow('Contoso Health, Inc.');
    await page
      .getByRole('checkbox', { name: 'Select Tailspin Fintech', exact: true })
      .click({ modifiers: ['Shift'] });
    await expect(accounts.bulkEdit()).toContainText('4 selected');
  });

  test('a broken file names the row and changes nothing; bad rows are listed before import', async ({
    page,
  }) => {
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();
    await accounts.importFiles('salesforce-report.csv');
    await expect(accounts.count()).toHaveText(/^6 accounts/);

    await accounts.chooseFiles('broken-unterminated-quote.csv');
    const alert = accounts.dialog().getByRole('alert');
    await expect(alert).toContainText('broken-unterminated-quote.csv, row 3, column "Employees"');
    await expect(alert).toContainText('closing quote');
    await accounts.dialog().getByRole('button', { name: 'Close' }).click();
    await expect(accounts.count()).toHaveText(/^6 accounts/);

    await accounts.chooseFiles('rejected-rows.csv');
    await accounts.preview();
    await expect(accounts.previewCount('rejected')).toHaveText('2');
    const rejected = accounts.dialog().getByRole('table', { name: 'Rejected rows' });
    await expect(
      rejected.getByRole('row', { name: /rejected-rows\.csv 3 Employees lots/ }),
    ).toBeVisible();
    await expect(
      rejected.getByRole('row', { name: /rejected-rows\.csv 4 Billing Country Atlantis/ }),
    ).toBeVisible();
    // Cancel writes nothing.
    await accounts.dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(accounts.count()).toHaveText(/^6 accounts/);
  });

  test('a bulk edit of every row is one step that undo reverts', async ({ page }) => {
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();
    await accounts.importFiles('salesforce-report.csv');
    await expect(accounts.column('tier')).toHaveText(['', '', '', '', '', '']);

    await accounts.selectAll();
    await expect(accounts.bulkEdit()).toContainText('6 selected');
    await accounts.bulkSetTier('1');
    await expect(accounts.column('tier')).toHaveText(['1', '1', '1', '1', '1', '1']);

    await accounts.app.undo();
    await expect(accounts.column('tier')).toHaveText(['', '', '', '', '', '']);

    // The import itself is one step too: undo removes every account it wrote, redo restores them.
    await accounts.app.undo();
    await expect(accounts.count()).toHaveText(/^0 accounts/);
    await accounts.app.redo();
    await expect(accounts.count()).toHaveText(/^6 accounts/);
    await expect(accounts.column('tier')).toHaveText(['', '', '', '', '', '']);
  });

  test('approving a quarter, then changing tiers, shows the diff', async ({ page }) => {
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();
    await accounts.importFilesAsTargets('salesforce-report.csv');
    await accounts.openPanel('Quarterly review');
    await accounts
      .reviewPanel()
      .getByRole('button', { name: /^Approve TAL for FY\d{4} Q[1-4]$/ })
      .click();
    await expect(accounts.reviewPanel().getByRole('status')).toContainText('Turnover 0%');

    await accounts.selectRow('Litware Labs');
    await accounts.selectRow('Tailspin Fintech');
    await accounts.bulkSetTier('2');
    const panel = accounts.reviewPanel();
    await expect(panel.getByText('Tier changed (2)')).toBeVisible();
    await expect(panel.getByRole('list', { name: 'Tier changed' })).toContainText(
      'Litware Labs: Tier — → Tier 2',
    );
    await expect(panel.getByRole('status')).toContainText('Turnover 0% (6 → 6 targets)');
  });

  test('cells paste from Excel, fill down and copy as tab-separated text', async ({ page }) => {
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();
    await accounts.importFiles('salesforce-report.csv');

    await accounts.cell('Litware Labs', 'tier').click();
    await accounts.pasteText('1\r\n2\r\n');
    await expect(accounts.cell('Litware Labs', 'tier')).toHaveText('1');
    await expect(accounts.cell('Northwind Analytics', 'tier')).toHaveText('2');

    await accounts.cell('Litware Labs', 'owner').click();
    await accounts.pasteText('Not a tier');
    await expect(accounts.cell('Litware Labs', 'owner')).toHaveText('Not a tier');
    await accounts.cell('Litware Labs', 'tier').click();
    await accounts.pasteText('7');
    await expect(accounts.app.toast(/"7" is not a tier.*Nothing was pasted/)).toBeVisible();
    await expect(accounts.cell('Litware Labs', 'tier')).toHaveText('1');

    for (const name of ['Litware Labs', 'Northwind Analytics', 'Tailspin Fintech']) {
      await accounts.selectRow(name);
    }
    await accounts.cell('Litware Labs', 'tier').click();
    await page.keyboard.press('Control+d');
    await expect(accounts.cell('Tailspin Fintech', 'tier')).toHaveText('1');
    await expect(accounts.cell('Northwind Analytics', 'tier')).toHaveText('1');

    const copied = await accounts.copyText();
    expect(copied.split('\r\n')[0]).toMatch(/^Name\tDomain\tTier\t/);
    expect(copied).toContain('Tailspin Fintech\ttailspin-fintech.example\t1\t');
  });

  test('the ICP profile scores live and suggested tiers apply to the selection', async ({
    page,
  }) => {
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();
    await accounts.importFiles('salesforce-report.csv');
    await accounts.openPanel('ICP profile');
    await page.getByLabel('Criterion 1 values').fill('Technology');
    await expect(accounts.cell('Northwind Analytics', 'icpScore')).toHaveText('100');
    await expect(accounts.cell('Northwind Analytics', 'suggestedTier')).toHaveText('1');
    await expect(accounts.cell('Tailspin Fintech', 'icpScore')).toHaveText('60');

    await accounts.selectRow('Northwind Analytics');
    await accounts.selectRow('Tailspin Fintech');
    await accounts.bulkEdit().getByRole('button', { name: 'Apply suggested tiers' }).click();
    await expect(accounts.cell('Northwind Analytics', 'tier')).toHaveText('1');
    await expect(accounts.cell('Tailspin Fintech', 'tier')).toHaveText('2');
  });

  test('removing needs a reason; a saved view remembers hidden columns', async ({ page }) => {
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();
    await accounts.importFilesAsTargets('salesforce-report.csv');

    await accounts.selectRow('Litware Labs');
    await accounts.bulkEdit().getByRole('button', { name: 'Remove…' }).click();
    const dialog = page.getByRole('dialog', { name: /Remove 1 accounts/ });
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Give a reason for removing the accounts');
    await dialog.getByLabel('Removal reason').fill('Acquired by a customer');
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(accounts.cell('Litware Labs', 'status')).toHaveText('removed');
    await expect(accounts.count()).toHaveText('6 accounts, 5 targets');

    await page.getByText('Columns', { exact: true }).click();
    const columns = page.getByRole('group', { name: 'Visible columns' });
    await columns.getByLabel('Domain', { exact: true }).uncheck();
    await expect(accounts.column('domain')).toHaveCount(0);
    await page.getByLabel('View name').fill('Without domains');
    await page.getByRole('button', { name: 'Save view' }).click();
    await columns.getByLabel('Domain', { exact: true }).check();
    await expect(accounts.column('domain')).toHaveCount(6);
    await page.getByLabel('Saved view').selectOption({ label: 'Without domains' });
    await expect(accounts.column('domain')).toHaveCount(0);
  });
});
