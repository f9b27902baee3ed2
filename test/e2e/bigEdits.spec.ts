/**
 * Edits at spreadsheet size (issue 17): a bulk edit of every one of 20,000 accounts, its
 * undo and its redo, each shown in the grid. The accounts are stored in pages and the undo
 * step keeps only the changed field, so each step is a few dozen records, not 20,000.
 */
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';

test('a bulk edit of 20,000 accounts, its undo and its redo each show in the grid', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const accounts = new AccountsPage(page);
  const big = testInfo.outputPath('salesforce-20000.csv');
  // The synthetic export holds a few records of the same company, which merge.
  const shown = await accounts.importSynthetic(20_000, big, /^19,\d{3} accounts/);
  const tiers = accounts.column('tier');
  await expect(tiers.first()).toHaveText('');

  await accounts.selectAll();
  await expect(accounts.bulkEdit()).toContainText(`${shown} selected`);
  await accounts.bulkSetTier('3');
  await expect(
    accounts.app.toast(`Updated ${shown} accounts. Undo reverts all of them.`),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(tiers.first()).toHaveText('3');
  await expect(tiers.nth(10)).toHaveText('3');

  await accounts.app.undo();
  await expect(tiers.first()).toHaveText('');
  await expect(tiers.nth(10)).toHaveText('');

  await accounts.app.redo();
  await expect(tiers.first()).toHaveText('3');
  await expect(tiers.nth(10)).toHaveText('3');
  await expect(accounts.count()).toHaveText(new RegExp(`^${shown} accounts`));

  // Durable: the reloaded page reads the edited rows back from the store.
  await page.reload();
  await accounts.app.goTo('Accounts');
  await expect(accounts.count()).toHaveText(new RegExp(`^${shown} accounts`), { timeout: 30_000 });
  await expect(tiers.first()).toHaveText('3');
});
