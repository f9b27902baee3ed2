// "Propose a plan" in Chromium (issue 15): from the sample, propose, untick two changes (the
// counts follow), accept, and the Conflicts view shows the proposal's numbers; undo brings
// every conflict back. Also: the proposal saved as CSV, Reject, and Cancel.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { ConflictsPage } from './pages/ConflictsPage';
import { PlanPage } from './pages/PlanPage';

// The Plan view plans from today (nothing proposed before it) and the sample is anchored on
// the current fiscal quarter, so the day decides how much of the sample is still ahead: the
// specs fix it on the first day of a quarter (every motion still to come), and one on a day
// late in a quarter (most of them started).
const QUARTER_START = '2027-01-01T10:00:00';

test.describe('propose a plan', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date(QUARTER_START));
  });

  test('from the sample: propose, untick two, accept, the conflicts drop to the proposal, undo restores', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.openSample();
    const conflicts = new ConflictsPage(page, app);
    const plan = new PlanPage(page, app);
    await conflicts.open();
    const severityBefore = await conflicts.countsBySeverity();
    const rulesBefore = await conflicts.countsByRule();
    expect(severityBefore.block).toBeGreaterThan(500);

    await conflicts.openPlanner();
    // "Reassign" is the one move left off by default.
    await expect(plan.moveOption(/Reassign/)).not.toBeChecked();
    await expect(plan.moveOption(/Shift/)).toBeChecked();
    await plan.propose();
    const all = await plan.counts();
    // The proposal starts from what the Conflicts view shows, and clears every block.
    expect(all.before).toEqual(severityBefore);
    for (const [rule, [b]] of all.byRule) expect(b).toBe(rulesBefore.get(rule));
    expect(all.after.block).toBe(0);
    expect(all.after.warn).toBeLessThan(all.before.warn);
    await expect(plan.proposal().getByText(/Nothing: the whole proposal clears/)).toBeVisible();
    // A change's details (the accounts it names) are written when opened, not before.
    const details = plan
      .proposal()
      .getByRole('group', { name: 'Proposed changes' })
      .locator('details');
    await expect(details.first().locator('p')).toHaveCount(0);
    await details.first().locator('summary').click();
    await expect(details.first().locator('p')).toContainText(/account|→/);

    const boxes = plan.changes();
    const total = await boxes.count();
    expect(total).toBeGreaterThan(2);
    await boxes.nth(0).uncheck();
    await boxes.nth(1).uncheck();
    await expect(plan.proposal()).toContainText(`${total - 2} ticked`);
    const some = await plan.counts();
    expect(some.after.block).toBeGreaterThan(0);
    expect(some.after).not.toEqual(all.after);
    expect(some.before).toEqual(all.before);

    await plan.acceptSelected();
    await expect(plan.status()).toContainText(
      `${some.after.block} block, ${some.after.warn} warn and ${some.after.info} info conflicts remain`,
    );
    await expect(plan.proposal()).toBeHidden();

    await conflicts.open();
    await expect.poll(() => conflicts.countsBySeverity()).toEqual(some.after);
    const rulesAfter = await conflicts.countsByRule();
    for (const [rule, [, a]] of some.byRule) expect(rulesAfter.get(rule)).toBe(a);

    await app.undo();
    await expect(app.toast(/Undid: Accept the proposed plan/)).toBeVisible();
    await expect.poll(() => conflicts.countsBySeverity()).toEqual(severityBefore);
    expect(await conflicts.countsByRule()).toEqual(rulesBefore);
  });

  test('the proposal is saved as CSV with what is ticked, and Reject changes nothing', async ({
    app,
    page,
  }, testInfo) => {
    await app.open();
    await app.openSample();
    const plan = new PlanPage(page, app);
    await plan.open();
    await plan.propose();
    const total = await plan.changes().count();
    await plan.changes().nth(0).uncheck();
    const download = await plan.saveCsv();
    expect(download.suggestedFilename()).toMatch(/^proposed-changes-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = testInfo.outputPath('proposed.csv');
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Motion,Change,Details,Reason,Selected,Blocks cleared,Warns cleared');
    expect(lines).toHaveLength(total + 1);
    expect(lines.filter((l) => /,"?no"?,/.test(l))).toHaveLength(1);
    expect(text).toContain('Shift dates');

    await plan.reject();
    await expect(plan.status()).toHaveText('Proposal rejected: nothing changed.');
    await expect(app.nav().getByRole('button', { name: 'Undo' })).toHaveAttribute(
      'title',
      /Undo Open the sample workspace/,
    );
  });

  test('Cancel stops a proposal; a proposal says when the plan changed after it', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.openSample();
    const plan = new PlanPage(page, app);
    await plan.open();
    // On the sample a proposal is done in a fraction of a second, sooner than a click on a
    // loaded machine: the planner Worker's script is held back until Cancel has been pressed,
    // so the proposal is certainly still running when it is.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const workerScript = /planner\.worker[^/]*\.(js|ts)(\?.*)?$/;
    await page.route(workerScript, async (route) => {
      await held;
      // The cancelled Worker is gone by then: its request may already be over.
      await route.continue().catch(() => undefined);
    });
    await page.getByRole('button', { name: 'Propose', exact: true }).click();
    await expect(plan.progress()).toBeVisible();
    await plan.cancel();
    release();
    await page.unroute(workerScript);
    await expect(plan.status()).toHaveText('Proposal cancelled: nothing changed.');
    await expect(plan.progress()).toBeHidden();
    await expect(plan.proposal()).toBeHidden();
    // A new proposal runs in a fresh worker.
    await plan.propose();
    await expect(plan.changes().first()).toBeChecked();
    await expect(plan.proposal().getByText(/The plan changed after this proposal/)).toBeHidden();
    // A write made after the proposal (here: undoing the sample) says the counts may not hold.
    await app.undo();
    await expect(plan.proposal().getByText(/The plan changed after this proposal/)).toBeVisible();
  });

  test('the moves are the workspace’s setting; without shifts the sample is staggered and handed over', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.openSample();
    const conflicts = new ConflictsPage(page, app);
    const plan = new PlanPage(page, app);
    await plan.open();
    await plan.moveOption(/Shift/).uncheck();
    await expect(app.nav().getByRole('button', { name: 'Undo' })).toHaveAttribute(
      'title',
      /Undo Change the planner’s moves/,
    );
    // Saved with the workspace: the view reads it back when it opens again.
    await conflicts.open();
    await plan.open();
    await expect(plan.moveOption(/Shift/)).not.toBeChecked();
    await expect(plan.moveOption(/Stagger/)).toBeChecked();
    await plan.propose();
    // The accounts keep both motions, one after the other.
    await expect(plan.proposal()).toContainText(
      /staggered( into \d+ waves)?: \d+ accounts? starts? /,
    );
    await expect(plan.proposal()).toContainText(
      /handed over to (sales|marketing) on \d+ accounts? from \w+ \d+: clears /,
    );
    const counts = await plan.counts();
    expect(counts.after.block).toBeLessThan(counts.before.block);
    await plan.acceptSelected();
    await conflicts.open();
    await expect.poll(() => conflicts.countsBySeverity()).toEqual(counts.after);
  });

  test('late in a quarter it plans from today; planning from the quarter’s start clears the sample', async ({
    app,
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2027-03-10T10:00:00'));
    await app.open();
    await app.openSample();
    const plan = new PlanPage(page, app);
    await plan.open();
    await expect(plan.planFrom()).toHaveValue('2027-03-10');
    await plan.propose();
    await expect(plan.proposal()).toContainText(
      /Planned from Mar 10, 2027 \(today\): \d+ motions started before it and keep their dates/,
    );
    const fromToday = await plan.counts();
    // Conflicts on days already past stay, and what cannot be cleared says why.
    expect(fromToday.after.block).toBeGreaterThan(0);
    await expect(
      plan.proposal().getByRole('region', { name: 'What cannot be cleared' }),
    ).not.toContainText('Nothing: the whole proposal');
    await plan.reject();
    await page.getByRole('button', { name: 'Plan from the quarter’s start' }).click();
    await expect(plan.planFrom()).toHaveValue('2027-01-01');
    await plan.propose();
    await expect(plan.proposal()).toContainText('Planned from Jan 1, 2027.');
    expect((await plan.counts()).after.block).toBe(0);
    await page.getByRole('button', { name: 'Plan from today' }).click();
    await expect(plan.planFrom()).toHaveValue('2027-03-10');
  });

  test('is reachable from the navigation with its shortcut', async ({ app, page }) => {
    await app.open();
    await app.openSample();
    await page.keyboard.press('Control+6');
    await expect(page.getByRole('heading', { name: 'Propose a plan', level: 1 })).toBeVisible();
  });
});
