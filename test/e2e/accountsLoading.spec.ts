/**
 * Right after a page load the grid shows the list's first rows while the rest is read
 * (3-4 s at 100,000 accounts). In that window the list must say it is loading, and select
 * all must wait for the full list: a bulk edit of "all" once wrote only the first 200 rows.
 * The CPU is slowed (DevTools throttling) so the window is seconds long at 20,000 rows.
 * Also: a search that matches nothing says so (and clears), not "No accounts yet".
 */
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';
import { SlowReload } from './pages/slowReload';

test('while the list loads it says so, and select all + bulk edit act on every account', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const accounts = new AccountsPage(page);
  const big = testInfo.outputPath('salesforce-20000.csv');
  const total = await accounts.importSynthetic(20_000, big, /^19,\d{3} accounts/);

  // Every state the count and the select-all box show after the reload, frame by frame.
  const reload = await SlowReload.start(page, () => {
    const count = document.querySelector('[data-testid="account-count"]')?.textContent;
    const box = document.querySelector<HTMLInputElement>('.select-all-box');
    if (!count || !box) return null;
    return `${count} | select all ${box.disabled ? 'disabled' : 'enabled'}`;
  });
  await accounts.app.goTo('Accounts');
  // check() waits until the box is enabled: then "all" is every account, not the first rows.
  await accounts.selectAll();
  await expect(accounts.count()).toHaveText(new RegExp(`^${total} accounts`));
  await expect(accounts.bulkEdit()).toContainText(`${total} selected`);
  // Before the full list: "Loading…" with select all disabled; never a count of the first rows.
  const seen = await reload.seen();
  // (The header's box may stay disabled a frame after the count: it re-renders after.)
  const full = new RegExp(`^${total} accounts, [\\d,]+ targets \\| select all (en|dis)abled$`);
  const loading = /^Loading ([\d,]+ )?accounts… \| select all disabled$/;
  for (const state of seen) expect(state).toMatch(state.startsWith('Loading') ? loading : full);
  testInfo.annotations.push({ type: 'states after reload', description: seen.join(' → ') });
  process.stdout.write(`states after reload: ${seen.join(' → ')}\n`);
  await reload.fullSpeed();
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
