// The quarterly business review, as an ops manager prepares it from the sample: the operating
// agreement (part agreed, one more part agreed now, an SLA edited), then the QBR pack for the
// quarter — built, presented full screen at 1280×720, and exported to PDF through the print
// stylesheet (Playwright's page.pdf stands in for the browser's print dialog).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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
    // The sample plans the current quarter: pick it (the list starts two quarters back).
    await qbr.quarter().selectOption({ index: 2 });
    const pages = await qbr.build();
    expect(pages).toBeGreaterThan(10);
    const titles = qbr.preview().locator('.qbr-title');
    await expect(titles).toHaveCount(pages);
    for (const t of TITLES) await expect(titles.filter({ hasText: t }).first()).toBeVisible();
    await expect(qbr.preview()).toContainText('Sales calls within 8 business hours');
    await expect(qbr.preview()).toContainText('Not yet agreed: meeting cadences.');

    // Present: one slide at a time, PageDown / PageUp, Esc.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(qbr.presenter()).toBeVisible();
    await expect(qbr.slideTitle()).toHaveText(/^Quarterly business review: FY\d{4} Q\d$/);
    await page.keyboard.press('PageDown');
    await expect(qbr.slideTitle()).toHaveText(/^Last quarter's results/);
    await page.keyboard.press('PageDown');
    await expect(qbr.slideTitle()).toHaveText(/^TAL changes for/);
    await page.keyboard.press('PageUp');
    await expect(qbr.slideTitle()).toHaveText(/^Last quarter's results/);
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
  });
});
