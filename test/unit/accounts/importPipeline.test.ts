import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildImportPreview,
  headerSignature,
  importAccounts,
  parseImportFiles,
  suggestMapping,
  type ImportOptions,
  type MergePolicy,
} from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Account } from '../../../shared/domain/types';

const fixture = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(__dirname, '../../fixtures/accounts', name))),
});
const options = (policy: MergePolicy = 'fill-empty'): ImportOptions => ({
  policy,
  defaultStatus: 'target',
  now: '2027-01-15T10:00:00.000Z',
  newId: sequentialIds('acc'),
  profile: null,
});

function run(
  files: { name: string; bytes: Uint8Array | string }[],
  existing: Account[] = [],
  policy?: MergePolicy,
) {
  const result = importAccounts(files, existing, options(policy));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('importing a Salesforce report export', () => {
  it('recognizes the columns, folds duplicate rows and normalizes values', () => {
    const r = run([fixture('salesforce-report.csv')]);
    expect(r.counts).toEqual({ new: 6, updated: 0, merged: 2, rejected: 0 });
    const northwind = r.newAccounts.find((a) => a.domain === 'northwind-analytics.example');
    expect(northwind).toMatchObject({
      name: 'Northwind Analytics',
      salesforceId: '0015g00000AbCdEAAV',
      employees: 1200,
      annualRevenue: 45_000_000,
      country: 'US',
      region: 'North America',
      owner: 'Jane Doe',
      status: 'target',
    });
    const wide = r.newAccounts.find((a) => a.name === 'Wide World Importers');
    expect(wide?.country).toBe('AT');
    expect(wide?.notes).toBe('Key account.\r\nRenewal talks in Q3, "handle with care"');
    expect(r.merged.map((m) => [m.row, m.intoRow, m.matchedBy])).toEqual([
      [7, 2, 'salesforceId'],
      [9, 3, 'salesforceId'],
    ]);
    expect(r.files[0]?.notices.join(' ')).toMatch(/footer/);
  });

  it('merges an overlapping HubSpot export into one account per company holding both ids', () => {
    const r = run([fixture('salesforce-report.csv'), fixture('hubspot-companies.csv')]);
    expect(r.counts.new).toBe(7);
    const northwind = r.newAccounts.filter((a) => a.domain === 'northwind-analytics.example');
    expect(northwind).toHaveLength(1);
    expect(northwind[0]).toMatchObject({ salesforceId: '0015g00000AbCdEAAV', hubspotId: '9001' });
    expect(r.newAccounts.find((a) => a.domain === 'fabrikam-mfg.example')?.hubspotId).toBe('9004');
  });

  it('matches the second file against the store as well as within the import', () => {
    const first = run([fixture('salesforce-report.csv')]);
    const second = run([fixture('hubspot-companies.csv')], first.put);
    expect(second.counts).toEqual({ new: 1, updated: 3, merged: 0, rejected: 0 });
    const update = second.updates.find((u) => u.before.domain === 'contoso-health.example');
    expect(update?.after.hubspotId).toBe('9002');
    // fill-empty keeps the stored name and industry
    expect(update?.after.name).toBe('Contoso Health, Inc.');
    expect(update?.after.industry).toBe('Healthcare');
  });
});

describe('merge policies against stored accounts', () => {
  const stored = () => run([fixture('salesforce-report.csv')]).put;
  const change =
    'Account ID,Account Name,Industry,Employees\n0015g00000DeFgH,Tailspin,Banking,300\n';

  it('fill empty fields only keeps stored values', () => {
    const r = run([{ name: 'c.csv', bytes: change }], stored(), 'fill-empty');
    expect(r.counts.updated).toBe(0);
  });

  it('overwrite takes the imported values and lists each change', () => {
    const r = run([{ name: 'c.csv', bytes: change }], stored(), 'overwrite');
    expect(r.updates[0]?.after).toMatchObject({
      name: 'Tailspin',
      industry: 'Banking',
      employees: 300,
    });
    expect(r.updates[0]?.changes.map((c) => c.field)).toEqual(['name', 'industry', 'employees']);
  });

  it('skip leaves stored accounts alone and still adds new ones', () => {
    const r = run(
      [{ name: 'c.csv', bytes: change + '0015g00000ZzZzZ,Brand New,Retail,5\n' }],
      stored(),
      'skip',
    );
    expect(r.counts).toMatchObject({ new: 1, updated: 0 });
  });

  it('a 15-character id matches the stored 18-character id', () => {
    const r = run(
      [{ name: 'c.csv', bytes: 'Id,Name\n0015g00000DeFgHAAV,Tailspin\n' }],
      stored(),
      'overwrite',
    );
    expect(r.counts).toMatchObject({ new: 0, updated: 1 });
  });

  it('a second Salesforce record on a stored domain joins the account as a duplicate id', () => {
    const file = {
      name: 'c.csv',
      bytes: 'Id,Name,Website\n0015g00000ZzZzZ,Tailspin EU,tailspin-fintech.example\n',
    };
    const r = run([file], stored());
    expect(r.counts).toMatchObject({ new: 0, updated: 1 });
    expect(r.updates[0]?.after).toMatchObject({
      salesforceId: '0015g00000DeFgHAAV',
      duplicateSalesforceIds: ['0015g00000ZzZzZAAV'],
    });
    expect(r.updates[0]?.changes.map((c) => c.field)).toEqual(['duplicateSalesforceIds']);
    // Kept apart at the user's request, it is an account of its own.
    const apart = importAccounts([file], stored(), { ...options(), keepSeparate: 'all' });
    expect(apart.ok && apart.counts).toMatchObject({ new: 1, updated: 0 });
  });
});

describe('rows that cannot be read are rejected with file, row, column and reason', () => {
  it('lists each bad cell and imports the rest', () => {
    const r = run([fixture('rejected-rows.csv')]);
    expect(r.counts).toMatchObject({ new: 1, rejected: 2 });
    expect(r.rejected).toEqual([
      {
        file: 'rejected-rows.csv',
        row: 3,
        column: 'Employees',
        value: 'lots',
        reason: expect.stringMatching(/not a number/),
      },
      {
        file: 'rejected-rows.csv',
        row: 4,
        column: 'Billing Country',
        value: 'Atlantis',
        reason: expect.stringMatching(/country/),
      },
    ]);
  });

  it('a file without a name or website column stops the import', () => {
    const r = importAccounts(
      [{ name: 'x.csv', bytes: 'Industry,Employees\nRetail,4\n' }],
      [],
      options(),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatchObject({
        file: 'x.csv',
        message: expect.stringMatching(/name or the website/),
      });
  });

  it('a broken file stops the import with its row', () => {
    const r = importAccounts([fixture('broken-unterminated-quote.csv')], [], options());
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatchObject({
        file: 'broken-unterminated-quote.csv',
        row: 3,
        column: 'Employees',
      });
  });
});

describe('column mapping', () => {
  it('recognizes Salesforce Data Loader API names and HubSpot headers; the rest become custom fields', () => {
    expect(
      suggestMapping([
        'Id',
        'Name',
        'Website',
        'NumberOfEmployees',
        'AnnualRevenue',
        'BillingCountry',
        'OwnerId',
        'Type',
      ]),
    ).toEqual({
      Id: 'salesforceId',
      Name: 'name',
      Website: 'website',
      NumberOfEmployees: 'employees',
      AnnualRevenue: 'annualRevenue',
      BillingCountry: 'country',
      OwnerId: 'owner',
      Type: 'custom:Type',
    });
    expect(
      suggestMapping([
        'Record ID',
        'Company name',
        'Company Domain Name',
        'Country/Region',
        'Company owner',
      ]),
    ).toEqual({
      'Record ID': 'hubspotId',
      'Company name': 'name',
      'Company Domain Name': 'website',
      'Country/Region': 'country',
      'Company owner': 'owner',
    });
  });

  it('remembers a corrected mapping for the next file with the same headers', () => {
    const headers = ['Firma', 'Netz'];
    const remembered = { [headerSignature(['netz', 'FIRMA'])]: { Firma: 'name', Netz: 'website' } };
    const parsed = parseImportFiles(
      [{ name: 'de.csv', bytes: 'Firma;Netz\nMüller;mueller.example\n' }],
      remembered,
    );
    expect(parsed.ok && parsed.files[0]?.remembered).toBe(true);
    if (!parsed.ok) return;
    const preview = buildImportPreview(parsed.files, [], options());
    expect(preview.ok && preview.newAccounts[0]).toMatchObject({
      name: 'Müller',
      domain: 'mueller.example',
    });
    expect(headers).toHaveLength(2);
  });

  it('keeps unknown columns as custom fields on the account', () => {
    const r = run([{ name: 'c.csv', bytes: 'Account Name,Website,Type\nA,a.example,Partner\n' }]);
    expect(r.newAccounts[0]?.custom).toEqual({ Type: 'Partner' });
  });

  it('reads locale decimals in semicolon files', () => {
    const r = run([
      {
        name: 'de.csv',
        bytes: 'Account Name;Website;Annual Revenue\nA;a.example;1.234.567,50 €\n',
      },
    ]);
    expect(r.newAccounts[0]?.annualRevenue).toBe(1234567.5);
  });
});
