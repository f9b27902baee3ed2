/**
 * The QBR pack (issue 16): every section built and rendered to the one HTML document, at
 * 100,000 accounts and 1,000 motions in the planned quarter, 50,000 opportunities in the
 * reviewed quarter, with the reviewed quarter's TAL approved (so the diff has thousands of
 * changes), two RACI grids, an agreement, a budget allocation and accepted conflicts.
 * Target: ≤ 5 s. The baseline in the same run is the conflict detection alone (the app's
 * engine over the same accounts and motions), which the conflicts section runs. Wall and CPU
 * time are both reported: the machine is shared, and CPU time is what the work costs.
 */
import { createSnapshot } from '../../shared/accounts/talSnapshot';
import { agreementTemplate } from '../../shared/agreement/agreementTemplate';
import { detectConflicts, listGroups, resolveAudiences } from '../../shared/conflicts';
import { groupFingerprint, newAcceptance } from '../../shared/conflicts/acceptance';
import type { Account } from '../../shared/domain/types';
import { loadavg } from 'node:os';
import { buildPack } from '../../shared/qbr/buildPack';
import { QBR_SECTION_IDS } from '../../shared/qbr/sections';
import { importResults } from '../../shared/results/importOpportunities';
import { renderPackDocument } from '../../shared/qbr/renderPackHtml';
import { buildSampleWorkspace } from '../../shared/sample/sampleWorkspace';
import { emptyWorkspace } from '../../shared/workspace/workspaceData';
import { syntheticAccounts, syntheticMotions } from './data/syntheticPlan';
import { syntheticReport } from './data/syntheticResults';
import type { BenchModule, BenchResult } from './types';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Wall time and this process's CPU time of `run`. */
function timed<T>(run: () => T): { ms: number; cpuMs: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = run();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, value };
}

function workspace(accountCount: number, motionCount: number, opportunityCount: number) {
  const ws = emptyWorkspace();
  const accounts = syntheticAccounts(accountCount);
  // The reviewed quarter's list: the same accounts a little earlier (tiers, owners, removals).
  const earlier: Account[] = accounts.map((a, i) =>
    i % 17 === 0
      ? { ...a, tier: a.tier === 1 ? 2 : 1 }
      : i % 23 === 0
        ? { ...a, owner: 'Former Owner' }
        : i % 29 === 0
          ? { ...a, status: a.status === 'target' ? 'candidate' : 'target' }
          : a,
  );
  ws.accounts = accounts;
  ws.talSnapshots = [
    createSnapshot(earlier, {
      id: 'snap-q4',
      date: '2026-11-15',
      fiscalYearStartMonth: 1,
      approvedAt: '2026-12-20T10:00:00.000Z',
      approvedBy: 'Sales Ops',
    }),
  ];
  ws.motions = syntheticMotions(motionCount, '2027-01-01', 2, accountCount);
  const sample = buildSampleWorkspace('2027-01-05');
  ws.raciGrids = sample.raciGrids;
  ws.operatingAgreements = [agreementTemplate()];
  // The reviewed quarter's results (FY2026 Q4), read through the import's own pipeline.
  const report = syntheticReport(opportunityCount, accountCount, '2026-10-01');
  const imported = importResults([{ name: 'report.csv', bytes: report }], {
    accounts,
    existing: [],
    now: '2027-01-02T00:00:00.000Z',
  });
  if (!imported.ok) throw new Error('the synthetic report did not import');
  ws.opportunities = imported.opportunities;
  ws.settings.budgetAllocations = { 'FY2027 Q1': { marketing: 1_000_000, sales: 500_000 } };
  return ws;
}

export default (async (ctx) => {
  const accountCount = ctx.smoke ? 2_000 : 100_000;
  const motionCount = ctx.smoke ? 20 : 1_000;
  const opportunityCount = ctx.smoke ? 1_000 : 50_000;
  const repeats = ctx.smoke ? 1 : 3;
  const ws = workspace(accountCount, motionCount, opportunityCount);

  // Accept a few of the biggest groups, so the decisions page has notes to show.
  const index = detectConflicts({
    accounts: ws.accounts,
    motions: ws.motions,
    audiences: resolveAudiences(ws.accounts, ws.motions),
    blackouts: ws.blackouts,
    settings: ws.settings,
  });
  ws.conflictAcceptances = listGroups(index, null, false)
    .slice(0, 30)
    .map((g) =>
      newAcceptance(
        g.id,
        groupFingerprint(g, ws.motions, ws.blackouts),
        'Agreed in the weekly review',
        '2027-01-04T10:00:00.000Z',
      ),
    );

  const packTimes: number[] = [];
  const packCpu: number[] = [];
  const detectTimes: number[] = [];
  const sectionTimes = new Map<string, number[]>();
  let pages = 0;
  let bytes = 0;
  for (let i = 0; i < repeats; i++) {
    const pack = timed(() => {
      const built = buildPack(ws, { quarter: 'FY2027 Q1', madeOn: '2027-01-05' });
      if (!built.ok) throw new Error(built.error);
      return { pack: built.pack, html: renderPackDocument(built.pack) };
    });
    packTimes.push(pack.ms);
    packCpu.push(pack.cpuMs);
    pages = pack.value.pack.pages.length;
    bytes = pack.value.html.length;
    // Each section alone (as the app's Worker builds them), to see where the time goes.
    for (const section of QBR_SECTION_IDS) {
      const one = timed(() =>
        buildPack(ws, { quarter: 'FY2027 Q1', madeOn: '2027-01-05', sections: [section] }),
      );
      sectionTimes.set(section, [...(sectionTimes.get(section) ?? []), one.cpuMs]);
    }
    const detect = timed(() =>
      listGroups(
        detectConflicts({
          accounts: ws.accounts,
          motions: ws.motions,
          audiences: resolveAudiences(ws.accounts, ws.motions),
          blackouts: ws.blackouts,
          settings: ws.settings,
        }),
        null,
        false,
      ),
    );
    detectTimes.push(detect.ms);
  }
  const ms = median(packTimes);
  const cpuMs = median(packCpu);
  const bySection = [...sectionTimes]
    .map(([s, times]) => `${s} ${median(times).toFixed(0)}`)
    .join(', ');
  ctx.log(
    `pack: ${pages} pages, ${(bytes / 1024).toFixed(0)} KB of HTML in ${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms)`,
  );
  ctx.log(`CPU ms per section: ${bySection}`);
  const results: BenchResult[] = [
    {
      name: `QBR pack, all sections (${accountCount.toLocaleString('en-US')} accounts × ${motionCount} motions × ${opportunityCount.toLocaleString('en-US')} opportunities)`,
      value: ms,
      unit: 'ms',
      target: '≤ 5000',
      pass: ms <= 5000,
      baseline: {
        name: 'conflict detection and group listing alone',
        value: median(detectTimes),
        unit: 'ms',
      },
      note: `median of ${repeats}; CPU time ${cpuMs.toFixed(0)} ms; load average ${loadavg()[0]?.toFixed(1)}; ${pages} pages, ${(bytes / 1024).toFixed(0)} KB of self-contained HTML; CPU ms per section: ${bySection}; built and rendered by shared/qbr (the Worker in the app, the qbr CLI command)`,
    },
  ];
  return results;
}) satisfies BenchModule;
