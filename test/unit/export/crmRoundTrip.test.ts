// The loop CRM → workbench → CRM closes: a Salesforce accounts report imported and exported
// straight back as the Salesforce update file, or a HubSpot companies export imported and
// exported as HubSpot companies, has zero rows the CRM would reject, though the report's
// owners are full names without e-mails.
import { describe, expect, it } from 'vitest';
import { importAccounts, type ImportFile } from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import { runExport } from '../../../shared/export/exportProfiles';
import { hubspotExport, salesforceReport } from '../owners/crmFiles';
import { sourceOf } from './exportFixtures';

function importThenExport(files: ImportFile[], profile: string) {
  const preview = importAccounts(files, [], {
    policy: 'fill-empty',
    defaultStatus: 'candidate',
    now: '2027-01-04T09:00:00.000Z',
    newId: sequentialIds('a'),
    profile: null,
  });
  if (!preview.ok) throw new Error(preview.errors.map((e) => e.message).join('; '));
  expect(preview.rejected).toEqual([]);
  const run = runExport(sourceOf({ accounts: preview.put, owners: preview.owners.put }), profile);
  if (!run.ok) throw new Error(run.error);
  return { preview, result: run.result };
}

const errors = (problems: { severity: string }[]) => problems.filter((p) => p.severity === 'error');

describe('import a CRM file, export it straight back', () => {
  it('a 5,200-row Salesforce report → the Salesforce update file: zero rejected rows', () => {
    const { preview, result } = importThenExport(
      [{ name: 'Accounts report.csv', bytes: salesforceReport(5200) }],
      'salesforce-accounts',
    );
    expect(preview.counts.new).toBe(5200);
    expect(preview.put.filter((a) => a.owner !== '' && a.ownerEmail === '').length).toBeGreaterThan(
      5000,
    );
    expect(result.problems).toEqual([]);
    expect(result.tables.map((t) => [t.suffix, t.rows.length])).toEqual([['update', 5200]]);
    expect(result.tables[0]?.headers).toEqual([
      'Account ID',
      'ABM_Tier__c',
      'Target_Account__c',
      'ABM_Campaigns__c',
    ]);
  });

  it('a HubSpot companies export → HubSpot companies: zero rejected rows', () => {
    const { result } = importThenExport(
      [{ name: 'hubspot-crm-exports-all-companies.csv', bytes: hubspotExport(3000) }],
      'hubspot-companies',
    );
    expect(errors(result.problems)).toEqual([]);
    const table = result.tables[0];
    const owner = table?.headers.indexOf('Company owner') ?? -1;
    // Owners named by name in the file go out by e-mail, learnt from the rows that had it.
    expect(table?.rows.filter((r) => r[owner] !== '').length).toBeGreaterThan(2900);
  });

  it('both files at once → both CRM files: zero rejected rows', () => {
    const files = [
      { name: 'report.csv', bytes: salesforceReport(1500) },
      { name: 'companies.csv', bytes: hubspotExport(1500) },
    ];
    for (const profile of ['salesforce-accounts', 'hubspot-companies']) {
      const { result } = importThenExport(files, profile);
      expect(errors(result.problems), profile).toEqual([]);
    }
  });
});
