/**
 * Export speed: 100,000 accounts through the HubSpot companies and Salesforce accounts
 * profiles (rows built, every row validated, audiences resolved, CSV written and encoded),
 * in CRM and Excel-safe mode, against Papa Parse's unparse of the same rows in the same run.
 * Targets: ≤ 1.5 × unparse and ≤ 1 s.
 */
import Papa from 'papaparse';
import { DEFAULT_SETTINGS } from '../../shared/domain/defaults';
import type { Account, Motion, Tier } from '../../shared/domain/types';
import { runExport } from '../../shared/export/exportProfiles';
import type { ExportMode, ExportSource } from '../../shared/export/exportTypes';
import { encodeUtf8, renderExport } from '../../shared/export/renderExport';
import type { BenchContext, BenchResult } from './types';

const STAMP = '2027-01-04T09:00:00.000Z';

function makeAccounts(count: number): Account[] {
  const out: Account[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      id: `a${i}`,
      name: i % 50 === 0 ? `Müller, Söhne & Co "${i}"` : `Account ${i} Holdings`,
      website: `https://www.account${i}.example/`,
      domain: `account${i}.example`,
      salesforceId: i % 2 === 0 ? `0015g${String(i).padStart(10, '0')}` : '',
      hubspotId: i % 3 === 0 ? String(100000 + i) : '',
      duplicateSalesforceIds: [],
      duplicateHubspotIds: [],
      industry: 'Software',
      employees: 50 + (i % 5000),
      annualRevenue: 1_000_000 + i * 10,
      country: 'DE',
      region: 'EMEA',
      owner: `Rep ${i % 40}`,
      ownerEmail: `rep${i % 40}@seller.example`,
      territory: 'DACH',
      tags: i % 4 === 0 ? ['fintech'] : [],
      tier: ((i % 3) + 1) as Tier,
      icpScore: i % 100,
      intentScore: null,
      status: i % 5 === 0 ? 'candidate' : 'target',
      removedReason: '',
      primaryTeam: null,
      notes: i % 97 === 0 ? '=HYPERLINK("x")' : '',
      custom: {},
      importedFromSalesforce: null,
      importedFromHubspot: null,
      createdAt: STAMP,
      updatedAt: STAMP,
    });
  }
  return out;
}

function makeMotions(count: number): Motion[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    name: `Motion ${i}`,
    kind: 'email nurture',
    team: i % 2 === 0 ? 'Marketing' : 'Sales',
    channel: 'email',
    start: '2027-02-01',
    end: '2027-03-31',
    touchesPerWeek: 1,
    theme: '',
    budget: null,
    status: 'Planned',
    owner: '',
    parentProgram: '',
    color: '#3b82f6',
    audience: {
      tiers: [((i % 3) + 1) as Tier],
      segments: i % 4 === 0 ? ['fintech'] : [],
      match: 'any',
      include: [],
      exclude: [],
    },
    salesforceId: '',
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(repeats: number, work: () => unknown): number {
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export default async function exportBench(ctx: BenchContext): Promise<BenchResult[]> {
  const count = ctx.smoke ? 500 : 100_000;
  const repeats = ctx.smoke ? 1 : 3;
  const source: ExportSource = {
    accounts: makeAccounts(count),
    motions: makeMotions(ctx.smoke ? 5 : 30),
    blackouts: [],
    raciGrids: [],
    exportProfiles: [],
    conflictAcceptances: [],
    operatingAgreements: [],
    owners: [],
    settings: structuredClone(DEFAULT_SETTINGS),
  };
  const results: BenchResult[] = [];
  const label = ctx.smoke ? `${count}` : '100k';
  for (const profile of ['hubspot-companies', 'salesforce-accounts']) {
    const run = runExport(source, profile);
    if (!run.ok) throw new Error(run.error);
    const tables = run.result.tables;
    const baselineName = `Papa.unparse ${profile} rows ${label}`;
    const baseline = time(repeats, () => {
      for (const t of tables) encodeUtf8(Papa.unparse({ fields: t.headers, data: t.rows }));
    });
    results.push({ name: baselineName, value: baseline, unit: 'ms' });
    for (const mode of ['crm', 'excel'] as ExportMode[]) {
      const ms = time(repeats, () => {
        const again = runExport(source, profile);
        if (!again.ok) throw new Error(again.error);
        for (const file of renderExport(again.result, mode)) encodeUtf8(file.text);
      });
      ctx.log(`${profile} ${mode}: ${ms.toFixed(0)} ms (unparse ${baseline.toFixed(0)} ms)`);
      results.push({
        name: `export ${profile} ${mode} ${label}`,
        value: ms,
        unit: 'ms',
        target: '≤ 1000',
        pass: ms <= 1000,
      });
      results.push({
        name: `export ${profile} ${mode} ${label} vs unparse`,
        value: ms / baseline,
        unit: 'x',
        target: '≤ 1.5',
        pass: ms / baseline <= 1.5,
        baseline: { name: baselineName, value: baseline, unit: 'ms' },
        note: 'export includes building, validating and audience resolution; unparse only writes prepared rows',
      });
    }
  }
  return results;
}
