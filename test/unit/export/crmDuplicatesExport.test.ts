// Same-company CRM records go back to the CRM admin as merge pairs, and the HubSpot companies
// file never holds one domain twice (HubSpot dedupes companies on the domain).
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../shared/export/exportProfiles';
import { errorRows, withoutProblemRows } from '../../../shared/export/problemsCsv';
import { renderExport } from '../../../shared/export/renderExport';
import { tableFileName } from '../../../shared/export/exportColumns';
import { ACME, account, NORDWIND, SAKURA, sourceOf } from './exportFixtures';

const ACME_DUPLICATES = {
  ...ACME,
  duplicateSalesforceIds: ['0015g00000AcMe2AAF', '0015g00000AcMe3AAF'],
  duplicateHubspotIds: ['5124'],
};

function run(
  profile: string,
  accounts = [ACME_DUPLICATES, NORDWIND, SAKURA],
  maxRowsPerFile?: number,
) {
  const r = runExport(sourceOf({ accounts }), profile, { maxRowsPerFile });
  if (!r.ok) throw new Error(r.error);
  return r.result;
}

describe('duplicates to merge', () => {
  it('Salesforce: one row per duplicate record, with the master record to merge it into', () => {
    const r = run('salesforce-duplicates');
    expect(r.baseName).toBe('salesforce-duplicates');
    expect(r.problems).toEqual([]);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]?.headers).toEqual([
      'Master Account ID',
      'Duplicate Account ID',
      'Account Name',
      'Website',
      'Domain',
      'Account Owner',
      'Account Owner Email',
      'Records in group',
    ]);
    const common = [
      'Acme, Inc. "West"',
      'https://www.acme.com/',
      'acme.com',
      'Dana Reyes',
      'dana@seller.example',
      '3',
    ];
    expect(r.tables[0]?.rows).toEqual([
      ['0015g00000AcMeQAAV', '0015g00000AcMe2AAF', ...common],
      ['0015g00000AcMeQAAV', '0015g00000AcMe3AAF', ...common],
    ]);
    expect(renderExport(r, 'crm')[0]?.text.split('\r\n')[1]).toBe(
      '0015g00000AcMeQAAV,0015g00000AcMe2AAF,"Acme, Inc. ""West""",https://www.acme.com/,acme.com,Dana Reyes,dana@seller.example,3',
    );
  });

  it('HubSpot: one row per duplicate company record, with the primary record', () => {
    const r = run('hubspot-duplicates');
    expect(r.tables[0]?.headers).toEqual([
      'Primary Record ID',
      'Duplicate Record ID',
      'Company name',
      'Website URL',
      'Company domain name',
      'Company owner',
      'Owner name',
      'Records in group',
    ]);
    expect(r.tables[0]?.rows).toEqual([
      [
        '5123',
        '5124',
        'Acme, Inc. "West"',
        'https://www.acme.com/',
        'acme.com',
        'dana@seller.example',
        'Dana Reyes',
        '2',
      ],
    ]);
  });

  it('a workspace without duplicates writes the header only', () => {
    expect(run('salesforce-duplicates', [ACME, NORDWIND]).tables[0]?.rows).toEqual([]);
  });

  it('flags a duplicate without a master id to merge it into', () => {
    const orphan = account({
      id: 'a-orphan',
      name: 'Orphan',
      duplicateSalesforceIds: ['0015g00000OrPhNAAV'],
    });
    const r = run('salesforce-duplicates', [orphan]);
    expect(r.problems).toMatchObject([
      {
        severity: 'error',
        file: 'salesforce-duplicates.csv',
        row: 2,
        column: 'Master Account ID',
        record: 'Orphan',
      },
    ]);
  });
});

describe('HubSpot companies: one row per company domain', () => {
  const acmeEurope = account({
    id: 'a-acme-eu',
    name: 'Acme Europe',
    website: 'acme.com',
    domain: 'acme.com',
    hubspotId: '6001',
    status: 'target',
  });

  it('a domain two accounts share is an error on the second row that names both', () => {
    const r = run('hubspot-companies', [ACME, SAKURA, acmeEurope]);
    const clash = r.problems.filter((p) => p.column === 'Company domain name');
    expect(clash).toHaveLength(1);
    expect(clash[0]).toMatchObject({ severity: 'error', row: 4, record: 'Acme Europe' });
    expect(clash[0]?.message).toContain('"acme.com"');
    expect(clash[0]?.message).toContain('Acme, Inc. "West"');
    expect(clash[0]?.message).toContain('hubspot-companies.csv, row 2');
    // Leaving the rows the CRM would reject out writes one row per domain.
    const kept = withoutProblemRows(r.tables, r.problems, (t) =>
      tableFileName(r.baseName, t.suffix, 'csv'),
    );
    const domains = kept[0]?.rows.map((row) => row[2]);
    expect(domains).toEqual(['acme.com', 'sakura.co.jp']);
    expect(errorRows(r.problems).has('hubspot-companies.csv:4')).toBe(true);
  });

  it('names the file the first row is in when the export is split', () => {
    const r = run('hubspot-companies', [ACME, NORDWIND, acmeEurope], 2);
    const clash = r.problems.find((p) => p.column === 'Company domain name');
    expect(clash).toMatchObject({ file: 'hubspot-companies-2.csv', row: 2 });
    expect(clash?.message).toContain('hubspot-companies-1.csv, row 2');
  });

  it('accounts without a domain never clash with each other', () => {
    const a = account({ id: 'x1', name: 'One', hubspotId: '1' });
    const b = account({ id: 'x2', name: 'Two', hubspotId: '2' });
    expect(run('hubspot-companies', [a, b]).problems).toEqual([]);
  });
});
