/**
 * Sample target account list: ~300 fictional companies (domains under .example), owners,
 * segments, an ICP profile, and two approved TAL snapshots (last quarter and this one) so
 * the quarterly review opens on a real diff. Two accounts show the domain rules: a
 * subsidiary on a subdomain of another (a possible duplicate) and a website that is a
 * LinkedIn page (no company domain). Deterministic: a seeded PRNG, no clock.
 */
import type {
  Account,
  IcpProfile,
  IsoDate,
  TalSnapshot,
  TalSnapshotEntry,
  Tier,
} from '../domain/types';
import type { IdGenerator } from '../domain/ids';
import { regionOf } from '../accounts/countries';
import { websiteDomain } from '../accounts/companyDomain';
import { icpScorer, suggestTier } from '../accounts/icpScore';
import { toSalesforceId18 } from '../accounts/salesforceId';
import { snapshotEntries } from '../accounts/talSnapshot';
import { shiftFiscalQuarter } from '../dates/fiscal';

/** mulberry32: small, fast, and the same sequence on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Tailspin',
  'Litware',
  'Adventure',
  'Wide World',
  'Blue Yonder',
  'Coho',
  'Proseware',
  'Woodgrove',
  'Lucerne',
  'Alpine',
  'Margie',
  'Humongous',
  'Trey',
  'Fourth Coffee',
  'Wingtip',
  'Datum',
  'Relecloud',
  'Lamna',
  'Bellows',
  'Graphic',
  'Southridge',
  'Consolidated',
  'Cascade',
  'Redwood',
  'Summit',
  'Harbor',
  'Meridian',
  'Ironbridge',
  'Silverline',
  'Evergreen',
  'Bluewater',
  'Starling',
  'Quantum',
  'Pinnacle',
  'Riverside',
  'Granite',
  'Aurora',
];
const SECOND = [
  'Analytics',
  'Health',
  'Manufacturing',
  'Fintech',
  'Labs',
  'Logistics',
  'Energy',
  'Retail',
  'Systems',
  'Bank',
];
const INDUSTRY: Record<string, { industry: string; tag: string }> = {
  Analytics: { industry: 'Technology', tag: 'saas' },
  Health: { industry: 'Healthcare', tag: 'healthcare' },
  Manufacturing: { industry: 'Manufacturing', tag: 'manufacturing' },
  Fintech: { industry: 'Financial Services', tag: 'fintech' },
  Labs: { industry: 'Technology', tag: 'saas' },
  Logistics: { industry: 'Logistics', tag: 'logistics' },
  Energy: { industry: 'Energy', tag: 'energy' },
  Retail: { industry: 'Retail', tag: 'retail' },
  Systems: { industry: 'Technology', tag: 'saas' },
  Bank: { industry: 'Financial Services', tag: 'fintech' },
};
const COUNTRIES = [
  'US',
  'US',
  'US',
  'CA',
  'GB',
  'DE',
  'DE',
  'FR',
  'NL',
  'SE',
  'ES',
  'AU',
  'JP',
  'SG',
  'BR',
  'MX',
];
export const SAMPLE_OWNERS = [
  { owner: 'Jane Doe', ownerEmail: 'jane.doe@workbench.example' },
  { owner: 'Omar Haddad', ownerEmail: 'omar.haddad@workbench.example' },
  { owner: 'Li Wei', ownerEmail: 'li.wei@workbench.example' },
  { owner: 'Priya Natarajan', ownerEmail: 'priya.natarajan@workbench.example' },
  { owner: 'Lukas Becker', ownerEmail: 'lukas.becker@workbench.example' },
  { owner: 'Sofia Rossi', ownerEmail: 'sofia.rossi@workbench.example' },
  { owner: 'Marcus Johnson', ownerEmail: 'marcus.johnson@workbench.example' },
];
const REMOVAL_REASONS = [
  'Acquired by an existing customer',
  'Out of ICP after re-org',
  'Closed won: moved to customer marketing',
  'Budget freeze until next fiscal year',
];

export const SAMPLE_ICP: Omit<IcpProfile, 'id'> = {
  name: 'Mid-market and enterprise fintech & SaaS',
  criteria: [
    { kind: 'industry', weight: 35, values: ['Financial Services', 'Technology'] },
    { kind: 'employees', weight: 25, min: 500, max: null },
    { kind: 'revenue', weight: 20, min: 50_000_000, max: null },
    { kind: 'region', weight: 10, values: ['North America', 'EMEA'] },
    { kind: 'tag', weight: 10, values: ['fintech', 'saas'] },
  ],
  thresholds: { tier1: 80, tier2: 55 },
};

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function sfId(rand: () => number): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let id = '0015g00000';
  for (let i = 0; i < 5; i++) id += chars[Math.floor(rand() * chars.length)];
  return toSalesforceId18(id) ?? '';
}

export interface SampleAccounts {
  accounts: Account[];
  icpProfiles: IcpProfile[];
  talSnapshots: TalSnapshot[];
}

export function buildSampleAccounts(
  today: IsoDate,
  newId: IdGenerator,
  fiscalYearStartMonth = 1,
): SampleAccounts {
  const rand = prng(20270101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const profile: IcpProfile = { id: newId(), ...SAMPLE_ICP };
  const score = icpScorer(profile);
  const stamp = `${today}T09:00:00.000Z`;
  const accounts: Account[] = [];
  for (const first of FIRST) {
    for (const second of SECOND) {
      if (accounts.length >= 300 || rand() < 0.2) continue;
      const name = `${first} ${second}`;
      const { industry, tag } = INDUSTRY[second] as { industry: string; tag: string };
      const employees = Math.round(20 + rand() ** 2 * 20000);
      const country = pick(COUNTRIES);
      const size = employees >= 5000 ? 'enterprise' : employees >= 500 ? 'mid-market' : 'smb';
      const website = `https://www.${slug(name)}.example`;
      const status = rand() < 0.85 ? 'target' : rand() < 0.6 ? 'candidate' : 'removed';
      const a: Account = {
        id: newId(),
        name,
        website,
        domain: websiteDomain(website).domain,
        salesforceId: rand() < 0.9 ? sfId(rand) : '',
        hubspotId: rand() < 0.7 ? String(5_000_000 + Math.floor(rand() * 4_000_000)) : '',
        duplicateSalesforceIds: [],
        duplicateHubspotIds: [],
        industry,
        employees,
        annualRevenue: Math.round((employees * (80_000 + rand() * 250_000)) / 1000) * 1000,
        country,
        region: regionOf(country),
        ...pick(SAMPLE_OWNERS),
        territory: regionOf(country),
        tags: [tag, size],
        tier: null,
        icpScore: null,
        intentScore: rand() < 0.5 ? Math.round(rand() * 100) : null,
        status,
        removedReason: status === 'removed' ? pick(REMOVAL_REASONS) : '',
        primaryTeam: rand() < 0.25 ? pick(['sales', 'marketing'] as const) : null,
        notes: '',
        custom: {},
        importedFromSalesforce: null,
        importedFromHubspot: null,
        createdAt: stamp,
        updatedAt: stamp,
      };
      a.icpScore = score(a);
      a.tier = suggestTier(a.icpScore, profile.thresholds);
      accounts.push(a);
    }
  }
  showDomainRules(accounts, today);
  addCrmDuplicates(accounts);
  return {
    accounts,
    icpProfiles: [profile],
    talSnapshots: sampleSnapshots(accounts, today, fiscalYearStartMonth, newId, rand),
  };
}

/**
 * The second account becomes the first one's EMEA subsidiary on `emea.<its domain>`, added
 * a little later (so a merge keeps the first); the first later account with a HubSpot id
 * (HubSpot still matches it by Record ID) has a LinkedIn page for its website.
 */
function showDomainRules(accounts: Account[], today: IsoDate): void {
  const [parent, subsidiary] = accounts;
  if (parent && subsidiary) {
    subsidiary.name = `${parent.name} EMEA`;
    subsidiary.website = `https://emea.${parent.domain}`;
    subsidiary.domain = websiteDomain(subsidiary.website).domain;
    subsidiary.createdAt = subsidiary.updatedAt = `${today}T09:05:00.000Z`;
  }
  const profile = accounts.slice(2).find((a) => a.hubspotId !== '');
  if (profile) {
    profile.website = `https://www.linkedin.com/company/${slug(profile.name)}`;
    profile.domain = websiteDomain(profile.website).domain;
  }
}

/**
 * A few companies the CRMs hold twice (or three times), as a real import of a CRM export
 * leaves them: the grid's duplicate-id columns and the "duplicates to merge" exports show
 * something. Its own random sequence, so the rest of the sample stays as it was.
 */
function addCrmDuplicates(accounts: Account[]): void {
  const rand = prng(11);
  const taken = new Set(accounts.flatMap((a) => [a.salesforceId, a.hubspotId]));
  const fresh = (make: () => string) => {
    let id = make();
    while (taken.has(id)) id = make();
    taken.add(id);
    return id;
  };
  const withSalesforce = accounts.filter((a) => a.salesforceId !== '');
  const withHubspot = accounts.filter((a) => a.hubspotId !== '');
  for (let i = 0; i < 6; i++) {
    const a = withSalesforce[Math.floor((i * withSalesforce.length) / 6) + 3] as Account;
    const copies = i % 3 === 0 ? 2 : 1;
    for (let c = 0; c < copies; c++) a.duplicateSalesforceIds.push(fresh(() => sfId(rand)));
  }
  for (let i = 0; i < 3; i++) {
    const a = withHubspot[Math.floor((i * withHubspot.length) / 3) + 5] as Account;
    a.duplicateHubspotIds.push(fresh(() => String(5_000_000 + Math.floor(rand() * 4_000_000))));
  }
}

/** Last quarter's list differs from today's the way a real quarter does: adds, removals, re-tiers. */
function sampleSnapshots(
  accounts: Account[],
  today: IsoDate,
  startMonth: number,
  newId: IdGenerator,
  rand: () => number,
): TalSnapshot[] {
  const current = shiftFiscalQuarter(today, startMonth, 0);
  const previous = shiftFiscalQuarter(today, startMonth, -1);
  const earlier = snapshotEntries(accounts)
    .filter(() => rand() > 0.08)
    .map((e) => {
      const r = rand();
      if (e.status === 'removed') return { ...e, status: 'target' as const, removedReason: '' };
      if (r < 0.1 && e.tier !== null)
        return { ...e, tier: (e.tier === 1 ? 2 : e.tier - 1) as Tier };
      if (r < 0.15) return { ...e, owner: pick2(SAMPLE_OWNERS, rand).owner };
      return e;
    });
  const make = (q: typeof current, entries: TalSnapshot['entries']): TalSnapshot => ({
    id: newId(),
    quarter: q.label,
    fiscalYear: q.fiscalYear,
    fiscalQuarter: q.quarter,
    approvedAt: `${q.start}T09:00:00.000Z`,
    approvedBy: 'Sales Ops',
    entries,
  });
  return [make(previous, earlier), make(current, approvedAtQuarterStart(accounts, earlier))];
}

/**
 * This quarter's TAL as it was approved at the quarter's start: the live list has moved on
 * since, as it does while next quarter is planned (targets added, some removals, re-tiers
 * and new owners), so the quarterly review and the QBR pack's TAL changes for the next
 * quarter have something to show. Each change is one last quarter's list did not have yet
 * either (an account added is one it left out; a re-tier or new owner gives back last
 * quarter's value), so no account changes and changes back across the two diffs. Chosen by
 * position, so the sample's random draws (and everything built from them) stay as they were.
 */
function approvedAtQuarterStart(
  accounts: Account[],
  earlier: readonly TalSnapshotEntry[],
): TalSnapshotEntry[] {
  const before = new Map(earlier.map((e) => [e.accountId, e]));
  return snapshotEntries(accounts).flatMap((e, i): TalSnapshotEntry[] => {
    if (e.status === 'removed') {
      return i % 2 === 0 ? [{ ...e, status: 'target', removedReason: '' }] : [e];
    }
    if (e.status !== 'target' || i % 2 !== 0) return [e];
    const then = before.get(e.accountId);
    if (!then) return [];
    if (then.tier !== e.tier || then.owner !== e.owner) {
      return [{ ...e, tier: then.tier, owner: then.owner }];
    }
    return [e];
  });
}

function pick2<T>(list: readonly T[], rand: () => number): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** The name parts and industries of the sample companies, also used by the import benchmark's
 * synthetic export (test/bench/data) so its rows look like the sample's. */
export { FIRST as COMPANY_FIRST_WORDS, SECOND as COMPANY_SECOND_WORDS, INDUSTRY as WORD_INDUSTRY };
