// Marketing Ops plans a Tier 1 nurture while Sales plans a sequence on the same accounts: the
// Conflicts view blocks it, one click moves the nurture, undo brings the conflict back, and a
// softer collision is accepted with a note that survives a reload.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AppPage } from './pages/AppPage';
import { CalendarPage } from './pages/CalendarPage';
import { ConflictsPage } from './pages/ConflictsPage';

/**
 * The sample plus a Tier 1 nurture and an AE sequence that overlap for two weeks, with the
 * Conflicts view filtered to the nurture: the cross-team collision both tests resolve.
 */
async function tier1Collision(app: AppPage, page: Page) {
  await app.open();
  await app.openSample();
  const cal = new CalendarPage(page, app);
  await cal.open();
  await cal.createMotion({
    name: 'E2E Tier 1 nurture',
    kind: 'email nurture',
    start: '2027-02-01',
    end: '2027-02-21',
    tiers: [1],
  });
  await cal.createMotion({
    name: 'E2E AE sequence',
    kind: 'sales sequence',
    start: '2027-02-08',
    end: '2027-02-28',
    tiers: [1],
  });
  const conflicts = new ConflictsPage(page, app);
  await conflicts.open();
  await conflicts.filterByMotion('E2E Tier 1 nurture');
  return { cal, conflicts, pair: 'E2E Tier 1 nurture ↔ E2E AE sequence' };
}

test.describe('duplicate-outreach detection', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-02-10T10:00:00'));
  });

  test('a nurture and a sequence on Tier 1: block, move, undo, accept another', async ({
    app,
    page,
  }) => {
    const { cal, conflicts, pair } = await tier1Collision(app, page);
    await expect(conflicts.row(pair, 'Cross-team collision')).toContainText('block');
    await expect(conflicts.row(pair, 'Cross-team collision')).toContainText('Feb 8 – Feb 21');

    // Move the nurture to start the day after the sequence ends: the collision is gone.
    await conflicts.resolve(
      pair,
      'Move E2E Tier 1 nurture to start Mar 1, after E2E AE sequence ends',
    );
    await expect(conflicts.row(pair)).toHaveCount(0);

    // Undo puts the nurture back, and with it the conflict.
    await app.undo();
    await expect(conflicts.row(pair, 'Cross-team collision')).toContainText('block');

    // A call blitz on the same accounts is a softer collision (phone, not email): accept it.
    await cal.open();
    await cal.createMotion({
      name: 'E2E renewal calls',
      kind: 'call blitz',
      start: '2027-02-15',
      end: '2027-02-19',
      tiers: [1],
    });
    await conflicts.open();
    await conflicts.filterByMotion('E2E renewal calls');
    const calls = 'E2E Tier 1 nurture ↔ E2E renewal calls';
    await expect(conflicts.row(calls, 'Cross-team collision')).toContainText('warn');
    await conflicts.accept(calls, 'Renewal calls are agreed with the nurture owner');
    await expect(conflicts.row(calls)).toHaveCount(0);

    await page.reload();
    await conflicts.open();
    await conflicts.filterByMotion('E2E renewal calls');
    await conflicts.showAccepted(true);
    await expect(conflicts.row(calls, 'Cross-team collision')).toContainText('Accepted');
    const detail = await conflicts.openGroup(calls);
    await expect(detail.getByRole('status')).toContainText(
      'Renewal calls are agreed with the nurture owner',
    );
  });

  test('the weekly review: heatmap to accounts to one timeline, and the list as CSV', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.openSample();
    const conflicts = new ConflictsPage(page, app);
    await conflicts.open();

    await page.getByRole('tab', { name: 'Pressure heatmap' }).click();
    const heatmap = page.getByRole('table', { name: /Accounts over the weekly touch cap/ });
    const cell = heatmap
      .getByRole('button', { name: /^Tier 1, week of .*accounts over the cap$/ })
      .first();
    await cell.click();
    const detail = page.getByRole('region', { name: /^Over 3 touches in the week of/ });
    await expect(detail).toBeVisible();
    const firstAccount = detail
      .getByRole('list', { name: 'Accounts in this conflict' })
      .getByRole('button')
      .first();
    const name = (await firstAccount.textContent()) ?? '';
    await firstAccount.click();
    const timeline = page.getByRole('region', { name: `Conflicts of ${name}` });
    await expect(timeline.getByText(/touches in the week of/).first()).toBeVisible();
    await expect(
      timeline.getByRole('link', { name: 'Open the account’s timeline' }),
    ).toHaveAttribute('href', /^#\/calendar\?account=/);

    await page.getByRole('tab', { name: 'By motion pair' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('\uFEFFConflict id,Rule,Severity,Status,Note,Account id,Account')).toBe(
      true,
    );
    expect(text).toContain('Cross-team collision');
  });

  test('sales goes first: set the primary team, the nurture falls silent on those accounts', async ({
    app,
    page,
  }) => {
    const { conflicts, pair } = await tier1Collision(app, page);
    await expect(conflicts.row(pair, 'Cross-team collision')).toBeVisible();

    await conflicts.resolve(
      pair,
      'Make sales the primary outreach team and take the accounts out of E2E Tier 1 nurture',
    );
    await expect(conflicts.row(pair)).toHaveCount(0);
    // Sales owns them now and the nurture no longer reaches them: no owner violation either.
    await expect(
      conflicts.list().getByRole('button', { name: /^E2E Tier 1 nurture on accounts/ }),
    ).toHaveCount(0);

    await app.undo();
    await expect(conflicts.row(pair, 'Cross-team collision')).toBeVisible();
  });
});
