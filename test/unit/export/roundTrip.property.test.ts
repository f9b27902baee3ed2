// Whatever the workbench exports, its own account import reads back unchanged: random
// workspaces with commas, quotes, line breaks, non-Latin names and leading zeros go out
// through the generic profile and come back through shared/accounts' import pipeline.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAccounts } from '../../../shared/accounts/importPipeline';
import { toSalesforceId18 } from '../../../shared/accounts/salesforceId';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Account, ExportProfile } from '../../../shared/domain/types';
import { runExport } from '../../../shared/export/exportProfiles';
import type { ExportMode } from '../../../shared/export/exportTypes';
import { readCsv } from '../../../shared/csv/readCsv';
import { renderExport } from '../../../shared/export/renderExport';
import { account, sourceOf } from './exportFixtures';

const ROUND_TRIP: ExportProfile = {
  id: 'p-all',
  name: 'Everything',
  columns: [
    { field: 'name', header: 'Account name' },
    { field: 'website', header: 'Website' },
    { field: 'salesforceId', header: 'Salesforce ID' },
    { field: 'hubspotId', header: 'HubSpot ID' },
    { field: 'industry', header: 'Industry' },
    { field: 'employees', header: 'Employees' },
    { field: 'annualRevenue', header: 'Annual revenue' },
    { field: 'country', header: 'Country' },
    { field: 'region', header: 'Region' },
    { field: 'owner', header: 'Owner' },
    { field: 'ownerEmail', header: 'Owner email' },
    { field: 'territory', header: 'Territory' },
    { field: 'tags', header: 'Segments' },
    { field: 'tier', header: 'Tier' },
    { field: 'intentScore', header: 'Intent score' },
    { field: 'status', header: 'Status' },
    { field: 'primaryTeam', header: 'Primary team' },
    { field: 'notes', header: 'Notes' },
    { field: 'custom:Postal code', header: 'Postal code' },
  ],
};

const PIECES = [
  '=',
  '+',
  '-',
  '@',
  'a',
  'Z',
  '7',
  ' ',
  ',',
  '"',
  "'",
  ';',
  '\n',
  '\r\n',
  'ä',
  'ß',
  '株式',
  'Ж',
  'مرحبا',
  '0',
];
/** Text as an import leaves it: trimmed (the import trims every cell). */
const text = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 8 })
  .map((parts) => parts.join('').trim());
const nonEmpty = text.filter((s) => s !== '');
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,7}$/);
const digits = fc.stringMatching(/^0[0-9]{1,6}$/);
const COUNTRIES: [string, string][] = [
  ['DE', 'EMEA'],
  ['JP', 'APAC'],
  ['US', 'NA'],
];

const accountArb = fc.record({
  name: nonEmpty,
  salesforce15: fc.option(fc.stringMatching(/^001[a-zA-Z0-9]{9}$/), { nil: null }),
  hubspotId: fc.option(digits, { nil: '' }),
  industry: text,
  employees: fc.option(fc.integer({ min: 1, max: 500_000 }), { nil: null }),
  annualRevenue: fc.option(fc.integer({ min: 1, max: 10 ** 10 }), { nil: null }),
  country: fc.constantFrom(...COUNTRIES),
  owner: fc.stringMatching(/^[A-Z][a-z]{1,6} [A-Z][a-z]{1,8}$/),
  territory: text,
  tags: fc.uniqueArray(word, { maxLength: 3 }),
  tier: fc.constantFrom(1 as const, 2 as const, 3 as const, null),
  intentScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  status: fc.constantFrom('candidate' as const, 'target' as const),
  primaryTeam: fc.constantFrom('sales' as const, 'marketing' as const, null),
  notes: text,
  postalCode: fc.option(digits, { nil: '' }),
});

type AccountValues = typeof accountArb extends fc.Arbitrary<infer V> ? V : never;
const pad = (i: number) => String(i).padStart(3, '0');

function build(values: AccountValues[]): Account[] {
  return values.map((v, i) =>
    account({
      id: `a${i}`,
      name: v.name,
      website: `site${i}.example`,
      domain: `site${i}.example`,
      // CRM ids are unique in a workspace (the import dedupes on them): the index makes them so.
      salesforceId:
        v.salesforce15 === null ? '' : (toSalesforceId18(v.salesforce15 + pad(i)) ?? ''),
      hubspotId: v.hubspotId === '' ? '' : v.hubspotId + pad(i),
      industry: v.industry,
      employees: v.employees,
      annualRevenue: v.annualRevenue,
      country: v.country[0],
      region: v.country[1],
      owner: v.owner,
      ownerEmail: `${v.owner.split(' ')[0]?.toLowerCase()}${i}@seller.example`,
      territory: v.territory,
      tags: v.tags,
      tier: v.tier,
      intentScore: v.intentScore,
      status: v.status,
      primaryTeam: v.primaryTeam,
      notes: v.notes,
      custom: v.postalCode === '' ? {} : { 'Postal code': v.postalCode },
    }),
  );
}

/**
 * The fields an import can carry; ids, stamps, the computed ICP score and the record of what
 * the CRM held at import (the file names its columns the way Salesforce does) are the store's.
 */
function comparable(a: Account) {
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    icpScore: _s,
    removedReason: _r,
    importedFromSalesforce: _sf,
    importedFromHubspot: _hs,
    ...rest
  } = a;
  return rest;
}

function roundTrip(accounts: Account[], mode: ExportMode): Account[] {
  const run = runExport(sourceOf({ accounts, exportProfiles: [ROUND_TRIP] }), 'Everything');
  if (!run.ok) throw new Error(run.error);
  const [file] = renderExport(run.result, mode);
  if (!file) throw new Error('no file');
  const imported = importAccounts(
    [{ name: file.name, bytes: new TextEncoder().encode(file.text) }],
    [],
    {
      policy: 'overwrite',
      defaultStatus: 'candidate',
      now: '2027-01-05T00:00:00.000Z',
      newId: sequentialIds('n'),
      profile: null,
    },
  );
  if (!imported.ok) throw new Error(imported.errors.map((e) => e.message).join('; '));
  expect(imported.rejected).toEqual([]);
  return imported.newAccounts;
}

describe('export → import round trip', () => {
  it('CRM-mode files import back unchanged', () => {
    fc.assert(
      fc.property(fc.array(accountArb, { minLength: 1, maxLength: 12 }), (values) => {
        const accounts = build(values);
        expect(roundTrip(accounts, 'crm').map(comparable)).toEqual(accounts.map(comparable));
      }),
      { numRuns: 150 },
    );
  });

  it('Excel-safe files read back to the same cells as CRM files (the import undoes the escapes)', () => {
    fc.assert(
      fc.property(fc.array(accountArb, { minLength: 1, maxLength: 12 }), (values) => {
        const accounts = build(values);
        expect(cellsOf(accounts, 'excel')).toEqual(cellsOf(accounts, 'crm'));
      }),
      { numRuns: 150 },
    );
  });

  it('Excel-safe files import back unchanged, neutralized values included', () => {
    fc.assert(
      fc.property(fc.array(accountArb, { minLength: 1, maxLength: 12 }), (values) => {
        const accounts = build(values);
        expect(roundTrip(accounts, 'excel').map(comparable)).toEqual(accounts.map(comparable));
      }),
      { numRuns: 100 },
    );
  });
});

function cellsOf(accounts: Account[], mode: ExportMode): string[][] {
  const run = runExport(sourceOf({ accounts, exportProfiles: [ROUND_TRIP] }), 'Everything');
  if (!run.ok) throw new Error(run.error);
  const [file] = renderExport(run.result, mode);
  const read = readCsv('out.csv', new TextEncoder().encode(file?.text ?? ''));
  if (!read.ok) throw new Error(read.error.message);
  return [read.headers, ...read.rows];
}
