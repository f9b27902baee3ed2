// Marketing Ops brings the CRM's people in and hands a campaign's members back: imports a
// Salesforce contacts report and a HubSpot contacts export into the sample workspace, sees
// each person matched to an account (and why) and the unmatched ones, and exports the Tier 1
// nurture's members as a Salesforce CampaignMember file and a HubSpot list file.
import { readFileSync } from 'node:fs';
import { buildSampleWorkspace } from '../../shared/sample/sampleWorkspace';
import { toSalesforceId18 } from '../../shared/accounts/salesforceId';
import { expect, test } from './fixtures';
import { ContactsPage } from './pages/ContactsPage';
import { ExportPage } from './pages/ExportPage';

test('contacts in, matched to accounts, campaign members out for both CRMs', async ({
  app,
  page,
}) => {
  await page.clock.setFixedTime(new Date('2027-02-10T10:00:00'));
  const sample = buildSampleWorkspace('2027-02-10');
  const nurture = sample.motions.find((m) => m.salesforceId !== '');
  if (!nurture) throw new Error('the sample has no motion with a Campaign ID');
  // A Tier 1 target account of the nurture's audience, with a Salesforce id and a domain.
  const target = sample.accounts.find(
    (a) => a.status === 'target' && a.tier === 1 && a.salesforceId !== '' && a.domain !== '',
  );
  if (!target) throw new Error('the sample has no Tier 1 target with ids');
  const contactId = toSalesforceId18('0035g00000E2eAa') as string;
  const report = [
    '"Contact ID","First Name","Last Name","Email","Title","Account ID","Account Name","Email Opt Out","Do Not Call"',
    `"${contactId.slice(0, 15)}","Zoe","Quartermaine","zoe.q@${target.domain}","VP of Marketing","${target.salesforceId.slice(0, 15)}","${target.name}","0","0"`,
    `"${toSalesforceId18('0035g00000E2eBb')?.slice(0, 15)}","Yuri","Outoftown","yuri@gmail.com","CFO","","Nowhere Holdings","0","0"`,
  ].join('\r\n');
  const hubspot = [
    'Record ID,First Name,Last Name,Email,Job Title,Associated Company ID,Company name,Lifecycle Stage,Unsubscribed from all email',
    `777001,Xena,Hubspotter,xena@${target.domain},Marketing Manager,,${target.name},Lead,false`,
  ].join('\n');

  await app.open();
  await app.openSample();
  const contacts = new ContactsPage(page, app);
  await contacts.open();
  await contacts.importCsv('salesforce-contacts.csv', report);
  // Another mapping previews again from the file the import Worker kept (the window handed
  // its bytes over with the first preview).
  await contacts.importCsv('hubspot-contacts.csv', hubspot, async () => {
    const stage = contacts.column('hubspot-contacts.csv', 'Lifecycle Stage');
    const mapped = await stage.inputValue();
    await stage.selectOption('');
    await expect(contacts.preview()).toContainText('1 new');
    await stage.selectOption(mapped);
    await expect(stage).toHaveValue(mapped);
    await expect(contacts.preview()).toContainText('1 new');
    await expect(page.locator('.contacts-errors')).toHaveCount(0);
  });

  // Everyone is in the table, a page at a time: the sample's people and the three imported.
  const everyone = sample.contacts.length + 3;
  await expect(contacts.pager()).toContainText(`1–100 of ${everyone.toLocaleString('en-US')}`);
  await contacts.pager().getByRole('button', { name: 'Next page' }).click();
  await expect(contacts.pager()).toContainText(`101–200 of ${everyone.toLocaleString('en-US')}`);
  await contacts.search('Quartermaine');
  await expect(contacts.pager()).toContainText('1–1 of 1');
  await expect(contacts.row('Zoe Quartermaine')).toContainText(target.name);
  await expect(contacts.row('Zoe Quartermaine')).toContainText('Salesforce Account ID');
  await contacts.search('hubspotter');
  await expect(contacts.row('Xena Hubspotter')).toContainText(`E-mail domain (${target.domain})`);
  await contacts.search('');
  await contacts.show('Unmatched people');
  await expect(contacts.row('Yuri Outoftown')).toContainText('gmail.com is a free');

  const exporter = new ExportPage(page, app);
  await exporter.open();
  await exporter.chooseProfile('Salesforce campaign members');
  await page.getByLabel('Motion').selectOption({ label: nurture.name });
  await expect(exporter.preview('salesforce-campaign-members.csv')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Export notes' })).toContainText(`${nurture.name}:`);
  const sf = await exporter.save();
  const sfLines = readFileSync(await sf.path(), 'utf8').split('\r\n');
  expect(sfLines[0]).toBe('CampaignId,ContactId,LeadId,Status');
  expect(sfLines).toContain(`${nurture.salesforceId},${contactId},,Sent`);

  await exporter.chooseProfile('HubSpot contact list');
  await exporter.chooseMode('Excel-safe');
  await expect(exporter.preview('hubspot-contact-list.csv')).toBeVisible();
  const hs = await exporter.save();
  const hsBytes = readFileSync(await hs.path());
  expect(hsBytes[0]).toBe(0xef); // Excel-safe: BOM
  const hsText = hsBytes.toString('utf8');
  expect(hsText).toContain(`xena@${target.domain},Xena,Hubspotter,${nurture.name}`);
});
