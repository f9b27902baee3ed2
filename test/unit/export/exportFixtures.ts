/**
 * A small, fixed workspace for the export tests: accounts with and without CRM ids, an
 * owner without email, a name with a comma and a quote, leading zeros, a formula-looking
 * note; a marketing nurture and a sales sequence that reach some of them.
 */
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import type { Account, ExportProfile, Motion } from '../../../shared/domain/types';
import type { ExportSource } from '../../../shared/export/exportTypes';

const STAMP = '2027-01-04T09:00:00.000Z';

export function account(overrides: Partial<Account> & Pick<Account, 'id' | 'name'>): Account {
  return {
    website: '',
    domain: '',
    salesforceId: '',
    hubspotId: '',
    duplicateSalesforceIds: [],
    duplicateHubspotIds: [],
    industry: '',
    employees: null,
    annualRevenue: null,
    country: '',
    region: '',
    owner: '',
    ownerEmail: '',
    territory: '',
    tags: [],
    tier: null,
    icpScore: null,
    intentScore: null,
    status: 'candidate',
    removedReason: '',
    primaryTeam: null,
    notes: '',
    custom: {},
    importedFromSalesforce: null,
    importedFromHubspot: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

export function motion(overrides: Partial<Motion> & Pick<Motion, 'id' | 'name'>): Motion {
  return {
    kind: 'email nurture',
    team: 'Marketing',
    channel: 'email',
    start: '2027-02-01',
    end: '2027-02-28',
    touchesPerWeek: 1,
    theme: '',
    budget: null,
    status: 'Planned',
    owner: '',
    parentProgram: '',
    color: '#3b82f6',
    audience: { tiers: [], segments: [], match: 'all', include: [], exclude: [] },
    salesforceId: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

export function sourceOf(parts: Partial<ExportSource>): ExportSource {
  return {
    accounts: [],
    motions: [],
    blackouts: [],
    raciGrids: [],
    exportProfiles: [],
    conflictAcceptances: [],
    operatingAgreements: [],
    owners: [],
    settings: structuredClone(DEFAULT_SETTINGS),
    ...parts,
  };
}

export const ACME = account({
  id: 'a-acme',
  name: 'Acme, Inc. "West"',
  website: 'https://www.acme.com/',
  domain: 'acme.com',
  salesforceId: '0015g00000AcMeQAAV',
  hubspotId: '5123',
  industry: 'Manufacturing',
  employees: 1200,
  annualRevenue: 250000000,
  country: 'US',
  owner: 'Dana Reyes',
  ownerEmail: 'dana@seller.example',
  tags: ['enterprise'],
  tier: 1,
  status: 'target',
  primaryTeam: 'sales',
});

export const NORDWIND = account({
  id: 'a-nordwind',
  name: 'Nordwind Logistik GmbH',
  website: 'nordwind.de',
  domain: 'nordwind.de',
  industry: 'Logistics',
  employees: 340,
  country: 'DE',
  owner: 'Jonas Weber',
  ownerEmail: '',
  tags: ['mid-market'],
  tier: 2,
  status: 'target',
  notes: '=HYPERLINK("http://evil")',
  custom: { 'Postal code': '01067', Phone: '+49 351 4400' },
});

export const SAKURA = account({
  id: 'a-sakura',
  name: '株式会社さくら',
  website: 'https://sakura.co.jp',
  domain: 'sakura.co.jp',
  hubspotId: '0042',
  country: 'JP',
  tier: 3,
  status: 'candidate',
  notes: 'Line one\nline two',
});

export const NO_NAME = account({ id: 'a-blank', name: '', domain: '', status: 'removed' });

export const NURTURE = motion({
  id: 'm-nurture',
  name: 'Q1 nurture',
  audience: { tiers: [1, 2], segments: [], match: 'all', include: ['a-sakura'], exclude: [] },
  budget: 12000,
  status: 'In Progress',
  parentProgram: 'FY27 Demand',
  theme: 'Cost',
});

export const PROGRAM = motion({
  id: 'm-program',
  name: 'FY27 Demand',
  kind: 'other',
  start: '2027-01-01',
  end: '2027-12-31',
  salesforceId: '7015g000000PrGmAAC',
});

export const OUTBOUND = motion({
  id: 'm-outbound',
  name: 'AE outbound',
  kind: 'sales sequence',
  team: 'Sales',
  start: '2027-02-15',
  end: '2027-03-15',
  status: 'Completed',
  audience: {
    tiers: [1],
    segments: ['mid-market'],
    // Written before audiences matched all: the golden files count Tier 1 or mid-market.
    match: 'any',
    include: [],
    exclude: ['a-nordwind'],
  },
});

export const TOO_LONG = motion({
  id: 'm-long',
  name: 'A webinar whose name goes on and on past the eighty characters Salesforce allows!',
  kind: 'webinar',
  start: '2027-03-01',
  end: '2027-03-01',
  status: 'Aborted',
});

export const TAL_REVIEW: ExportProfile = {
  id: 'p-tal',
  name: 'TAL review',
  columns: [
    { field: 'name', header: 'Company' },
    { field: 'domain', header: 'Domain' },
    { field: 'tier', header: 'Tier' },
    { field: 'custom:Postal code', header: 'ZIP' },
    { field: 'custom:Phone', header: 'Phone' },
    { field: 'annualRevenue', header: 'Revenue' },
    { field: 'notes', header: 'Notes' },
  ],
};

export function sampleSource(): ExportSource {
  return sourceOf({
    accounts: [ACME, NORDWIND, SAKURA, NO_NAME],
    motions: [NURTURE, PROGRAM, OUTBOUND, TOO_LONG],
    exportProfiles: [TAL_REVIEW],
  });
}
