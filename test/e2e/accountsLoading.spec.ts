/**
 * Right after a page load the grid shows the list's first rows while the rest is read
 * (3-4 s at 100,000 accounts). In that window the list must say it is loading, and select
 * all must wait for the full list: a bulk edit of "all" once wrote only the first 200 rows.
 * The CPU is slowed (DevTools throttling) so the window is seconds long at 20,000 rows.
 * Also: a search that matches nothing says so (and clears), not "No accounts yet".
 */
import { writeFileSync } from 'node:fs';
import { syntheticSalesforceExport } from '../bench/data/syntheticSalesforceExport';
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';

test('while the list loads it says so, and select all + bulk edit act on every account', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const big = testInfo.outputPath('salesforce-20000.csv');
  writeFileSync(big, syntheticSalesforceExport(20_000));
  const accounts = new AccountsPage(page);
  await accounts.openEmpty();
  await accounts.choosePaths(big);
  await accounts.dialog().getByRole('button', { name: 'Preview import' }).click();
  await expect(accounts.dialog().getByLabel('Import preview')).toBeVisible({ timeout: 90_000 });
  await accounts
    .dialog()
    .getByRole('button', { name: /^Import [\d,]+ accounts$/ })
    .click();
  await expect(accounts.dialog()).toBeHidden({ timeout: 90_000 });
  await expect(accounts.count()).toHaveText(/^19,\d{3} accounts/, { timeout: 30_000 });
  const total = /^([\d,]+) accounts/.exec((await accounts.count().textContent()) ?? '')?.[1] ?? '';

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await page.reload();
  await accounts.app.goTo('Accounts');
  // The first rows are in, the rest is not: the count says loading, select all waits.
  await expect(accounts.column('name').first()).not.toHaveText('', { timeout: 60_000 });
  await expect(accounts.count()).toHaveText(/^Loading ([\d,]+ )?accounts…$/);
  await expect(accounts.selectAllBox()).toBeDisabled();
  await expect(accounts.selectAllBox()).toHaveAttribute('title', /once every account is loaded/);
  await expect(page.getByRole('button', { name: 'Capacity' })).toBeDisabled();

  // check() waits until the box is enabled: then "all" is every account, not the first rows.
  await accounts.selectAll();
  await expect(accounts.count()).toHaveText(new RegExp(`^${total} accounts`));
  await expect(accounts.bulkEdit()).toContainText(`${total} selected`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await accounts.bulkSetTier('2');
  await expect(
    accounts.app.toast(`Updated ${total} accounts. Undo reverts all of them.`),
  ).toBeVisible({ timeout: 30_000 });

  // A search with no match: the list has accounts, so the grid says none match, and clears.
  await accounts.search('zz-no-such-company-zz');
  await expect(page.getByText('No accounts match the search/filters.')).toBeVisible();
  await expect(page.getByText('No accounts yet', { exact: false })).toBeHidden();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search accounts' })).toHaveValue('');
  await expect(accounts.column('tier').first()).toHaveText('2');
});
