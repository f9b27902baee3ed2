// The quarterly business review, as an ops manager prepares it from the sample: the operating
// agreement (part agreed, one more part agreed now, an SLA edited), then the QBR pack for the
// quarter — built, presented full screen at 1280×720, and exported to PDF through the print
// stylesheet (Playwright's page.pdf stands in for the browser's print dialog).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { localToday } from '../../shared/dates/calendarDate';
import { fiscalQuarterOf, shiftFiscalQuarter } from '../../shared/dates/fiscal';
import { expect, test } from './fixtures';
import { AgreementPage, QbrPage } from './pages/QbrPage';

const TITLES = [
  'Quarterly business review:',
  "Last quarter's results:",
  'TAL changes for',
  'Calendar:',
  'Conflicts in',
  'RACI:',
  'Operating agreement:',
  'Budget:',
];

/** What the results and budget pages hold: the review's tables, the budget's warning. */
const CONTENT = [
  `Last quarter's results: ${fiscalQuarterOf(localToday(), 1).label}`,
  'Targets against non-targets',
  'By tier (count · amount)',
  'Co-credit (both teams engaged)',
  'Coverage per tier',
  'Over-allocated. Marketing campaigns:',
  'Per channel',
];
const NEXT_QUARTER = shiftFiscalQuarter(localToday(), 1, 1).label;

test.describe('QBR pack', () => {
  test('the agreement, then the pack: built, presented, printed to a 16:9 PDF', async ({
    app,
    page,
  }, testInfo) => {
    await app.open();
    await app.openSample();

    const agreement = new AgreementPage(page, app);
    await agreement.open();
    await expect(agreement.part('Lifecycle stages')).toContainText(/Agreed on \d{4}-\d{2}-\d{2}/);
    await expect(agreement.part('Meeting cadences')).toContainText('Not yet agreed');
    await agreement.page.getByRole('button', { name: 'Mark meeting cadences agreed' }).click();
    await expect(agreement.part('Meeting cadences')).toContainText(/Agreed on/);
    await app.undo();
    await expect(agreement.part('Meeting cadences')).toContainText('Not yet agreed');
    await agreement.sla().fill('Sales calls within 8 business hours');
    await agreement.sla().press('Enter');
    await expect(page.getByRole('button', { name: /Undo/ }).first()).toBeEnabled();

    const qbr = new QbrPage(page, app);
    await qbr.open();
    // By default the pack plans the next quarter, so it reviews the sample's quarter of
    // results and budgets the sample's next-quarter motions.
    await expect(qbr.quarter()).toHaveValue(NEXT_QUARTER);
    const pages = await qbr.build();
    expect(pages).toBeGreaterThan(10);
    const titles = qbr.preview().locator('.qbr-title');
    await expect(titles).toHaveCount(pages);
    for (const t of TITLES) await expect(titles.filter({ hasText: t }).first()).toBeVisible();
    await expect(qbr.preview()).toContainText('Sales calls within 8 business hours');
    await expect(qbr.preview()).toContainText('Not yet agreed: meeting cadences.');
    for (const t of CONTENT) await expect(qbr.preview()).toContainText(t);

    // Present: one slide at a time, PageDown / PageUp, Esc.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(qbr.presenter()).toBeVisible();
    await expect(qbr.slideTitle()).toHaveText(/^Quarterly business review: FY\d{4} Q\d$/);
    await page.keyboard.press('PageDown');
    await expect(qbr.slideTitle()).toHaveText(/^Last quarter's results/);
    await page.keyboard.press('PageDown');
    await expect(qbr.slideTitle()).toHaveText(/^Last quarter's results: .* by tier$/);
    await page.keyboard.press('PageUp');
    await expect(qbr.slideTitle()).toHaveText(/^Last quarter's results: FY\d{4} Q\d$/);
    await page.keyboard.press('End');
    await expect(qbr.slideTitle()).toHaveText(/^Budget/);
    await page.keyboard.press('Home');
    await expect(qbr.presenter().locator('.qbr-page')).toBeInViewport({ ratio: 1 });
    const shot = testInfo.outputPath('qbr-presenter-1280x720.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('QBR pack presented at 1280×720', {
      path: shot,
      contentType: 'image/png',
    });
    await page.keyboard.press('Escape');
    await expect(qbr.presenter()).toBeHidden();
    await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();

    // Export PDF: the browser build calls window.print() on the print view. Stand in for the
    // print dialog: keep what was on the page when print() was called, and print that.
    await page.evaluate(() => {
      window.print = () => {
        const view = document.querySelector('.qbr-print');
        if (!view) throw new Error('no print view');
        const kept = view.cloneNode(true) as HTMLElement;
        kept.dataset.kept = 'true';
        document.body.append(kept);
        setTimeout(() => document.body.classList.add('qbr-printing'), 50);
      };
    });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(page.locator('.qbr-print[data-kept]')).toHaveCount(1);
    await expect(page.locator('body.qbr-printing')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const file = testInfo.outputPath('qbr.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(pages);
    // 1280×720 CSS px = 960×540 pt: 16:9.
    expect(info).toMatch(/Page size:\s+960 x 540 pts/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const t of TITLES) expect(text, t).toContain(t);
    for (const t of CONTENT) expect(text.replace(/\s+/g, ' '), t).toContain(t);
  });
});
