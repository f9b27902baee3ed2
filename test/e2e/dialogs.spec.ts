// Every dialog is modal for the keyboard too: Tab and Shift+Tab go round inside it and never
// reach the page behind (past the last field the browser's own controls may take the focus,
// as with any native modal dialog, and no element of the page has it), Escape closes the ones
// that can simply be closed, and the focus goes back to the button that opened it.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';
import { CalendarPage } from './pages/CalendarPage';

async function expectFocusStaysInside(dialog: Locator, presses: number): Promise<void> {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < presses; i++) {
      await dialog.page().keyboard.press(key);
      const inside = await dialog.evaluate(
        (el) => el.contains(document.activeElement) || document.activeElement === document.body,
      );
      expect(inside, `focus reached the page behind after ${i + 1} × ${key}`).toBe(true);
    }
  }
}

test('the motion editor keeps the focus inside, and Escape closes it', async ({ app, page }) => {
  await app.open();
  await app.startEmpty();
  const cal = new CalendarPage(page, app);
  await cal.open();
  const opener = page.getByRole('button', { name: 'New motion' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'New motion' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  // More presses than the editor has fields, so the focus goes round at least once.
  await expectFocusStaysInside(dialog, 40);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('removing accounts asks in a dialog the focus cannot leave', async ({ page }) => {
  const accounts = new AccountsPage(page);
  await accounts.openEmpty();
  await accounts.importFilesAsTargets('salesforce-report.csv');
  await accounts.selectRow('Litware Labs');
  await accounts.bulkEdit().getByRole('button', { name: 'Remove…' }).click();
  const dialog = page.getByRole('dialog', { name: /Remove 1 accounts/ });
  await expect(dialog.getByLabel('Removal reason')).toBeFocused();
  await expectFocusStaysInside(dialog, 6);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(accounts.count()).toHaveText('6 accounts, 6 targets');
});

test('the import dialog keeps the focus inside while it maps the columns', async ({ page }) => {
  const accounts = new AccountsPage(page);
  await accounts.openEmpty();
  await accounts.chooseFiles('salesforce-report.csv');
  const dialog = accounts.dialog();
  await expect(dialog.getByText(/Salesforce export, 8 rows/)).toBeVisible();
  await expectFocusStaysInside(dialog, 30);
});
