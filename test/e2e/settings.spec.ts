import { test, expect } from './fixtures';

test.describe('settings', () => {
  test('moving the fiscal year start relabels the calendar quarter and is kept after a reload', async ({
    app,
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T10:00:00'));
    await app.open();
    await app.startEmpty();
    await app.goTo('Calendar');
    await expect(page.getByText('FY2026 Q4').first()).toBeVisible();

    await app.nav().getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Fiscal year starts in').selectOption({ label: 'February' });
    await dialog.getByLabel('Weekly touch cap per account').fill('5');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect(dialog).toBeHidden();
    // February start: Nov 2026 – Jan 2027 is Q4 of the fiscal year ending in 2027.
    await expect(page.getByText('FY2027 Q4').first()).toBeVisible();

    await page.reload();
    await expect(page.getByText('FY2027 Q4').first()).toBeVisible();
    await app.nav().getByRole('button', { name: 'Settings' }).click();
    await expect(dialog.getByLabel('Weekly touch cap per account')).toHaveValue('5');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.keyboard.press('Control+,');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('a saved change is one undo step', async ({ app, page }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T10:00:00'));
    await app.open();
    await app.startEmpty();
    await app.goTo('Calendar');
    await app.nav().getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Fiscal year starts in').selectOption({ label: 'July' });
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('FY2027 Q2').first()).toBeVisible();
    await app.undo();
    await expect(page.getByText('FY2026 Q4').first()).toBeVisible();
  });
});
