// RevOps builds the ABM RACI from the article, sees what is undecided, fixes it by keyboard,
// presents it at projector size, and round-trips it through CSV.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { RaciPage } from './pages/RaciPage';

const ACTIVITIES = [
  'Define ICP',
  'Build TAL',
  'Develop campaign',
  'Execute outreach',
  'Manage CRM data',
  'Manage sequences',
  'Track engagement',
  'Report on outcomes',
];

test.describe('RACI grids', () => {
  test('from the ABM template to the QBR screen and back through CSV', async ({
    app,
    page,
  }, testInfo) => {
    await app.open();
    await app.startEmpty();
    const raci = new RaciPage(page, app);
    await raci.open();

    await raci.createFromTemplate('ABM responsibility matrix');
    await expect(
      page.getByText('Source: “Sales Ops vs Marketing Ops for ABM: Who Owns What”').first(),
    ).toBeVisible();
    await expect(raci.cell('Sales Ops', 'Define ICP')).toHaveText('R');
    await expect(raci.cell('Marketing', 'Develop campaign')).toHaveText('R');

    // The article's matrix names no Accountable: one error per activity.
    await expect(raci.counts()).toHaveText('8 errors, 0 warnings');
    for (const activity of ACTIVITIES) {
      await expect(raci.finding(`"${activity}" has no Accountable`)).toBeVisible();
    }

    // Fix "Build TAL" by keyboard: the finding puts the caret on the row, arrows move, A types.
    await raci.finding('"Build TAL" has no Accountable').click();
    await expect(raci.cell('Sales Ops', 'Build TAL')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(raci.cell('Marketing Ops', 'Build TAL')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('a');
    await expect(raci.cell('Sales Ops', 'Build TAL')).toHaveText('RA');
    await expect(raci.finding('"Build TAL" has no Accountable')).toHaveCount(0);
    await expect(raci.counts()).toHaveText('7 errors, 0 warnings');

    // On a shared screen people point with the mouse: a click selects a cell and changes
    // nothing; a double click or Enter cycles it (R → A → …), each one undo step.
    const cell = raci.cell('Marketing Ops', 'Define ICP');
    const before = (await cell.textContent()) ?? '';
    await cell.click();
    await expect(cell).toBeFocused();
    await expect(cell).toHaveAttribute('aria-selected', 'true');
    await expect(cell).toHaveText(before);
    await cell.dblclick();
    await expect(cell).not.toHaveText(before);
    await app.undo();
    await expect(cell).toHaveText(before);
    await cell.press('Enter');
    await expect(cell).not.toHaveText(before);
    await app.undo();
    await expect(cell).toHaveText(before);
    await expect(raci.counts()).toHaveText('7 errors, 0 warnings');

    // Who owns what: Sales Ops carries 7 of 8 activities and now answers for one.
    await page.getByRole('button', { name: 'Who owns what' }).click();
    const pivot = page.getByRole('table', { name: 'Who owns what in ABM responsibility matrix' });
    await expect(pivot.getByRole('meter', { name: 'Sales Ops: 7 R and 1 A' })).toBeVisible();
    await page.getByRole('button', { name: 'Grid', exact: true }).click();

    // Presenter mode at projector size.
    await page.setViewportSize({ width: 1280, height: 720 });
    const presenter = await raci.present();
    await expect(
      presenter.getByRole('heading', { name: 'ABM responsibility matrix' }),
    ).toBeVisible();
    await expect(presenter.getByRole('list', { name: 'Legend' })).toBeVisible();
    // The source names the article by its title, not its file name.
    await expect(presenter.getByText(/^Source: /)).toHaveText(
      'Source: “Sales Ops vs Marketing Ops for ABM: Who Owns What” — Responsibility Matrix (RACI Model)',
    );
    await expect(presenter.getByRole('button')).toHaveCount(0);
    await expect(presenter.getByRole('textbox')).toHaveCount(0);
    const lastRow = presenter.getByRole('rowheader', { name: 'Report on outcomes' });
    await expect(lastRow).toBeInViewport({ ratio: 1 });
    const shot = testInfo.outputPath('raci-presenter-1280x720.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('presenter mode at 1280×720', { path: shot, contentType: 'image/png' });
    await page.keyboard.press('Escape');
    await expect(raci.presenter()).toBeHidden();

    // CSV out, and back in as a new grid that equals the first.
    const first = testInfo.outputPath('ABM responsibility matrix.csv');
    await (await raci.exportCsv()).saveAs(first);
    await raci.importCsv(first);
    await expect(
      app.toast(/Imported "ABM responsibility matrix": 8 activities × 4 roles/),
    ).toBeVisible();
    await expect(raci.gridInList('ABM responsibility matrix')).toHaveCount(2);
    await expect(
      page.getByText('Source: Imported from ABM responsibility matrix.csv'),
    ).toBeVisible();
    await expect(raci.cell('Sales Ops', 'Build TAL')).toHaveText('RA');
    await expect(raci.counts()).toHaveText('7 errors, 0 warnings');
    const second = testInfo.outputPath('imported.csv');
    await (await raci.exportCsv()).saveAs(second);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));

    // With two grids, presenter mode steps between them and lights up one role's column.
    const again = await raci.present();
    await expect(again.getByText('2 / 2')).toBeVisible();
    await page.keyboard.press('PageUp');
    await expect(again.getByText('1 / 2')).toBeVisible();
    await page.keyboard.press('2');
    await expect(again.locator('.is-lit')).toHaveCount(1 + ACTIVITIES.length);
    await expect(again.locator('thead .is-lit')).toHaveText('Marketing Ops');
    await page.keyboard.press('Escape');
    await expect(raci.presenter()).toBeHidden();
  });

  test('editing by keyboard and clipboard, every change one undo step', async ({
    app,
    page,
  }, testInfo) => {
    await app.open();
    await app.startEmpty();
    const raci = new RaciPage(page, app);
    await raci.open();
    await raci.createFromTemplate('MQL / SAL / SQL decisions');
    await expect(raci.finding('"Lead" has 2 Accountables (Marketing, RevOps)')).toBeVisible();

    // The finding puts the caret on the second A; Delete clears it and the error is gone.
    await raci.finding('"Lead" has 2 Accountables').click();
    await expect(raci.cell('RevOps', 'Lead')).toBeFocused();
    await page.keyboard.press('Delete');
    await expect(raci.cell('RevOps', 'Lead')).toHaveText('');
    await expect(raci.counts()).toHaveText('0 errors, 1 warning');
    await expect(raci.finding('RevOps is neither Responsible nor Accountable')).toBeVisible();

    // Undo brings it back.
    await page.keyboard.press('Control+z');
    await expect(raci.cell('RevOps', 'Lead')).toHaveText('RA');
    await expect(raci.counts()).toHaveText('1 error, 0 warnings');

    // A range pasted from Excel (tab-separated) lands at the caret.
    await raci.cell('RevOps', 'Lead').focus();
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowLeft', 'ArrowLeft'])
      await page.keyboard.press(key);
    await expect(raci.cell('Marketing', 'SAL')).toBeFocused();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'C\tRA\tI\r\nI\tRA\tC\r\n');
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
      );
    });
    await expect(raci.cell('RevOps', 'SAL')).toHaveText('I');
    await expect(raci.cell('RevOps', 'SQL')).toHaveText('C');

    await expect(raci.cell('Marketing', 'SAL')).toHaveText('C');
    await expect(raci.cell('Sales', 'SQL')).toHaveText('RA');

    // Alt+Down moves the activity down one row; the caret goes with it.
    await expect(raci.cell('RevOps', 'SQL')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.getByRole('rowheader').nth(2)).toContainText('SQL');
    await expect(page.getByRole('rowheader').nth(3)).toContainText('SAL');
    await expect(raci.cell('RevOps', 'SAL')).toBeFocused();

    // Dragging a role's header onto another column moves the column there.
    await page
      .getByRole('columnheader', { name: 'Role RevOps' })
      .dragTo(page.getByRole('columnheader', { name: 'Role Marketing' }));
    await expect(page.getByRole('columnheader')).toHaveText([
      'Activity',
      'RevOps',
      'Marketing',
      'Sales',
    ]);
    await expect(raci.cell('RevOps', 'Lead')).toHaveText('RA');

    // The PNG is drawn on a canvas in the page: a real PNG file comes out.
    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PNG', exact: true }).click();
    const file = testInfo.outputPath('grid.png');
    await (await png).saveAs(file);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    await testInfo.attach('grid as PNG', { path: file, contentType: 'image/png' });
  });

  test('PDF: one grid per landscape page, or every grid of the workspace', async ({
    app,
    page,
  }) => {
    // Record what is laid out for printing when the print dialog would open.
    await page.addInitScript(() => {
      const w = window as unknown as { printed: { printing: boolean; pages: string[] }[] };
      w.printed = [];
      window.print = () => {
        w.printed.push({
          printing: document.body.classList.contains('raci-printing'),
          pages: [...document.querySelectorAll('.raci-print-page h1')].map(
            (h) => h.textContent ?? '',
          ),
        });
      };
    });
    const printed = () =>
      page.evaluate(() => (window as unknown as { printed: unknown[] }).printed);
    await app.open();
    await app.startEmpty();
    const raci = new RaciPage(page, app);
    await raci.open();
    await raci.createFromTemplate('ABM responsibility matrix');
    await raci.createFromTemplate('Lead lifecycle ownership');

    await page.getByRole('button', { name: 'PDF', exact: true }).click();
    await expect.poll(printed).toEqual([{ printing: true, pages: ['Lead lifecycle ownership'] }]);
    await page.getByRole('button', { name: 'PDF of all grids' }).click();
    await expect.poll(printed).toContainEqual({
      printing: true,
      pages: ['ABM responsibility matrix', 'Lead lifecycle ownership'],
    });
    // The print view goes away afterwards.
    await expect(page.locator('.raci-print')).toHaveCount(0);
    await expect(page.locator('body.raci-printing')).toHaveCount(0);
  });
});
