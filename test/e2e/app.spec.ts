import { test, expect } from './fixtures';
import { readFileSync, writeFileSync } from 'node:fs';

test.describe('the app shell', () => {
  test('loads with no console errors or CSP violations and offers the three ways to start', async ({
    app,
    page,
  }) => {
    await app.open();
    await expect(page.getByRole('heading', { name: 'Welcome to ABM Workbench' })).toBeVisible();
    for (const choice of [/Start empty/, /Import a CRM export/, /Open the sample workspace/]) {
      await expect(page.getByRole('button', { name: choice })).toBeVisible();
    }
    const csp = await page.evaluate(async () =>
      (await fetch('/')).headers.get('content-security-policy'),
    );
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("script-src 'self'");
  });

  test('every section is reachable by keyboard', async ({ app, page }) => {
    await app.open();
    await app.startEmpty();
    const sections = [
      'Accounts',
      'Calendar',
      'Conflicts',
      'RACI',
      'Export',
      'Plan',
      'Agreement',
      'Review',
      'QBR pack',
      'Contacts',
    ] as const;
    for (const [i, name] of sections.entries()) {
      await page.keyboard.press(`Control+${(i + 1) % 10}`);
      await expect(app.sectionLink(name)).toHaveAttribute('aria-current', 'page');
    }
    // And by tabbing to a link and pressing Enter.
    await app.sectionLink('Accounts').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(app.sectionLink('Calendar')).toHaveAttribute('aria-current', 'page');
  });

  test('a backup downloaded and restored into an emptied store brings the same data back', async ({
    app,
    page,
  }, testInfo) => {
    await app.open();
    await app.openSample();
    const first = await app.backup();
    const firstPath = testInfo.outputPath('backup-1.json');
    await first.saveAs(firstPath);

    // Empty the store completely (a fresh page in a fresh IndexedDB state).
    await page.evaluate(async () => {
      localStorage.clear();
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('abm-workbench');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
        req.onblocked = () => resolve();
      });
    });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Welcome to ABM Workbench' })).toBeVisible();
    await app.startEmpty();

    await app.restore(firstPath);
    await app.confirmRestore();
    await expect(app.toast(/Restored backup-1\.json/)).toBeVisible();

    const second = await app.backup();
    const secondPath = testInfo.outputPath('backup-2.json');
    await second.saveAs(secondPath);
    const a = JSON.parse(readFileSync(firstPath, 'utf8')) as { data: unknown };
    const b = JSON.parse(readFileSync(secondPath, 'utf8')) as { data: unknown };
    expect(b.data).toEqual(a.data);
  });

  test('restoring a foreign file shows a clear error and changes nothing', async ({
    app,
    page,
  }, testInfo) => {
    await app.open();
    await app.openSample();
    const before = testInfo.outputPath('before.json');
    await (await app.backup()).saveAs(before);
    const foreign = testInfo.outputPath('accounts.json');
    writeFileSync(foreign, '{"accounts": []}');
    await app.restore(foreign);
    await expect(page.getByRole('alert')).toContainText(
      'accounts.json: this is not an ABM Workbench workspace',
    );

    // Tried again, and with another wrong file: still one error toast over the grid, one line
    // per message with its repeats counted; every message can be opened in full; × clears it.
    await app.restore(foreign);
    await app.restore(foreign);
    const other = testInfo.outputPath('notes.json');
    writeFileSync(other, '[1, 2]');
    await app.restore(other);
    const errors = page.locator('.toasts').getByRole('alert');
    await expect(errors).toHaveCount(1);
    await expect(errors).toContainText('notes.json');
    await errors.getByRole('button', { name: 'Show all 2' }).click();
    const lines = errors.getByRole('list', { name: 'All errors' }).getByRole('listitem');
    await expect(lines).toHaveCount(2);
    await expect(lines.first()).toContainText('accounts.json');
    await expect(lines.first()).toContainText('×3');
    await errors.getByRole('button', { name: 'Dismiss message' }).click();
    await expect(errors).toHaveCount(0);
    const after = testInfo.outputPath('after.json');
    await (await app.backup()).saveAs(after);
    const data = (p: string) => (JSON.parse(readFileSync(p, 'utf8')) as { data: unknown }).data;
    expect(data(after)).toEqual(data(before));
  });
});
