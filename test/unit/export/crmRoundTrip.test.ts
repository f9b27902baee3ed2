// The loop CRM → workbench → CRM closes: a Salesforce accounts report imported and exported
// straight back as the Salesforce update file, or a HubSpot companies export imported and
// exported as HubSpot companies, has zero rows the CRM would reject, though the report's
// owners are full names without e-mails.
import { describe, expect, it } from 'vitest';
import { importAccounts, type ImportFile } from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import { runExport } from '../../../shared/export/exportProfiles';
import { hubspotExport, REPS, salesforceReport } from '../owners/crmFiles';
import { sourceOf } from './exportFixtures';

/** HubSpot's own companies export: owners by name only, no e-mail, no owner ID column. */
function hubspotNamesOnly(count: number): string {
  const lines = [
    'Record ID,Company name,Company Domain Name,Create Date,Company owner,Lifecycle Stage',
  ];
  for (let i = 0; i < count; i++) {
    const owner = i % 25 === 3 ? '' : (REPS[i % REPS.length]?.name ?? '');
    lines.push(
      [String(7_000_000 + i), `Co ${i}`, `co-${i}.example`, '2026-03-02 10:14', owner, 'Lead'].join(
        ',',
      ),
    );
  }
  return lines.join('\n');
}

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

  it('a HubSpot export naming owners only by name → HubSpot companies: zero rejected rows, owners left as they are', () => {
    const { preview, result } = importThenExport(
      [{ name: 'hubspot-crm-exports-all-companies-2027-01-04.csv', bytes: hubspotNamesOnly(500) }],
      'hubspot-companies',
    );
    expect(preview.owners.put.map((o) => o.email)).toEqual(REPS.map(() => ''));
    expect(result.problems).toEqual([]);
    const table = result.tables[0];
    const owner = table?.headers.indexOf('Company owner') ?? -1;
    // HubSpot keeps a property on a blank cell: the owners it holds stay.
    expect(table?.rows.every((r) => r[owner] === '')).toBe(true);
  });

  it('an owner reassigned after the HubSpot import goes out by e-mail, and must have one', () => {
    const { preview } = importThenExport(
      [{ name: 'companies.csv', bytes: hubspotNamesOnly(10) }],
      'hubspot-companies',
    );
    const [first, second] = preview.put;
    if (!first || !second) throw new Error('import');
    const jane = preview.owners.put.find((o) => o.name === 'Jane Doe');
    const owners = preview.owners.put.map((o) =>
      o === jane ? { ...o, email: 'jane.doe@seller.example' } : o,
    );
    const accounts = [
      { ...first, owner: 'Jane Doe', ownerEmail: '' },
      { ...second, owner: 'Omar Haddad', ownerEmail: '' },
      ...preview.put.slice(2),
    ];
    expect([first.owner, second.owner]).toEqual(['Jane Doe', 'Omar Haddad']);
    // Both unchanged: nothing to send, nothing to check.
    const unchanged = runExport(sourceOf({ accounts, owners }), 'hubspot-companies');
    expect(unchanged.ok && unchanged.result.problems).toEqual([]);
    const moved = [
      { ...first, owner: 'Omar Haddad', ownerEmail: '' },
      { ...second, owner: 'Jane Doe', ownerEmail: '' },
      ...preview.put.slice(2),
    ];
    const run = runExport(sourceOf({ accounts: moved, owners }), 'hubspot-companies');
    if (!run.ok) throw new Error(run.error);
    const table = run.result.tables[0];
    const owner = table?.headers.indexOf('Company owner') ?? -1;
    expect(table?.rows[1]?.[owner]).toBe('jane.doe@seller.example');
    expect(run.result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        row: 2,
        column: 'Company owner',
        message: expect.stringContaining('owner "Omar Haddad" has no email address'),
      }),
    ]);
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
