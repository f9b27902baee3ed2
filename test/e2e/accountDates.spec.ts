// A handed-over motion, end to end in Chromium (issue 15): from the sample, the proposal hands
// the SDR sequence's accounts over; once accepted, the calendar bar says so, the motion editor
// lists the accounts' own days, the motion CSV carries them ("Account dates") and reads back
// as updates, and clearing them in the editor is one undo step.
import { test, expect } from './fixtures';
import { CalendarPage } from './pages/CalendarPage';
import { PlanPage } from './pages/PlanPage';

const SDR = 'SDR outbound email sequence';

test('a proposal’s hand-over shows in the calendar, the editor and the motion CSV', async ({
  app,
  page,
}) => {
  // The Plan view plans from today: on a quarter's first day the whole sample is still ahead
  // (later in it, the SDR sequence has run and its dates are past, so nothing is handed over).
  await page.clock.setFixedTime(new Date('2027-01-01T10:00:00'));
  await app.open();
  await app.openSample();
  const plan = new PlanPage(page, app);
  const cal = new CalendarPage(page, app);

  await cal.open();
  await expect(cal.bar(SDR)).not.toHaveAccessibleName(/handed over|staggered/);

  await plan.open();
  await plan.propose();
  await expect(plan.proposal()).toContainText(/handed over to marketing on \d+ accounts from /);
  await plan.acceptSelected();

  // The bar says it in its label and its tip.
  await cal.open();
  const bar = cal.bar(SDR);
  await expect(bar).toHaveAccessibleName(/, \d+ accounts \(handed over on \d+ accounts\)$/);
  await expect(bar).toHaveAttribute('title', /\(handed over on \d+ accounts\)\. Drag to move/);
  const handedOver = Number(
    /handed over on (\d+) accounts/.exec((await bar.getAttribute('aria-label')) ?? '')?.[1],
  );
  expect(handedOver).toBeGreaterThan(10);

  // The editor says when the motion ends on those accounts, and lists them.
  await cal.editMotion(SDR);
  await expect(cal.accountDates()).toContainText(
    new RegExp(`Handed over on ${handedOver} accounts: the motion ends there on \\w+ \\d+`),
  );
  await expect(cal.accountDatesRows()).toHaveCount(handedOver + 1);
  await expect(cal.accountDatesRows().nth(1)).toContainText(/with the motion\s*\w+ \d+, \d{4}/);
  await cal.dialog().getByRole('button', { name: 'Cancel' }).click();

  // The motion CSV carries each account's last day and reads back as updates.
  const csv = await cal.exportFile('Export CSV');
  const [header = '', ...lines] = csv.text.trim().split(/\r?\n/);
  expect(header.split(',')).toContain('Account dates');
  const sdrLine = lines.find((l) => l.startsWith(`${SDR},`)) ?? '';
  const entries = sdrLine.match(/[a-z0-9.-]+\.[a-z]+ ends \d{4}-\d{2}-\d{2}/g) ?? [];
  expect(entries).toHaveLength(handedOver);
  await cal.importFile(csv.path);
  const preview = cal.dialog().getByRole('list', { name: 'Import preview' });
  await expect(preview).toContainText('0 new');
  await expect(preview).toContainText(/\d+ will update/);
  await cal.dialog().getByRole('button', { name: 'Cancel' }).click();

  // Cleared in the editor and saved: every account runs on the motion's dates, one undo step.
  await cal.editMotion(SDR);
  await cal.accountDates().getByRole('button', { name: 'Clear per-account dates' }).click();
  await expect(cal.accountDates()).toContainText(
    'Cleared: once saved, every account runs on the motion’s dates.',
  );
  await cal.saveMotion();
  await expect(cal.bar(SDR)).not.toHaveAccessibleName(/handed over/);
  await app.undo();
  await expect(app.toast(new RegExp(`Undid: Edit "${SDR}"`))).toBeVisible();
  await expect(cal.bar(SDR)).toHaveAccessibleName(
    new RegExp(`\\(handed over on ${handedOver} accounts\\)$`),
  );
});
