// The monthly planning meeting puts the calendar and the conflict list on a projector (issue
// 14): at 1280×720 and at 1920×1080, from the sample workspace, the quarter and the year fit,
// the month view hides nothing, an audience says what it selects, a resolution's preview
// tells the truth, and pointing at a RACI cell or reading an export problem is safe.
import type { Account } from '../../shared/domain/types';
import { buildSampleWorkspace } from '../../shared/sample/sampleWorkspace';
import { expect, test } from './fixtures';
import { CalendarPage } from './pages/CalendarPage';
import { ConflictsPage } from './pages/ConflictsPage';
import { ExportPage } from './pages/ExportPage';
import { RaciPage } from './pages/RaciPage';

// Today is in the fourth quarter (January fiscal year): the quarter the issue saw cut off.
const TODAY = '2026-11-10';
const FISCAL_YEAR = { start: '2026-01-01', end: '2026-12-31' };
const sample = buildSampleWorkspace(TODAY);
const hasTag = (a: Account, tag: string) => a.tags.some((t) => t.toLowerCase() === tag);

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`on a ${viewport.width}×${viewport.height} screen`, () => {
    test.use({ viewport });
    test.beforeEach(async ({ app, page }) => {
      await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
      await app.open();
      await app.openSample();
    });

    test('the quarter and the year fit the screen; the zoom is remembered', async ({
      app,
      page,
    }) => {
      const cal = new CalendarPage(page, app);
      await cal.open();
      await expect(page.getByText('FY2026 Q4').first()).toBeVisible();
      await cal.createMotion({
        name: 'Year-end thank-you email',
        kind: 'email nurture',
        start: '2026-12-28',
        end: '2026-12-31',
      });

      // The quarter's last day is on screen, without scrolling sideways.
      const region = cal.quarterView();
      await expect(cal.bar('Year-end thank-you email')).toBeInViewport({ ratio: 1 });
      await expect(cal.bar('Direct mail: board kit')).toBeInViewport({ ratio: 1 });
      expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      expect(await region.evaluate((el) => el.scrollLeft)).toBe(0);

      // A bar near the quarter's end shows its whole name on focus, inside the screen.
      await cal.bar('Year-end thank-you email').focus();
      await expect(cal.bar('Year-end thank-you email').locator('.cal-bar-tip')).toBeInViewport({
        ratio: 1,
      });

      // Year zoom: the fiscal year from the settings, every one of its motions drawn.
      await cal.setZoom('Year');
      await expect(page.getByText('FY2026', { exact: true }).first()).toBeVisible();
      const inYear = sample.motions
        .filter((m) => m.end >= FISCAL_YEAR.start && m.start <= FISCAL_YEAR.end)
        .map((m) => m.name);
      expect(inYear.length).toBeGreaterThan(5);
      await expect
        .poll(async () => (await cal.barNames()).sort())
        .toEqual([...inYear, 'Year-end thank-you email'].sort());
      for (const name of [...inYear, 'Year-end thank-you email']) {
        await cal.bar(name).scrollIntoViewIfNeeded();
        await expect(cal.bar(name)).toBeInViewport();
      }
      expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

      // The zoom survives a reload.
      await page.reload();
      await expect(cal.zoom()).toHaveValue('year');
      await expect(cal.bar('Year-end thank-you email')).toBeVisible();
    });

    test('the month view hides nothing: "+N more" opens the week, a segment blackout shows', async ({
      app,
      page,
    }) => {
      const cal = new CalendarPage(page, app);
      await cal.open();
      await cal.showMonthView();

      // "+N more" is a button: Enter opens every motion of that week, hidden ones included.
      const more = cal.moreButtons().first();
      await expect(more).toBeVisible();
      const hidden = Number(/^(\d+)/.exec((await more.getAttribute('aria-label')) ?? '')?.[1]);
      expect(hidden).toBeGreaterThan(0);
      const week = more.locator('xpath=..');
      const drawn = await week
        .locator('[data-motion-id]')
        .evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? '').split(', ')[0]));
      await more.focus();
      await page.keyboard.press('Enter');
      const dialog = cal.dialog();
      await expect(dialog).toBeVisible();
      const listed = await dialog
        .getByRole('listitem')
        .getByRole('button')
        .evaluateAll((els) => els.map((e) => (e.textContent ?? '').split(', ')[0]));
      expect(listed).toHaveLength(drawn.length + hidden);
      expect(listed).toEqual(expect.arrayContaining(drawn));
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();

      // The SMB freeze (a segment blackout) is a marker with the accounts it covers.
      const smb = sample.accounts.filter((a) => hasTag(a, 'smb'));
      expect(smb.length).toBeGreaterThan(0);
      const marker = page.getByRole('region', { name: 'December 2026' }).getByRole('button', {
        name: `Blackout: Segment smb — SMB pricing change freeze, Dec 20 – Dec 26, 2026: ${smb.length} accounts`,
      });
      await expect(marker.first()).toBeVisible();
      await marker.first().click();
      await expect(dialog).toContainText(`No motion may touch ${smb.length} accounts`);
      await expect(
        dialog.getByRole('list', { name: 'Accounts this blackout covers' }),
      ).toContainText(smb[0]?.name ?? '');
      await dialog.getByRole('button', { name: 'Close' }).click();
    });

    test('an audience of Tier 1 and fintech counts the intersection and says so', async ({
      app,
      page,
    }) => {
      const targets = sample.accounts.filter((a) => a.status === 'target');
      const tier1 = targets.filter((a) => a.tier === 1).length;
      const both = targets.filter((a) => a.tier === 1 && hasTag(a, 'fintech')).length;
      const either = targets.filter((a) => a.tier === 1 || hasTag(a, 'fintech')).length;
      expect(both).toBeGreaterThan(0);
      expect(both).toBeLessThan(tier1);

      const cal = new CalendarPage(page, app);
      await cal.open();
      await page.getByRole('button', { name: 'New motion' }).click();
      const d = cal.dialog();
      const size = d.getByRole('status', { name: 'Audience size' });
      await d.getByRole('checkbox', { name: 'Tier 1' }).check();
      await expect(size).toHaveText(`Tier 1 accounts: ${tier1} accounts`);
      await d.getByRole('checkbox', { name: 'fintech', exact: true }).check();
      await expect(d.getByRole('radio', { name: /^Match all/ })).toBeChecked();
      await expect(size).toHaveText(`Tier 1 accounts in fintech: ${both} accounts`);
      await d.getByRole('radio', { name: /^Match any/ }).check();
      await expect(size).toHaveText(`Accounts that are Tier 1 or in fintech: ${either} accounts`);
      await d.getByRole('button', { name: 'Cancel' }).click();
    });

    test("a resolution's preview equals the change in the conflict counts", async ({
      app,
      page,
    }) => {
      const conflicts = new ConflictsPage(page, app);
      await conflicts.open();
      const pair = 'FY2026 Q4 Tier 1 email nurture ↔ SDR outbound email sequence';
      const detail = await conflicts.openGroupOf(pair, 'Cross-team collision');
      const resolution = detail
        .getByRole('group', { name: 'Resolutions' })
        .getByRole('button', { name: /^Move SDR outbound email sequence/ });
      const label = (await resolution.textContent()) ?? '';
      const effects = detail.getByRole('list', { name: `Consequences of ${label}` });
      await expect(effects.getByRole('listitem').first()).toBeVisible();

      const before = await conflicts.countsByRule();
      const expected = new Map(before);
      for (const item of await effects.getByRole('listitem').allTextContents()) {
        // "Clears 142 · block · Cross-team collision" / "Creates 34 · warn · Blackout violation"
        const [verb = '', n = '0', , rule = ''] = item.split(/ · | (?=\d)/);
        const delta = Number(n.replace(/,/g, '')) * (verb === 'Clears' ? -1 : 1);
        expected.set(rule, (expected.get(rule) ?? 0) + delta);
      }
      expect(expected).not.toEqual(before);

      await resolution.click();
      await expect.poll(() => conflicts.countsByRule()).toEqual(expected);
      // One undo step puts every count back.
      await app.undo();
      await expect.poll(() => conflicts.countsByRule()).toEqual(before);
    });

    test('a click on a RACI cell changes nothing; every export problem can be read', async ({
      app,
      page,
    }) => {
      const raci = new RaciPage(page, app);
      await raci.open();
      const cell = raci.grid().getByRole('gridcell').nth(1);
      const letters = (await cell.textContent()) ?? '';
      await cell.click();
      await expect(cell).toBeFocused();
      await expect(cell).toHaveText(letters);
      await cell.click();
      await expect(cell).toHaveText(letters);

      const exporter = new ExportPage(page, app);
      await exporter.open();
      // The sample's campaigns have parent programs without a Salesforce ID: long problems.
      await exporter.chooseProfile('Salesforce campaigns');
      const problems = exporter.problems().getByRole('row');
      await expect(problems.nth(1)).toBeVisible();
      // The Problem column (the last) wraps: no cell is cut off with an ellipsis.
      const cut = await exporter
        .problems()
        .locator('tbody tr td:last-child')
        .evaluateAll((tds) => tds.filter((td) => td.scrollWidth > td.clientWidth).length);
      expect(cut).toBe(0);
    });
  });
}
