// The pack's results and budget pages, read as the meeting reads them: last quarter's
// numbers (the quarter before the one planned) are the Review's own — targets against the
// rest, by tier, by segment, influenced pipeline with its credit, coverage per tier — and the
// planned quarter's budget per team, channel and month stands against its allocation, with
// the over-allocation warned.
import { describe, expect, it } from 'vitest';
import type { Motion, Opportunity } from '../../../shared/domain/types';
import { buildPack } from '../../../shared/qbr/buildPack';
import type { QbrBlock, QbrPage } from '../../../shared/qbr/packTypes';
import { reviewQuarter } from '../../../shared/results';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import { emptyWorkspace, type WorkspaceData } from '../../../shared/workspace/workspaceData';
import { makeAccount } from '../workspace/fixtures';

const blocks = <K extends QbrBlock['kind']>(pages: QbrPage[], kind: K) =>
  pages
    .flatMap((p) => p.blocks)
    .filter((b): b is Extract<QbrBlock, { kind: K }> => b.kind === kind);
const table = (pages: QbrPage[], caption: string) =>
  blocks(pages, 'table').find((t) => t.caption.startsWith(caption))!;

function pages(ws: WorkspaceData, quarter: string, section: 'results' | 'budget') {
  const built = buildPack(ws, { quarter, sections: [section], madeOn: '2027-01-10' });
  if (!built.ok) throw new Error(built.error);
  return built.pack.pages;
}

const opportunity = (id: string, over: Partial<Opportunity>): Opportunity => ({
  id: `salesforce:${id}`,
  crm: 'salesforce',
  crmId: id,
  name: `Deal ${id}`,
  amount: 1000,
  stage: 'Prospecting',
  outcome: 'open',
  createdDate: '2026-11-02',
  closeDate: '2027-02-01',
  type: '',
  leadSource: '',
  campaignSource: '',
  accountCrmId: '',
  accountDomain: '',
  accountName: '',
  accountId: null,
  matchedBy: null,
  importedAt: '2027-01-05T09:00:00.000Z',
  ...over,
});

const motion = (id: string, over: Partial<Motion>): Motion => ({
  id,
  name: `Motion ${id}`,
  kind: 'email nurture',
  team: 'Marketing',
  channel: 'email',
  start: '2026-10-05',
  end: '2026-10-30',
  touchesPerWeek: 2,
  theme: '',
  budget: null,
  status: 'Planned',
  owner: '',
  parentProgram: '',
  color: '#123456',
  audience: { tiers: [1], segments: [], match: 'all', include: [], exclude: [] },
  salesforceId: '',
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-01T00:00:00.000Z',
  ...over,
});

function workspace(): WorkspaceData {
  const ws = emptyWorkspace();
  ws.accounts = [
    makeAccount({ id: 'a', name: 'Acme', tier: 1, status: 'target', tags: ['fintech'] }),
    makeAccount({ id: 'b', name: 'Bolt', tier: 1, status: 'target', tags: ['retail'] }),
    makeAccount({ id: 'c', name: 'Cargo', tier: null, status: 'candidate', tags: [] }),
  ];
  ws.motions = [motion('m1', { audience: { ...motion('x', {}).audience, include: [] } })];
  ws.opportunities = [
    // Reviewed quarter (FY2026 Q4, Oct–Dec 2026): on a target the motion touched, inbound.
    opportunity('1', { accountName: 'Acme', amount: 40_000, leadSource: 'Web' }),
    // Won on the other target, outbound.
    opportunity('2', {
      accountName: 'Bolt',
      amount: 10_000,
      stage: 'Closed Won',
      outcome: 'won',
      createdDate: '2026-12-01',
      closeDate: '2026-12-20',
      leadSource: 'Cold Call',
    }),
    // On a non-target, and one that matches no account.
    opportunity('3', { accountName: 'Cargo', amount: 5000, createdDate: '2026-12-10' }),
    opportunity('4', { accountName: 'Nowhere Inc', amount: 700, createdDate: '2026-12-11' }),
    // The planned quarter's own pipeline is not last quarter's result.
    opportunity('5', { accountName: 'Acme', amount: 99_000, createdDate: '2027-01-04' }),
  ];
  return ws;
}

describe("the pack's results: the quarter before the one planned", () => {
  const ws = workspace();
  const p = pages(ws, 'FY2027 Q1', 'results');

  it('reviews FY2026 Q4 for a FY2027 Q1 meeting, on pages titled for it', () => {
    expect(p.map((x) => x.title)).toEqual([
      "Last quarter's results: FY2026 Q4",
      "Last quarter's results: FY2026 Q4 by tier",
      "Last quarter's results: FY2026 Q4 by segment",
      "Last quarter's results: FY2026 Q4: influenced pipeline",
      "Last quarter's results: FY2026 Q4: coverage",
    ]);
  });

  it('the headline sets targets against the rest and the unmatched, without the planned quarter', () => {
    expect(table(p, 'Targets against non-targets').rows).toEqual([
      ['Target accounts', '2 · 50,000', '1 · 40,000', '1 · 10,000', '0 · 0'],
      ['Other accounts', '1 · 5,000', '1 · 5,000', '0 · 0', '0 · 0'],
      ['Not matched to an account', '1 · 700', '1 · 700', '0 · 0', '0 · 0'],
      ['All opportunities', '4 · 55,700', '3 · 45,700', '1 · 10,000', '0 · 0'],
    ]);
    expect(blocks(p, 'facts')[0]?.items.slice(0, 3)).toEqual([
      { label: 'Pipeline created', value: '55,700' },
      { label: 'On target accounts', value: '90%' },
      { label: 'Won', value: '10,000' },
    ]);
    expect(p[0]?.footnote).toMatch(/^1 opportunity matches no account/);
  });

  it('breaks the pipeline down by tier and by segment, each with its chart', () => {
    expect(table(p, 'By tier').rows).toEqual([
      ['Tier 1', '2 · 50,000', '0 · 0', '1 · 10,000', '0 · 0'],
      ['No tier', '0 · 0', '1 · 5,000', '0 · 0', '0 · 0'],
    ]);
    const chart = blocks(p, 'bars').find((b) => b.caption === 'Pipeline created by tier')!;
    expect(chart.bars.map((b) => [b.label, b.display])).toEqual([
      ['Tier 1', '50,000'],
      ['No tier', '5,000'],
    ]);
    expect(table(p, 'By segment').rows.map((r) => r[0])).toEqual([
      'fintech',
      'retail',
      'No segment',
    ]);
    // The segment chart shows the table's rows, in the table's order.
    const bySegment = blocks(p, 'bars').find((b) => b.caption === 'Pipeline created by segment')!;
    expect(bySegment.bars.map((b) => b.label)).toEqual(['fintech', 'retail', 'No segment']);
  });

  it('credits the pipeline by the article’s model, per motion as the Review does', () => {
    const credit = table(p, 'Pipeline created in the quarter, by who gets the credit');
    expect(credit.rows.map((r) => [r[0], r[2]])).toEqual([
      ['Marketing (inbound)', '40,000'],
      // Bolt's deal came after the motion's influence window: its outbound source decides.
      ['Sales (outbound)', '10,000'],
      ['Co-credit (both teams engaged)', '0'],
      ['Unattributed', '5,700'],
    ]);
    const review = reviewQuarter({
      ...ws,
      ...ws.settings,
      quarter: { start: '2026-10-01', end: '2026-12-31', label: 'FY2026 Q4' },
    });
    const m1 = review.motions[0]!;
    expect(table(p, 'Per motion').rows).toEqual([
      [
        'Motion m1',
        'Marketing',
        String(m1.accountsTouched),
        `${m1.influenced.count} · ${m1.influenced.amount.toLocaleString('en-US')}`,
        `${m1.influencedWon.count} · ${m1.influencedWon.amount.toLocaleString('en-US')}`,
        expect.stringMatching(/ · .* · /),
      ],
    ]);
  });

  it('shows coverage per tier against the planned touches, with a bar per tier', () => {
    const coverage = table(p, 'Coverage per tier');
    expect(coverage.rows[0]?.slice(0, 3)).toEqual(['Tier 1', '2', '0']);
    expect(coverage.rows[0]?.[4]).toBe(String(ws.settings.plannedTouchesPerTier.tier1));
    const bars = blocks(p, 'bars').find((b) => b.caption.startsWith('Target accounts a motion'))!;
    expect(bars.bars[0]).toMatchObject({ label: 'Tier 1', value: 1, display: '100% (2 of 2)' });
  });

  it('says how to bring results in when the reviewed quarter has none', () => {
    const empty = pages(emptyWorkspace(), 'FY2027 Q1', 'results');
    expect(blocks(empty, 'notice')[0]?.text).toMatch(/^No results for FY2026 Q4: import/);
  });
});

describe("the pack's budget: the planned quarter against its allocation", () => {
  const ws = workspace();
  ws.motions = [
    motion('e', { start: '2027-01-01', end: '2027-01-31', budget: 31_000 }),
    motion('p', {
      team: 'Sales',
      channel: 'phone',
      start: '2027-03-22',
      end: '2027-04-10',
      budget: 20_000,
    }),
    motion('late', { start: '2027-05-01', end: '2027-05-10', budget: 1_000_000 }),
  ];
  ws.settings.budgetAllocations = { 'FY2027 Q1': { marketing: 25_000, sales: 50_000 } };

  it('warns where the motions plan more than was allocated', () => {
    const p = pages(ws, 'FY2027 Q1', 'budget');
    expect(p.map((x) => x.title)).toEqual([
      'Budget: FY2027 Q1',
      'Budget: FY2027 Q1 by team and channel',
    ]);
    const warns = blocks(p, 'notice').filter((n) => n.tone === 'warn');
    expect(warns.map((n) => n.text)).toEqual([
      'Over-allocated. Marketing campaigns: 31,000 planned, 25,000 allocated — 6,000 over.',
    ]);
    expect(table(p, 'Against the allocation').rows).toEqual([
      ['Marketing campaigns', '31,000', '25,000', '6,000'],
      ['Sales enablement', '10,000', '50,000', '0'],
    ]);
  });

  it('rolls the budget up per team and per channel by month, only the quarter’s days', () => {
    const p = pages(ws, 'FY2027 Q1', 'budget');
    const team = table(p, 'Per team');
    expect(team.headers).toEqual(['Team', 'Jan 2027', 'Feb 2027', 'Mar 2027', 'Quarter']);
    expect(team.rows.find((r) => r[0] === 'Marketing')).toEqual([
      'Marketing',
      '31,000',
      '0',
      '0',
      '31,000',
    ]);
    expect(team.rows.find((r) => r[0] === 'Sales')).toEqual([
      'Sales',
      '0',
      '0',
      '10,000',
      '10,000',
    ]);
    expect(table(p, 'Per channel').rows.map((r) => r[0])).toEqual(['email', 'phone']);
  });

  it('without an allocation for the quarter it says where to set one', () => {
    const p = pages(
      { ...ws, settings: { ...ws.settings, budgetAllocations: {} } },
      'FY2027 Q1',
      'budget',
    );
    expect(blocks(p, 'notice').map((n) => n.tone)).toEqual(['info']);
    expect(blocks(p, 'notice')[0]?.text).toMatch(/No allocation is set for FY2027 Q1/);
  });

  it('the sample shows a full pack: its results reviewed, its next quarter over on marketing', () => {
    const sample = buildSampleWorkspace('2026-12-01');
    const built = buildPack(sample, { quarter: 'FY2027 Q1', madeOn: '2026-12-01' });
    if (!built.ok) throw new Error(built.error);
    const results = built.pack.pages.filter((x) => x.section === 'results');
    expect(table(results, 'Targets against non-targets').rows.at(-1)?.[1]).toMatch(/^300 · /);
    const budget = built.pack.pages.filter((x) => x.section === 'budget');
    expect(blocks(budget, 'notice').map((n) => n.tone)).toEqual(['warn']);
  });
});
