// Two managers, two browser profiles, one sample workspace: Marketing Ops moves a campaign and
// adds a blackout, Sales Ops sets primary teams, makes itself Accountable in the RACI grid and
// moves the same campaign the other way. They share, merge both ways, settle the one record in
// conflict, and end with the same workspace.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AppPage } from './pages/AppPage';
import { AccountsPage } from './pages/AccountsPage';
import { CalendarPage } from './pages/CalendarPage';
import { MergePage } from './pages/MergePage';
import { RaciPage } from './pages/RaciPage';

const CAMPAIGN = 'Webinar: ABM in practice';

/** A second profile: its own context (its own IndexedDB), held to the same no-errors rule. */
async function secondProfile(browser: Browser, baseURL: string | undefined, problems: string[]) {
  const context = await browser.newContext({
    baseURL,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`profile B console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`profile B page error: ${err.message}`));
  return { context, page };
}

async function moveCampaign(page: Page, app: AppPage, key: 'ArrowRight' | 'ArrowLeft') {
  const cal = new CalendarPage(page, app);
  await cal.open();
  await cal.bar(CAMPAIGN).focus();
  await page.keyboard.press(key);
  return cal;
}

async function sharedFile(merge: MergePage, path: string) {
  const download = await merge.share();
  await download.saveAs(path);
  return path;
}

/** What two copies must agree on: the data and the stamps; the installation and time are each copy's own. */
function comparable(path: string) {
  const file = JSON.parse(readFileSync(path, 'utf8')) as {
    data: unknown;
    sync: { stamps: unknown; tombstones: unknown; versionVector: unknown };
  };
  return { data: file.data, stamps: file.sync.stamps, tombstones: file.sync.tombstones };
}

test('two profiles edit the sample, merge both ways, settle a conflict and end with the same workspace', async ({
  app,
  page,
  browser,
  baseURL,
  pageProblems,
}, testInfo) => {
  test.setTimeout(120_000);
  // Marketing Ops (this profile): the campaign a day later, and a blackout for everyone.
  await app.open();
  await app.openSample();
  const cal = await moveCampaign(page, app, 'ArrowRight');
  await page.getByRole('button', { name: 'Blackouts…' }).click();
  await cal.dialog().getByRole('button', { name: 'New blackout' }).click();
  const form = cal.dialog().getByRole('form', { name: 'Blackout' });
  await form.getByLabel('Blackout start').fill('2030-06-03');
  await form.getByLabel('Blackout end').fill('2030-06-07');
  await form.getByLabel('Reason').fill('Company offsite');
  await form.getByRole('button', { name: 'Add blackout' }).click();
  await expect(
    cal.dialog().getByRole('cell', { name: 'Company offsite', exact: true }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(cal.dialog()).toBeHidden();

  // Sales Ops (a second profile): primary teams, Accountable for "Build TAL", the campaign a day earlier.
  const b = await secondProfile(browser, baseURL, pageProblems);
  const appB = new AppPage(b.page);
  await appB.open();
  await appB.openSample();
  const accounts = new AccountsPage(b.page);
  await accounts.selectAll();
  await accounts.bulkSetPrimaryTeam('sales');
  await expect(appB.nav().getByRole('button', { name: 'Undo' })).toHaveAttribute(
    'title',
    /^Undo Bulk edit/,
  );
  const raci = new RaciPage(b.page, appB);
  await raci.open();
  await raci.finding('"Build TAL" has no Accountable').click();
  await b.page.keyboard.press('a');
  await expect(raci.cell('Sales Ops', 'Build TAL')).toHaveText('RA');
  await moveCampaign(b.page, appB, 'ArrowLeft');

  // Marketing Ops merges Sales Ops' file: their accounts and grid come in, the campaign is a conflict.
  const mergeB = new MergePage(b.page, appB);
  const fromB = await sharedFile(mergeB, testInfo.outputPath('sales-ops.json'));
  const merge = new MergePage(page, app);
  await merge.chooseFile(fromB);
  await merge.waitForPreview();
  await expect(merge.summaryRow('RACI grids').getByRole('cell').nth(1)).toHaveText('1');
  await expect(merge.summaryRow('Accounts').getByRole('cell').nth(3)).toHaveText('0');
  await expect(
    merge.conflicts().getByRole('rowheader', { name: `Motions: ${CAMPAIGN}` }),
  ).toBeVisible();
  await expect(merge.status()).toHaveText(/conflicts still need a decision/);
  await expect(merge.dialog().getByRole('button', { name: 'Merge', exact: true })).toBeDisabled();
  await merge.theirsForRecord(CAMPAIGN);
  await expect(merge.status()).toHaveText('Every conflict is decided.');
  await merge.merge();
  await expect(app.toast(/^Merged sales-ops\.json/)).toBeVisible();

  // Sales Ops merges back: the blackout comes in, nothing to decide.
  const fromA = await sharedFile(merge, testInfo.outputPath('marketing-ops.json'));
  await mergeB.chooseFile(fromA);
  await mergeB.waitForPreview();
  await mergeB.expectCounts('Blackouts', { added: 1 });
  await expect(mergeB.conflicts()).toHaveCount(0);
  await mergeB.merge();

  // Both now hold the same workspace, stamps included.
  const finalA = comparable(await sharedFile(merge, testInfo.outputPath('final-a.json')));
  const finalB = comparable(await sharedFile(mergeB, testInfo.outputPath('final-b.json')));
  expect(finalB).toEqual(finalA);

  // Merging the same file again has nothing new.
  await merge.chooseFile(fromB);
  await merge.waitForPreview();
  await expect(merge.dialog().getByText(/Nothing to merge/)).toBeVisible();
  await merge.dialog().getByRole('button', { name: 'Cancel' }).click();
  await b.context.close();
});

test('a file that is not a workspace is refused with its name, and nothing changes', async ({
  app,
  page,
}, testInfo) => {
  await app.open();
  await app.openSample();
  const merge = new MergePage(page, app);
  const path = testInfo.outputPath('not-a-workspace.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path, JSON.stringify({ format: 'abm-workbench/workspace', version: 7, data: {} }));
  await merge.chooseFile(path);
  await expect(app.toast(/^not-a-workspace\.json: .*Nothing was merged\.$/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(merge.dialog()).toBeHidden();
});

test('Try merging: the sample, one change of yours, and a colleague’s copy to merge, decided by keyboard', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('button', { name: /Try merging a colleague’s workspace/ }).click();
  const merge = new MergePage(page, app);
  await merge.waitForPreview();
  await expect(merge.dialog()).toHaveAccessibleName(
    'Merge dana-sales-ops.abmworkspace.json into this workspace',
  );
  await merge.expectCounts('Blackouts', { added: 1 });
  await expect(merge.summaryRow('RACI grids').getByRole('cell').nth(1)).toHaveText('1');
  const field = (name: string) =>
    merge.dialog().getByRole('group', { name: `Keep for ${CAMPAIGN} ${name}` });
  // Nothing is chosen for the dates; the later "updated at" (Dana's edit is older) is.
  await expect(merge.status()).toHaveText('2 conflicts still need a decision.');
  await expect(field('updatedAt').getByRole('radio', { name: 'Mine' })).toBeChecked();
  await field('start').getByRole('radio', { name: 'Theirs' }).check();
  await field('end').getByRole('radio', { name: 'Mine' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(field('end').getByRole('radio', { name: 'Theirs' })).toBeChecked();
  await expect(merge.status()).toHaveText('Every conflict is decided.');
  await merge.merge();
  await expect(app.toast(/^Merged dana-sales-ops\.abmworkspace\.json/)).toBeVisible();
  await expect(app.nav().getByRole('button', { name: 'Undo' })).toHaveAttribute(
    'title',
    /^Undo Merge dana-sales-ops\.abmworkspace\.json/,
  );
});
