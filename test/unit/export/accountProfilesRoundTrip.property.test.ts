// Every accounts export profile, in CRM and Excel-safe mode, re-imports unchanged through the
// account import (shared/accounts/importPipeline), with the mappings the app and the CLI use
// (the saved export profiles' own headers map back): into an empty workspace each account
// comes back with every field the profile carries, and into the workspace it came from the
// file changes nothing (no new account, no update).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportProfileMappings } from '../../../shared/accounts/columnMapping';
import { importAccounts, type ImportPreview } from '../../../shared/accounts/importPipeline';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Account, ExportProfile } from '../../../shared/domain/types';
import { ACCOUNT_FIELDS } from '../../../shared/export/genericProfile';
import { runExport } from '../../../shared/export/exportProfiles';
import type { ExportMode } from '../../../shared/export/exportTypes';
import { renderExport } from '../../../shared/export/renderExport';
import { accountsArb } from './accountArbitraries';
import { sourceOf, TAL_REVIEW } from './exportFixtures';

/** A generic profile with every field under the label the profile editor starts with. */
const EVERY_FIELD: ExportProfile = {
  id: 'p-every',
  name: 'Every field',
  columns: [
    ...ACCOUNT_FIELDS.map((f) => ({ field: f.field, header: f.label })),
    { field: 'custom:Postal code', header: 'Postal code' },
    { field: 'custom:Phone', header: 'Phone' },
  ],
};

type Carried = Record<string, unknown>;
const isTarget = (a: Account) => a.status === 'target';
const ownerEmail = (a: Account) => a.ownerEmail;

interface ProfileCase {
  profile: string;
  /** The fields the profile's files carry, as an account read back from them holds them. */
  carried: (a: Account) => Carried;
}

const CASES: ProfileCase[] = [
  {
    profile: 'salesforce-accounts',
    carried: (a) => ({
      salesforceId: a.salesforceId,
      name: a.name,
      website: a.website,
      domain: a.domain,
      industry: a.industry,
      employees: a.employees,
      annualRevenue: a.annualRevenue,
      country: a.country,
      ownerEmail: ownerEmail(a),
      tier: a.tier,
      target: isTarget(a),
    }),
  },
  {
    profile: 'hubspot-companies',
    carried: (a) => ({
      hubspotId: a.hubspotId,
      name: a.name,
      domain: a.domain,
      target: isTarget(a),
      tier: a.tier,
      ownerEmail: ownerEmail(a),
    }),
  },
  {
    profile: 'Every field',
    carried: (a) => {
      // What each CRM held at import is a record of the import, not a field a profile carries.
      const {
        id: _i,
        createdAt: _c,
        updatedAt: _u,
        icpScore: _s,
        importedFromSalesforce: _sf,
        importedFromHubspot: _hs,
        ...rest
      } = a;
      return rest;
    },
  },
  {
    profile: 'TAL review',
    carried: (a) => ({
      name: a.name,
      domain: a.domain,
      tier: a.tier,
      annualRevenue: a.annualRevenue,
      notes: a.notes,
      postalCode: a.custom['Postal code'] ?? '',
      phone: a.custom.Phone ?? '',
    }),
  },
];

const PROFILES = [EVERY_FIELD, TAL_REVIEW];

function exportFiles(accounts: Account[], profile: string, mode: ExportMode) {
  const run = runExport(sourceOf({ accounts, exportProfiles: PROFILES }), profile);
  if (!run.ok) throw new Error(run.error);
  // The generated accounts are ones the CRM takes: no row is left out.
  expect(run.result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return renderExport(run.result, mode).map((f) => ({
    name: f.name,
    bytes: new TextEncoder().encode(f.text),
  }));
}

function reimport(
  files: { name: string; bytes: Uint8Array }[],
  existing: Account[],
): ImportPreview {
  const preview = importAccounts(files, existing, {
    policy: 'overwrite',
    defaultStatus: 'candidate',
    now: '2027-03-01T00:00:00.000Z',
    newId: sequentialIds('back'),
    profile: null,
    remembered: exportProfileMappings(PROFILES),
  });
  if (!preview.ok) throw new Error(preview.errors.map((e) => e.message).join('; '));
  expect(preview.rejected).toEqual([]);
  return preview;
}

describe.each(CASES)('the $profile profile', (c) => {
  it.each<ExportMode>(['crm', 'excel'])(
    'in %s mode re-imports into an empty workspace with every field it carries',
    (mode) => {
      fc.assert(
        fc.property(accountsArb, (accounts) => {
          const back = reimport(exportFiles(accounts, c.profile, mode), []).newAccounts;
          expect(back).toHaveLength(accounts.length);
          // Every generated account has its own domain: that is how the two are paired.
          const byDomain = new Map(back.map((a) => [a.domain, a]));
          for (const a of accounts) {
            const imported = byDomain.get(a.domain);
            expect(imported && c.carried(imported), a.name).toEqual(c.carried(a));
          }
        }),
        { numRuns: 60 },
      );
    },
  );

  it.each<ExportMode>(['crm', 'excel'])(
    'in %s mode re-imports into its own workspace without changing an account',
    (mode) => {
      fc.assert(
        fc.property(accountsArb, (accounts) => {
          const preview = reimport(exportFiles(accounts, c.profile, mode), accounts);
          expect(preview.newAccounts.map((a) => a.name)).toEqual([]);
          expect(
            preview.updates.map((u) => ({ account: u.before.name, changes: u.changes })),
          ).toEqual([]);
        }),
        { numRuns: 60 },
      );
    },
  );
});
