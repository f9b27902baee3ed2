/**
 * After a page load the first rows painted are the first rows of the whole sorted list
 * (Name, ascending), not the first stored page's rows sorted among themselves, which
 * jumped to others when the whole list came in. The CPU is slowed (DevTools throttling) so
 * the list takes seconds to come in at 20,000 rows; every text the first row's Name cell
 * shows after the reload is recorded.
 */
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';
import { SlowReload } from './pages/slowReload';

test('the first row painted after a page load is the sorted list’s first row', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const accounts = new AccountsPage(page);
  const big = testInfo.outputPath('salesforce-20000.csv');
  const total = await accounts.importSynthetic(20_000, big, /^19,\d{3} accounts/);

  const reload = await SlowReload.start(page, () =>
    document.querySelector('.ag-row[row-index="0"] [col-id="name"]')?.textContent?.trim(),
  );
  await accounts.app.goTo('Accounts');
  await expect(accounts.count()).toHaveText(new RegExp(`^${total} accounts`), {
    timeout: 120_000,
  });
  await page.waitForTimeout(500);
  await reload.fullSpeed();
  const seen = await reload.seen();
  process.stdout.write(`first row's names after reload: ${seen.join(' → ')}\n`);
  await expect(accounts.column('name').first()).toHaveText(seen[seen.length - 1] ?? '');
  expect(seen).toHaveLength(1);
});
