// Marketing Ops and Sales Ops plan on one calendar: a campaign and a sequence, both views,
// a drag that persists and undoes, and a Salesforce import that refuses a bad date whole.
import { expect, test } from './fixtures';
import { CalendarPage } from './pages/CalendarPage';

test.describe('campaign and outreach calendar', () => {
  test.beforeEach(async ({ page }) => {
    // Today is fixed so the quarter on screen is FY2027 Q1 (January start).
    await page.clock.setFixedTime(new Date('2027-02-10T10:00:00'));
  });

  test('plan a campaign and a sequence, drag one, reload, undo', async ({ app, page }) => {
    await app.open();
    await app.startEmpty();
    const cal = new CalendarPage(page, app);
    await cal.open();
    await expect(page.getByText('FY2027 Q1').first()).toBeVisible();

    await cal.createMotion({
      name: 'Q1 Fintech Nurture',
      kind: 'email nurture',
      start: '2027-02-01',
      end: '2027-02-28',
      tiers: [1],
    });
    await cal.createMotion({
      name: 'AE Outbound Sequence',
      kind: 'sales sequence',
      start: '2027-02-15',
      end: '2027-03-12',
    });

    await expect(cal.bar('Q1 Fintech Nurture')).toHaveAccessibleName(/Feb 1 – Feb 28, 2027/);
    await expect(cal.bar('AE Outbound Sequence')).toHaveAccessibleName(/Feb 15 – Mar 12, 2027/);
    await expect(cal.quarterView().getByRole('group', { name: 'Marketing, email' })).toBeVisible();
    await expect(cal.quarterView().getByRole('group', { name: 'Sales, email' })).toBeVisible();

    // A click selects a bar and leaves it drawn as long as its dates.
    const before = await cal.bar('Q1 Fintech Nurture').boundingBox();
    await cal.bar('Q1 Fintech Nurture').click();
    await expect(cal.bar('Q1 Fintech Nurture')).toBeFocused();
    expect((await cal.bar('Q1 Fintech Nurture').boundingBox())?.width).toBeCloseTo(
      before?.width ?? -1,
      0,
    );

    // Double-click opens the editor with the live audience count.
    await cal.bar('Q1 Fintech Nurture').dblclick();
    await expect(
      cal.dialog().getByRole('heading', { name: 'Edit Q1 Fintech Nurture' }),
    ).toBeVisible();
    await expect(cal.dialog().getByRole('status', { name: 'Audience size' })).toHaveText(
      'Tier 1 accounts: 0 accounts',
    );
    await cal.dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(cal.dialog()).toBeHidden();

    await cal.showMonthView();
    await expect(page.getByRole('region', { name: 'February 2027' })).toBeVisible();
    await expect(cal.monthBars('Q1 Fintech Nurture').first()).toBeVisible();
    await expect(cal.monthBars('AE Outbound Sequence').first()).toBeVisible();
    await cal.showQuarterView();

    // Drag the sequence a week later; undo puts it back; drag again and it survives a reload.
    await cal.dragBar('AE Outbound Sequence', 7);
    await expect(cal.bar('AE Outbound Sequence')).toHaveAccessibleName(/Feb 22 – Mar 19, 2027/);
    await app.undo();
    await expect(cal.bar('AE Outbound Sequence')).toHaveAccessibleName(/Feb 15 – Mar 12, 2027/);
    await cal.dragBar('AE Outbound Sequence', 7);
    await expect(cal.bar('AE Outbound Sequence')).toHaveAccessibleName(/Feb 22 – Mar 19, 2027/);

    await page.reload();
    await expect(cal.bar('AE Outbound Sequence')).toHaveAccessibleName(/Feb 22 – Mar 19, 2027/);

    // The keyboard does the same: a day later, then Shift+Right makes it a day longer.
    await cal.bar('AE Outbound Sequence').focus();
    await page.keyboard.press('ArrowRight');
    await expect(cal.bar('AE Outbound Sequence')).toHaveAccessibleName(/Feb 23 – Mar 20, 2027/);
    await page.keyboard.press('Shift+ArrowRight');
    await expect(cal.bar('AE Outbound Sequence')).toHaveAccessibleName(/Feb 23 – Mar 21, 2027/);
    await app.undo();
    await expect(cal.bar('AE Outbound Sequence')).toHaveAccessibleName(/Feb 23 – Mar 20, 2027/);
    await app.undo();
    await expect(cal.bar('AE Outbound Sequence')).toHaveAccessibleName(/Feb 22 – Mar 19, 2027/);
  });

  test('a motion carries what the planner may change: locked dates, window, minimum audience', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.startEmpty();
    const cal = new CalendarPage(page, app);
    await cal.open();
    await cal.createMotion({
      name: 'Fintech Webinar',
      kind: 'webinar',
      start: '2027-02-17',
      end: '2027-02-17',
    });
    await cal.bar('Fintech Webinar').dblclick();
    const d = cal.dialog();
    await expect(d.getByLabel('Locked dates')).toHaveValue('default');
    await expect(d.getByLabel('Minimum audience (%)')).toHaveAttribute('placeholder', /^90/);
    await cal.setPlanning({ locked: 'yes', window: { weeks: 2 }, minimumAudience: '101' });
    await d.getByRole('button', { name: 'Save motion' }).click();
    // A share above 100% is refused next to the field, and nothing is saved.
    await expect(d.getByRole('alert').first()).toHaveText(
      'The minimum audience is a percentage from 0 to 100.',
    );
    await cal.setPlanning({ minimumAudience: '75' });
    await d.getByRole('button', { name: 'Save motion' }).click();
    await expect(d).toBeHidden();

    await page.reload();
    await cal.bar('Fintech Webinar').dblclick();
    await expect(d.getByLabel('Locked dates')).toHaveValue('yes');
    await expect(d.getByLabel('Allowed window')).toHaveValue('weeks');
    await expect(d.getByLabel('Weeks either side')).toHaveValue('2');
    await expect(d.getByLabel('Minimum audience (%)')).toHaveValue('75');
    // Back to the defaults: one undo step restores the constraints.
    await cal.setPlanning({ locked: 'default', window: 'default', minimumAudience: '' });
    await d.getByRole('button', { name: 'Save motion' }).click();
    await expect(d).toBeHidden();
    await cal.bar('Fintech Webinar').dblclick();
    await expect(d.getByLabel('Locked dates')).toHaveValue('default');
    await d.getByRole('button', { name: 'Cancel' }).click();
    await app.undo();
    await cal.bar('Fintech Webinar').dblclick();
    await expect(d.getByLabel('Locked dates')).toHaveValue('yes');
  });

  test('drag a motion to another week in the month view, undo, reload', async ({ app, page }) => {
    await app.open();
    await app.startEmpty();
    const cal = new CalendarPage(page, app);
    await cal.open();
    await cal.createMotion({
      name: 'Partner Webinar Invites',
      kind: 'email nurture',
      start: '2027-02-03',
      end: '2027-02-05',
    });
    await cal.showMonthView();
    const bar = cal.monthBars('Partner Webinar Invites');
    await expect(bar).toHaveAccessibleName(/Feb 3 – Feb 5, 2027/);

    // Grab it by Thursday the 4th, drop it on Thursday the 11th: a week later, same length.
    // While it hovers, the three days it would cover are highlighted.
    const feb = 'February 2027';
    await cal.dragMonthBar('Partner Webinar Invites', feb, '2027-02-04', '2027-02-11', {
      whileOver: async () => {
        await expect(cal.monthView().locator('.cal-month-day.drop-target')).toHaveCount(3);
        await expect(cal.monthDay(feb, '2027-02-10')).toHaveClass(/drop-target/);
        await expect(cal.monthDay(feb, '2027-02-12')).toHaveClass(/drop-target/);
      },
    });
    await expect(bar).toHaveAccessibleName(/Feb 10 – Feb 12, 2027/);
    await expect(cal.monthView().locator('.cal-month-day.drop-target')).toHaveCount(0);

    // Its last day's edge changes only the end.
    await cal.dragMonthBar('Partner Webinar Invites', feb, '2027-02-12', '2027-02-14', {
      grip: 'end',
    });
    await expect(bar).toHaveAccessibleName(/Feb 10 – Feb 14, 2027/);

    // One undo step per drag (the history lives for the session, so undo before the reload).
    await app.undo();
    await expect(bar).toHaveAccessibleName(/Feb 10 – Feb 12, 2027/);
    await app.undo();
    await expect(bar).toHaveAccessibleName(/Feb 3 – Feb 5, 2027/);

    // Dragged again, the move is saved and survives a reload.
    await cal.dragMonthBar('Partner Webinar Invites', feb, '2027-02-04', '2027-02-11');
    await expect(bar).toHaveAccessibleName(/Feb 10 – Feb 12, 2027/);
    await page.reload();
    await cal.showMonthView();
    await expect(bar).toHaveAccessibleName(/Feb 10 – Feb 12, 2027/);
  });

  test('a Salesforce campaign export with one impossible date is refused whole', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.startEmpty();
    const cal = new CalendarPage(page, app);
    await cal.open();

    await cal.importFile('test/fixtures/motions/salesforce-campaigns-bad-date.csv');
    const problems = cal.dialog().getByRole('list', { name: 'Import problems' });
    await expect(problems).toContainText(
      'salesforce-campaigns-bad-date.csv, row 3, column "StartDate": "2027-02-30" is not a real day: February 2027 has 28 days',
    );
    await expect(cal.dialog().getByText('Nothing will be imported')).toBeVisible();
    await expect(cal.dialog().getByRole('button', { name: /^Import \d+ motions$/ })).toBeDisabled();
    await cal.dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(cal.quarterView().getByText(/No motions in FY2027 Q1/)).toBeVisible();

    // The clean export imports all four campaigns in one step, once the date order of
    // 3/10/2027 (a US export: month first) is answered for the whole column.
    await cal.importFile('test/fixtures/motions/salesforce-campaigns.csv');
    await expect(cal.dialog().getByRole('group', { name: 'Date order' })).toContainText(
      'row 4 holds 3/10/2027',
    );
    await expect(cal.dialog().getByRole('button', { name: /^Import \d+ motions$/ })).toBeDisabled();
    await cal.answerDateOrder('Month first');
    await expect(cal.dialog().getByRole('list', { name: 'Import preview' })).toContainText('4 new');
    await cal.dialog().getByRole('button', { name: 'Import 4 motions' }).click();
    await expect(cal.bar('Q1 Fintech Nurture')).toBeVisible();
    await expect(cal.bar('Webinar: Cost of Delay, Part 1')).toHaveAccessibleName(/Mar 10, 2027/);

    // The calendar leaves as .ics (one all-day event per motion, stable UIDs) and as CSV,
    // and the CSV comes back as updates, not duplicates.
    const ics = await cal.exportFile('Export .ics');
    expect(ics.name).toMatch(/\.ics$/);
    expect(ics.text.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(4);
    expect(ics.text).toMatch(/UID:[\w-]+@abm-workbench\r\n/);
    expect(ics.text).toContain('DTSTART;VALUE=DATE:20270310\r\nDTEND;VALUE=DATE:20270311\r\n');
    const csv = await cal.exportFile('Export CSV');
    await cal.importFile(csv.path);
    await expect(cal.dialog().getByRole('list', { name: 'Import preview' })).toContainText(
      '4 will update',
    );
    await expect(cal.dialog().getByRole('list', { name: 'Import preview' })).toContainText('0 new');
  });
});
