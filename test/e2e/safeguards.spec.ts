/**
 * Nothing is replaced without asking and nothing is half-written: Restore and re-approving
 * a quarter ask first (Cancel keeps everything), Cancel during an import's write leaves no
 * account behind, and of two tabs on one store only the newest writes — the other is told,
 * and once it takes the store back its undo refuses to overwrite the other tab's edit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { syntheticSalesforceExport } from '../bench/data/syntheticSalesforceExport';
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';
import { AppPage } from './pages/AppPage';

test.describe('destructive actions ask first', () => {
  test('Restore shows what it replaces; Cancel keeps everything, confirming replaces it', async ({
    app,
    page,
  }, testInfo) => {
    const accounts = new AccountsPage(page);
    await app.open();
    await app.openSample();
    await expect(accounts.count()).toHaveText(/^300 accounts/);
    const backup = testInfo.outputPath('small.json');
    await (await app.backup()).saveAs(backup);
    const file = JSON.parse(readFileSync(backup, 'utf8')) as {
      data: { accounts: unknown[]; motions: unknown[] };
    };
    file.data.accounts = file.data.accounts.slice(0, 5);
    file.data.motions = [];
    writeFileSync(backup, JSON.stringify(file));

    await app.restore(backup);
    const dialog = app.restoreDialog();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: 'Accounts 300 5' })).toBeVisible();
    await expect(dialog.getByRole('row', { name: 'Motions 12 0' })).toBeVisible();
    // Cancel is the default: Enter right away keeps the workspace.
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(app.toast('Restore cancelled: nothing was changed.')).toBeVisible();
    await expect(accounts.count()).toHaveText(/^300 accounts/);

    await app.restore(backup);
    await expect(app.restoreDialog()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(app.restoreDialog()).toBeHidden();
    await expect(accounts.count()).toHaveText(/^300 accounts/);

    await app.restore(backup);
    await app.confirmRestore();
    await expect(app.toast(/^Restored small\.json: 5 accounts/)).toBeVisible();
    await expect(accounts.count()).toHaveText(/^5 accounts/);
    await app.undo();
    await expect(accounts.count()).toHaveText(/^300 accounts/);
  });

  test('approving a quarter that already has a TAL asks to replace it', async ({ page }) => {
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();
    // The quarterly review compares target account lists: the imported rows become targets.
    await accounts.importFilesAsTargets('salesforce-report.csv');
    await accounts.openPanel('Quarterly review');
    await accounts.approveQuarter();
    await expect(accounts.app.toast(/^Approved the TAL for/)).toBeVisible();
    await accounts.selectRow('Litware Labs');
    await accounts.bulkSetTier('2');
    const panel = accounts.reviewPanel();
    await expect(panel.getByText('Tier changed (1)')).toBeVisible();

    await accounts.approveQuarter();
    const dialog = accounts.replaceSnapshotDialog();
    await expect(dialog).toBeVisible();
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    await expect(dialog).toContainText(`approved on ${today} by Sales Ops (6 accounts, 6 targets)`);
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    // The earlier snapshot is still the one compared with.
    await expect(panel.getByText('Tier changed (1)')).toBeVisible();

    await accounts.approveQuarter();
    await accounts
      .replaceSnapshotDialog()
      .getByRole('button', { name: 'Replace snapshot' })
      .click();
    await expect(panel.getByText('Tier changed (0)')).toBeVisible();
    await expect(
      panel.getByRole('combobox', { name: 'Compare from' }).locator('option'),
    ).toHaveCount(1);
  });
});

test.describe('writes that can be cancelled', () => {
  test('Cancel while an import writes leaves nothing; a finished import is listed before it says so', async ({
    page,
  }, testInfo) => {
    test.setTimeout(240_000);
    const rows = 20_000;
    const big = testInfo.outputPath('big-salesforce-export.csv');
    writeFileSync(big, syntheticSalesforceExport(rows));
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();

    await accounts.choosePaths(big);
    await accounts.dialog().getByRole('button', { name: 'Preview import' }).click();
    await expect(accounts.dialog().getByLabel('Import preview')).toBeVisible({ timeout: 60_000 });
    await accounts
      .dialog()
      .getByRole('button', { name: /^Import [\d,]+ accounts$/ })
      .click();
    await expect(accounts.dialog().getByText('Writing accounts')).toBeVisible();
    await accounts.dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(
      accounts.app.toast('Import cancelled while writing: nothing was written.'),
    ).toBeVisible({ timeout: 30_000 });
    await expect(accounts.dialog()).toBeHidden();
    await expect(accounts.count()).toHaveText(/^0 accounts/);
    // No undo step either: the latest is still the one before the import.
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute(
      'title',
      /^Undo Start empty/,
    );
    // Nothing reached the store either.
    await page.reload();
    await accounts.app.goTo('Accounts');
    await expect(accounts.count()).toHaveText(/^0 accounts/);

    await accounts.choosePaths(big);
    await accounts.dialog().getByRole('button', { name: 'Preview import' }).click();
    await expect(accounts.dialog().getByLabel('Import preview')).toBeVisible({ timeout: 60_000 });
    const imported = await accounts.dialog().getByTestId('count-new').textContent();
    await accounts
      .dialog()
      .getByRole('button', { name: /^Import [\d,]+ accounts$/ })
      .click();
    const toast = accounts.app.toast(/^Imported big-salesforce-export\.csv/);
    await expect(toast).toBeVisible({ timeout: 120_000 });
    // The moment it says so, the list already has the rows (not "No accounts yet").
    expect(await accounts.count().textContent()).toMatch(new RegExp(`^${imported} accounts`));
  });
});

test.describe('two tabs on one store', () => {
  test('the newest tab writes; the first is told, and its undo refuses to overwrite the other tab', async ({
    page,
    context,
  }) => {
    const a = new AccountsPage(page);
    await a.openEmpty();
    await a.importFiles('salesforce-report.csv');
    await a.selectAll();
    await a.bulkSetTier('1');
    await expect(a.column('tier')).toHaveText(['1', '1', '1', '1', '1', '1']);

    const second = await context.newPage();
    const problems: string[] = [];
    second.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    second.on('pageerror', (e) => problems.push(e.message));
    const b = new AccountsPage(second);
    await new AppPage(second).open('#/accounts');
    await expect(a.app.takenOverDialog()).toBeVisible();
    await expect(new AppPage(second).takenOverDialog()).toBeHidden();

    // Tab B edits; tab A, read-only, still shows the change.
    await expect(b.count()).toHaveText(/^6 accounts/);
    await b.selectRow('Litware Labs');
    await b.selectRow('Tailspin Fintech');
    await b.bulkSetTier('3');
    await expect(a.cell('Litware Labs', 'tier')).toHaveText('3');

    // Tab A takes the store back; B is told in turn.
    await a.app.takenOverDialog().getByRole('button', { name: 'Use in this tab' }).click();
    await expect(a.app.takenOverDialog()).toBeHidden();
    await expect(new AppPage(second).takenOverDialog()).toBeVisible();

    await a.app.undo();
    await expect(page.getByRole('alert')).toContainText(
      "Can't undo “Bulk edit 6 accounts”: 2 accounts were changed since, in this or another window",
    );
    // Nothing was undone: B's two edits and A's other four stay.
    await expect(a.cell('Litware Labs', 'tier')).toHaveText('3');
    await expect(a.cell('Tailspin Fintech', 'tier')).toHaveText('3');
    expect((await a.column('tier').allTextContents()).sort()).toEqual([
      '1',
      '1',
      '1',
      '1',
      '3',
      '3',
    ]);
    expect(problems).toEqual([]);
  });
});
