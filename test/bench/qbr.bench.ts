/**
 * The QBR pack (issue 16): every section built and rendered to the one HTML document, at
 * 100,000 accounts and 1,000 motions in the planned quarter, with the reviewed quarter's TAL
 * approved (so the diff has thousands of changes), two RACI grids, an agreement and accepted
 * conflicts. Target: ≤ 5 s. The baseline in the same run is the conflict detection alone
 * (the app's engine over the same accounts and motions), which the conflicts section runs.
 */
import { createSnapshot } from '../../shared/accounts/talSnapshot';
import { agreementTemplate } from '../../shared/agreement/agreementTemplate';
import { detectConflicts, listGroups, resolveAudiences } from '../../shared/conflicts';
import { groupFingerprint, newAcceptance } from '../../shared/conflicts/acceptance';
import type { Account } from '../../shared/domain/types';
import { buildPack } from '../../shared/qbr/buildPack';
import { renderPackDocument } from '../../shared/qbr/renderPackHtml';
import { buildSampleWorkspace } from '../../shared/sample/sampleWorkspace';
import { emptyWorkspace } from '../../shared/workspace/workspaceData';
import { syntheticAccounts, syntheticMotions } from './data/syntheticPlan';
import type { BenchModule, BenchResult } from './types';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function workspace(accountCount: number, motionCount: number) {
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
  return ws;
}

export default (async (ctx) => {
  const accountCount = ctx.smoke ? 2_000 : 100_000;
  const motionCount = ctx.smoke ? 20 : 1_000;
  const repeats = ctx.smoke ? 1 : 3;
  const ws = workspace(accountCount, motionCount);

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
  const detectTimes: number[] = [];
  let pages = 0;
  let bytes = 0;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const built = buildPack(ws, { quarter: 'FY2027 Q1', madeOn: '2027-01-05' });
    if (!built.ok) throw new Error(built.error);
    const html = renderPackDocument(built.pack);
    packTimes.push(performance.now() - t0);
    pages = built.pack.pages.length;
    bytes = html.length;
    const t1 = performance.now();
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
    );
    detectTimes.push(performance.now() - t1);
  }
  const ms = median(packTimes);
  ctx.log(`pack: ${pages} pages, ${(bytes / 1024).toFixed(0)} KB of HTML in ${ms.toFixed(0)} ms`);
  const results: BenchResult[] = [
    {
      name: `QBR pack, all sections (${accountCount.toLocaleString('en-US')} accounts × ${motionCount} motions)`,
      value: ms,
      unit: 'ms',
      target: '≤ 5000',
      pass: ms <= 5000,
      baseline: {
        name: 'conflict detection and group listing alone',
        value: median(detectTimes),
        unit: 'ms',
      },
      note: `median of ${repeats}; ${pages} pages, ${(bytes / 1024).toFixed(0)} KB of self-contained HTML; built and rendered by shared/qbr (the Worker in the app, the qbr CLI command)`,
    },
  ];
  return results;
}) satisfies BenchModule;
