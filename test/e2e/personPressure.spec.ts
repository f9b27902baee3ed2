// Marketing Ops checks that no buyer hears from both teams too often: in the sample, the Tier 1
// nurture and the SDR sequence reach the same people at some accounts in the same weeks, so
// the per-person heatmap shows them; a week opens its accounts, an account its timeline, which
// names the people over the cap; a per-person cap raised in Settings clears them.
import { expect, test } from './fixtures';
import { ConflictsPage } from './pages/ConflictsPage';

test('a buyer both teams reach in one week shows as person pressure, and the cap is a setting', async ({
  app,
  page,
}) => {
  await page.clock.setFixedTime(new Date('2027-02-10T10:00:00'));
  await app.open();
  await app.openSample();
  const conflicts = new ConflictsPage(page, app);
  await conflicts.open();
  expect((await conflicts.countsByRule()).get('Person pressure')).toBeGreaterThan(0);

  await page.getByRole('tab', { name: 'Pressure heatmap' }).click();
  const perPerson = page.getByRole('table', {
    name: 'Accounts with a person over the per-person touch cap, by week and tier',
  });
  const cell = perPerson
    .getByRole('button', { name: /^Tier 1, week of .*with a person over the per-person cap$/ })
    .first();
  await cell.click();
  const detail = page.getByRole('region', { name: /^Over 2 touches per person in the week of/ });
  await expect(detail).toBeVisible();
  const firstAccount = detail
    .getByRole('list', { name: 'Accounts in this conflict' })
    .getByRole('button')
    .first();
  const name = (await firstAccount.textContent()) ?? '';
  await firstAccount.click();
  const timeline = page.getByRole('region', { name: `Conflicts of ${name}` });
  await expect(
    timeline
      .getByRole('listitem')
      .filter({ hasText: 'Person pressure' })
      .filter({ hasText: `at ${name} would get more than 2 touches in the week of` })
      .first(),
  ).toBeVisible();

  await app.nav().getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByLabel('Weekly touch cap per person')).toHaveValue('2');
  await dialog.getByLabel('Weekly touch cap per person').fill('20');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText('No one gets more touches in a week than the per-person cap.'),
  ).toBeVisible();
  await app.undo();
  await expect(perPerson).toBeVisible();
});
