/**
 * Takes the README's screenshots at projector size (1280×720, the planning meeting's screen):
 * opens the sample workspace in Chromium against the built renderer and captures each section,
 * the Conflicts view with its biggest group open (a resolution's consequences), and the sample's
 * proposal in "Propose a plan", the QBR pack presented on its results slide, and the preview of
 * "Try merging" (a colleague's copy of the sample), and the calendar after accepting a proposal
 * that hands accounts over (a bar that ends early on some accounts). Run: node build/scripts/run-ts.mjs build/scripts/screenshots.ts
 * (SHOTS=plan,conflicts takes only those).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { startWebServer } from './serve-web';
import { CHROMIUM_ARGS } from './chromiumArgs';

const SHOTS: { name: string; hash: string; wait?: string }[] = [
  { name: 'accounts', hash: '#/accounts' },
  { name: 'calendar', hash: '#/calendar' },
  { name: 'conflicts', hash: '#/conflicts' },
  { name: 'contacts', hash: '#/contacts' },
  { name: 'raci', hash: '#/raci' },
  { name: 'export', hash: '#/export' },
  { name: 'agreement', hash: '#/agreement' },
  { name: 'review', hash: '#/review' },
];

/** SHOTS=a,b: only those screenshots (all when unset). */
const only = process.env.SHOTS?.split(',');
const wanted = (name: string) => !only || only.includes(name);

export async function main(): Promise<void> {
  const server = await startWebServer('dist-renderer', Number(process.env.E2E_PORT ?? 0));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
      colorScheme: 'light',
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    if (wanted('first-start')) await page.screenshot({ path: 'build/screenshots/first-start.png' });
    await page.getByRole('button', { name: /Open the sample workspace/ }).click();
    await page.waitForTimeout(1500);
    for (const shot of SHOTS.filter((s) => wanted(s.name))) {
      await page.goto(`http://127.0.0.1:${port}/${shot.hash}`);
      await page.waitForTimeout(2500);
      await dismissToasts(page);
      await page.screenshot({ path: `build/screenshots/${shot.name}.png` });
      console.log(`build/screenshots/${shot.name}.png`);
    }
    if (wanted('conflicts-preview')) await conflictsPreview(page, port);
    if (wanted('plan')) await planProposal(page, port);
    if (wanted('qbr')) await qbrPack(page, port);
    if (wanted('merge')) await mergePreview(browser, port);
    if (wanted('calendar-handover')) await calendarHandover(browser, port);
  } finally {
    await browser.close();
    server.close();
  }
}

/** The first group of the list, open: its resolutions with what each clears and creates. */
async function conflictsPreview(page: Page, port: number): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/#/conflicts`);
  await page
    .getByRole('table', { name: 'Conflicts by motion pair' })
    .getByRole('row')
    .nth(1)
    .getByRole('button')
    .first()
    .click();
  await page
    .getByText(/^Clears \d/)
    .first()
    .waitFor();
  await page.screenshot({ path: 'build/screenshots/conflicts-preview.png' });
  console.log('build/screenshots/conflicts-preview.png');
}

/** The sample's proposal: counts before → after and the changes grouped by motion. */
async function planProposal(page: Page, port: number): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/#/plan`);
  await page.getByRole('button', { name: 'Propose', exact: true }).click();
  await page.getByRole('region', { name: 'Proposal' }).waitFor({ timeout: 30_000 });
  await page.getByRole('table', { name: 'Conflicts before and after' }).scrollIntoViewIfNeeded();
  await dismissToasts(page);
  await page.screenshot({ path: 'build/screenshots/plan.png' });
  console.log('build/screenshots/plan.png');
}

/** The QBR pack for the next quarter, presented full screen on last quarter's results. */
async function qbrPack(page: Page, port: number): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/#/qbr`);
  await page.getByRole('button', { name: 'Build pack' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /: \d+ pages\./ })
    .waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Present' }).click();
  const presenter = page.getByRole('dialog', { name: 'Presenting the QBR pack' });
  await presenter.waitFor();
  await page.keyboard.press('PageDown');
  await presenter.getByText("Last quarter's results", { exact: false }).first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'build/screenshots/qbr.png' });
  console.log('build/screenshots/qbr.png');
  await page.keyboard.press('Escape');
}

/** "Try merging" from a fresh profile's first-start screen: the merge preview with its conflict. */
async function mergePreview(browser: Browser, port: number): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    colorScheme: 'light',
  });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('button', { name: /Try merging/ }).click();
    await page
      .getByRole('dialog', { name: /^Merge .* into this workspace$/ })
      .waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: 'build/screenshots/merge.png' });
    console.log('build/screenshots/merge.png');
  } finally {
    await context.close();
  }
}

/**
 * The calendar after accepting the sample's proposal without date shifts (staggered and
 * handed over): the hand-over hatches a bar from the day it ends on the first accounts, and
 * the bar's tip says so. A fresh profile on the first day of a quarter (the planner plans from
 * today, so the whole sample is still ahead), with the widest handed-over bar hovered for its tip.
 */
async function calendarHandover(browser: Browser, port: number): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    colorScheme: 'light',
  });
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2027-01-01T10:00:00'));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('button', { name: /Open the sample workspace/ }).click();
    await page.waitForTimeout(1500);
    await page.goto(`http://127.0.0.1:${port}/#/plan`);
    await page.getByRole('checkbox', { name: /Shift a motion/ }).uncheck();
    await page.getByRole('button', { name: 'Propose', exact: true }).click();
    const proposal = page.getByRole('region', { name: 'Proposal' });
    await proposal.waitFor({ timeout: 30_000 });
    await proposal.getByRole('button', { name: 'Accept selected' }).click();
    await page.getByText(/^Accepted \d+ change/).waitFor({ timeout: 30_000 });
    await page.goto(`http://127.0.0.1:${port}/#/calendar`);
    const handedOver = page.locator('.cal-bar[aria-label*="handed over on"]');
    await handedOver.first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    await dismissToasts(page);
    // The widest handed-over bar (the SDR sequence), hovered: its tip says it in words.
    const widths = await handedOver.evaluateAll((els) => els.map((e) => e.clientWidth));
    const bar = handedOver.nth(widths.indexOf(Math.max(...widths)));
    await bar.hover();
    await page.waitForTimeout(500);
    await page.screenshot({ path: 'build/screenshots/calendar-handover.png' });
    console.log('build/screenshots/calendar-handover.png');
  } finally {
    await context.close();
  }
}

/** A toast left from opening the sample would cover the shot's corner. */
async function dismissToasts(page: Page): Promise<void> {
  for (const close of await page.locator('.toasts button').all()) {
    await close.click({ timeout: 1000 }).catch(() => undefined);
  }
}
