// A Sales Ops manager hands the sample TAL to HubSpot: picks the HubSpot companies profile,
// sees the preview, and saves the file; the download has HubSpot's headers and internal
// values (true/false, tier_N, owner email, appending motion checkboxes).
import { readFileSync } from 'node:fs';
import { buildSampleWorkspace } from '../../shared/sample/sampleWorkspace';
import { exportHubspotCompanies } from '../../shared/export/hubspotCompanies';
import { expect, test } from './fixtures';
import { ExportPage } from './pages/ExportPage';

const HEADER =
  'Record ID,Company name,Company domain name,Target Account,Ideal customer profile tier,Company owner,ABM motions';

test.describe('CRM export', () => {
  test('exports HubSpot companies from the sample workspace', async ({ app, page }) => {
    await page.clock.setFixedTime(new Date('2027-02-10T10:00:00'));
    await app.open();
    await app.openSample();
    const exporter = new ExportPage(page, app);
    await exporter.open();
    await exporter.chooseProfile('HubSpot companies');
    await exporter.chooseMode('CRM import');
    await expect(exporter.preview('hubspot-companies.csv')).toBeVisible();

    // The same sample built here tells which row a target account in a motion must become.
    const sample = buildSampleWorkspace('2027-02-10');
    const expected = exportHubspotCompanies(sample);
    const table = expected.tables[0];
    if (!table) throw new Error('no table');
    const bad = new Set(expected.problems.map((p) => p.row));
    const row = table.rows.find(
      (r, i) => !bad.has(i + 2) && r[0] !== '' && r[3] === 'true' && (r[6] ?? '').startsWith(';'),
    );
    if (!row) throw new Error('the sample has no target account with a HubSpot id in a motion');

    const download = await exporter.save();
    expect(download.suggestedFilename()).toBe('hubspot-companies.csv');
    const bytes = readFileSync(await download.path());
    expect(bytes[0]).not.toBe(0xef); // CRM mode: no BOM
    const lines = bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toBe(HEADER);
    const line = lines.find((l) => l.includes(`,${row[2]},`));
    expect(line).toBe(row.join(','));
    expect(line).toMatch(/,true,tier_[123],[^,@]+@[^,]+,;/);
  });

  test('builds a generic profile by name and saves an Excel-safe file with it', async ({
    app,
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2027-02-10T10:00:00'));
    await app.open();
    await app.openSample();
    const exporter = new ExportPage(page, app);
    await exporter.open();
    await exporter.buildProfile('TAL for finance', [
      ['Account name', 'Company'],
      ['Domain', 'Domain'],
      ['Tier', 'ABM tier'],
    ]);
    await expect(page.getByLabel('Profile')).toHaveValue(/^saved:/);
    await expect(exporter.preview('tal-for-finance.csv')).toBeVisible();
    await exporter.chooseMode('Excel-safe');
    const download = await exporter.save();
    expect(download.suggestedFilename()).toBe('tal-for-finance.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFFCompany,Domain,ABM tier\r\n')).toBe(true);

    // The profile is kept by name: it is still there after a reload.
    await page.reload();
    await exporter.open();
    await exporter.chooseProfile('TAL for finance');
    await expect(exporter.preview('tal-for-finance.csv')).toBeVisible();
  });
});
