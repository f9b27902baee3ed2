// A Sales Ops manager opens the sample: a subsidiary on a subdomain of another account is
// suggested as a possible duplicate (never merged on import); one click merges it into the
// older account and one undo brings both back. A LinkedIn-page website is flagged.
import { buildSampleWorkspace } from '../../shared/sample/sampleWorkspace';
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';

const TODAY = '2027-02-10';

function samplePair() {
  const { accounts } = buildSampleWorkspace(TODAY);
  const [parent, subsidiary] = accounts;
  const profile = accounts.find((a) => a.website.includes('linkedin.com'));
  if (!parent || !subsidiary || !profile) throw new Error('the sample lacks the domain examples');
  return { parent, subsidiary, profile, total: accounts.length };
}

test.describe('possible duplicates', () => {
  test('a subdomain pair merges in one click into the older account, and undo restores both', async ({
    app,
    page,
  }) => {
    const { parent, subsidiary, total } = samplePair();
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    const accounts = new AccountsPage(page);
    await app.open();
    await app.openSample();
    await app.goTo('Accounts');
    await expect(accounts.count()).toHaveText(new RegExp(`^${total} accounts`));

    await accounts.openPanel('Possible duplicates');
    const panel = accounts.duplicatesPanel();
    await expect(panel.getByRole('status')).toContainText('1 group');
    const group = accounts.duplicateGroup(parent.domain);
    await expect(group.getByRole('rowheader')).toHaveText([
      `${parent.name} (kept)`,
      subsidiary.name,
    ]);
    await expect(group.getByRole('cell', { name: subsidiary.domain })).toBeVisible();

    await group.getByRole('button', { name: `Merge 2 accounts into ${parent.name}` }).click();
    await expect(accounts.app.toast(`Merged 2 accounts into ${parent.name}.`)).toBeVisible();
    await expect(accounts.count()).toHaveText(new RegExp(`^${total - 1} accounts`));
    await expect(panel.getByRole('status')).toContainText('No accounts share');
    await accounts.search(parent.name);
    await expect(accounts.column('name')).toHaveText([parent.name]);
    await expect(accounts.column('domain')).toHaveText([parent.domain]);
    // The subsidiary's HubSpot id fills an empty one (its own stays if it had one).
    const hubspot = parent.hubspotId || subsidiary.hubspotId;
    await accounts.revealColumn('HubSpot ID');
    await expect(accounts.column('hubspotId')).toHaveText([hubspot]);

    await accounts.app.undo();
    await expect(accounts.count()).toHaveText(new RegExp(`^${total} accounts`));
    await expect(accounts.column('name')).toHaveText([parent.name, subsidiary.name]);
    await expect(accounts.duplicateGroup(parent.domain)).toBeVisible();

    // "Not duplicates" hides the group; it is an undoable setting like any other.
    await accounts
      .duplicateGroup(parent.domain)
      .getByRole('button', { name: 'Not duplicates' })
      .click();
    await expect(panel.getByRole('status')).toContainText('No accounts share');
    await expect(accounts.count()).toHaveText(new RegExp(`^${total} accounts`));
    await accounts.app.undo();
    await expect(accounts.duplicateGroup(parent.domain)).toBeVisible();
  });

  test('a website that is a LinkedIn page is flagged and has no domain', async ({ app, page }) => {
    const { profile } = samplePair();
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    const accounts = new AccountsPage(page);
    await app.open();
    await app.openSample();
    await app.goTo('Accounts');
    await accounts.filterColumn('Not a company domain', 'social');
    await expect(accounts.column('name')).toHaveText([profile.name]);
    await expect(accounts.column('nonCompanyWebsite')).toHaveText(['Social or profile page']);
    await accounts.revealColumn('Domain');
    await expect(accounts.column('domain')).toHaveText(['']);
  });
});
