// A RevOps manager imports the quarter's results — a Salesforce opportunities report and a
// HubSpot deals export — over the accounts already in the workbench, sees how each matched
// (and the one that did not), and opens the quarterly review: the headline, the breakdown,
// the unmatched list, a bar reachable by keyboard; undo takes the import back.
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';
import { ReviewPage } from './pages/ReviewPage';

test.describe('quarterly review', () => {
  test('import a Salesforce report and a HubSpot export, then read the review', async ({
    page,
  }) => {
    const accounts = new AccountsPage(page);
    const review = new ReviewPage(page, accounts.app);
    await accounts.openEmpty();
    await accounts.importFiles('salesforce-report.csv');
    await review.open();

    await review.chooseResults('e2e-salesforce-opportunities.csv', 'e2e-hubspot-deals.csv');
    await expect(review.importDialog()).toContainText('read as a Salesforce opportunities report');
    await expect(review.importDialog()).toContainText('read as a HubSpot deals export');
    await expect(review.preview()).toContainText('5 new');
    await expect(review.preview()).toContainText('matched by CRM id 2, by domain 1, by name 1');
    await expect(
      review.importDialog().getByRole('list', { name: 'Unmatched opportunities' }),
    ).toContainText(
      'e2e-salesforce-opportunities.csv, row 4: Hooli rollout — No account is named "Hooli Ltd"',
    );
    await review.confirmImport();
    await expect(
      accounts.app.toast(/Imported results: 5 new, 0 updated opportunities; 1 unmatched/),
    ).toBeVisible();

    await expect(page.getByRole('heading', { name: /^Results of FY2026 Q4$/ })).toBeVisible();
    await expect(review.row('Results of the quarter', 'All opportunities')).toContainText(
      '5 · 121,500',
    );
    await expect(review.row('Results of the quarter', 'Not matched to an account')).toContainText(
      '1 · 30,000',
    );
    await expect(review.table('Opportunities with no account')).toContainText('Hooli rollout');
    await expect(review.row('Pipeline created by credit', 'Marketing (inbound)')).toContainText(
      '2',
    );

    // The chart's bars are reached with the keyboard and named by their numbers.
    const bar = page.getByRole('img', { name: /^No tier, Others: 91,500$/ });
    await bar.focus();
    await expect(bar).toBeFocused();

    await accounts.app.undo();
    await expect(review.row('Results of the quarter', 'All opportunities')).toContainText('0 · 0');
  });

  test('a bad results file names its row and column and imports nothing', async ({ page }) => {
    const accounts = new AccountsPage(page);
    const review = new ReviewPage(page, accounts.app);
    await accounts.openEmpty();
    await review.open();
    await accounts.app.chooseFiles(
      () => page.getByRole('button', { name: 'Import results…' }).click(),
      [
        {
          name: 'bad.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(
            'Opportunity ID,Account Name,Amount,Stage,Created Date\n0065g00000OpP01,Acme,lots,Closed Won,2026-10-05\n',
          ),
        },
      ],
    );
    await expect(review.importDialog().getByRole('alert')).toContainText(
      'bad.csv, row 2, column "Amount": "lots" is not a number',
    );
    await expect(
      review.importDialog().getByRole('button', { name: 'Fix the problems to import' }),
    ).toBeDisabled();
  });

  test('the import shows its progress, and Cancel writes nothing, even during the write', async ({
    page,
  }) => {
    const accounts = new AccountsPage(page);
    const review = new ReviewPage(page, accounts.app);
    await accounts.openEmpty();
    await review.open();
    const stored = page.getByText(/^[\d,]+ opportunities stored$/);
    await expect(stored).toHaveText('0 opportunities stored');
    // The last undo step is the empty workspace's, and stays so: the import left none.
    const undo = accounts.app.nav().getByRole('button', { name: 'Undo' });
    await expect(undo).toHaveAttribute('title', /^Undo Start empty/);

    // Cancel at the mapping: the Worker stops, nothing was written.
    await review.chooseResults('e2e-salesforce-opportunities.csv');
    await expect(review.preview()).toContainText('new');
    await review.importDialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(accounts.app.toast('Import cancelled: nothing was written.')).toBeVisible();
    await expect(review.importDialog()).toBeHidden();

    // A large report: Cancel while it is being written aborts the one transaction.
    const rows = Array.from(
      { length: 40_000 },
      (_, i) =>
        `"0065g0${String(i).padStart(9, '0')}","Deal ${i}","Company ${i}","${1000 + i}","Prospecting","2026-12-20","2026-10-0${1 + (i % 9)}"`,
    );
    await accounts.app.chooseFiles(
      () => page.getByRole('button', { name: 'Import results…' }).click(),
      [
        {
          name: 'big.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(
            `"Opportunity ID","Opportunity Name","Account Name","Amount","Stage","Close Date","Created Date"\n${rows.join('\n')}\n`,
          ),
        },
      ],
    );
    await expect(review.preview()).toContainText('40,000 new', { timeout: 30_000 });
    await review
      .importDialog()
      .getByRole('button', { name: /^Import 40,000 opportunities$/ })
      .click();
    await expect(review.importDialog().getByText('Writing opportunities')).toBeVisible();
    await expect(
      review.importDialog().getByRole('progressbar', { name: 'Import progress' }),
    ).toBeVisible();
    await review.importDialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(
      accounts.app.toast('Import cancelled while writing: nothing was written.'),
    ).toBeVisible({ timeout: 30_000 });
    await expect(stored).toHaveText('0 opportunities stored');
    await expect(undo).toHaveAttribute('title', /^Undo Start empty/);
  });
});
