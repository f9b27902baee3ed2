// The QBR pack's section models, read as a meeting would: the planned quarter and the one it
// reviews, the TAL diff between their approved lists, the quarter's timeline, conflicts with
// the decisions taken, RACI grids, and the agreement marked agreed or not yet agreed.
import { describe, expect, it } from 'vitest';
import { agreementTemplate } from '../../../shared/agreement/agreementTemplate';
import { detectConflicts, listGroups, resolveAudiences } from '../../../shared/conflicts';
import { conflictPeople } from '../../../shared/contacts/conflictPeople';
import { RULE_NAMES } from '../../../shared/qbr/ruleLabels';
import type { QbrBlock, QbrPage } from '../../../shared/qbr/packTypes';
import { buildPack, quarterOfLabel } from '../../../shared/qbr/buildPack';
import { parseSectionList, QBR_SECTIONS } from '../../../shared/qbr/sections';
import { sliceRows } from '../../../shared/qbr/pageRows';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import { emptyWorkspace, type WorkspaceData } from '../../../shared/workspace/workspaceData';
import { makeAccount } from '../workspace/fixtures';
import type { Motion, TalSnapshot } from '../../../shared/domain/types';

const blocks = <K extends QbrBlock['kind']>(pages: QbrPage[], kind: K) =>
  pages
    .flatMap((p) => p.blocks)
    .filter((b): b is Extract<QbrBlock, { kind: K }> => b.kind === kind);

function pack(ws: WorkspaceData, quarter: string, sections = QBR_SECTIONS.map((s) => s.id)) {
  const built = buildPack(ws, { quarter, sections, madeOn: '2027-01-10' });
  if (!built.ok) throw new Error(built.error);
  return built.pack;
}

const motion = (id: string, start: string, end: string, over: Partial<Motion> = {}): Motion => ({
  id,
  name: `Motion ${id}`,
  kind: 'email nurture',
  team: 'Marketing',
  channel: 'email',
  start,
  end,
  touchesPerWeek: 1,
  theme: '',
  budget: null,
  status: 'Planned',
  owner: '',
  parentProgram: '',
  color: '#123456',
  audience: { tiers: [1], segments: [], match: 'all', include: [], exclude: [] },
  salesforceId: '',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
  ...over,
});

describe('the quarter', () => {
  it('FY2027-Q1 plans Feb–Apr 2026 with a February fiscal year, and reviews FY2026 Q4', () => {
    const q = quarterOfLabel('FY2027-Q1', 2);
    expect(q.ok && [q.quarter.label, q.quarter.start, q.quarter.end, q.review.label]).toEqual([
      'FY2027 Q1',
      '2026-02-01',
      '2026-04-30',
      'FY2026 Q4',
    ]);
  });

  it('refuses what is not a quarter, saying how to write one', () => {
    const r = buildPack(emptyWorkspace(), { quarter: '2027 Q5', madeOn: '2027-01-01' });
    expect(r.ok || r.error).toMatch(/"2027 Q5" is not a fiscal quarter.*FY2027 Q1/);
  });
});

describe('sections picked and ordered', () => {
  it('come out in the order chosen, and the title page lists them as the agenda', () => {
    const p = pack(emptyWorkspace(), 'FY2027 Q1', ['title', 'agreement', 'raci']);
    expect([...new Set(p.pages.map((x) => x.section))]).toEqual(['title', 'agreement', 'raci']);
    expect(blocks(p.pages.slice(0, 1), 'list')[0]?.items).toEqual(['Operating agreement', 'RACI']);
  });

  it('a section list names unknown and repeated sections', () => {
    expect(parseSectionList('raci, Title')).toEqual({ ok: true, sections: ['raci', 'title'] });
    expect(parseSectionList('raci,slides')).toMatchObject({
      error: /no section "slides".*tal-changes/,
    });
    expect(parseSectionList('raci,raci')).toMatchObject({ error: /named twice/ });
  });

  it('every page title starts with its section’s title', () => {
    const p = pack(buildSampleWorkspace('2026-12-01'), 'FY2027 Q1');
    for (const page of p.pages) {
      const title = QBR_SECTIONS.find((s) => s.id === page.section)!.title;
      if (page.section !== 'title') expect(page.title.startsWith(title), page.title).toBe(true);
    }
  });
});

describe('TAL changes', () => {
  const entry = (id: string, over: Partial<TalSnapshot['entries'][number]> = {}) => ({
    accountId: id,
    name: `Account ${id}`,
    domain: `${id}.example`,
    tier: 1 as const,
    owner: 'Ana',
    status: 'target' as const,
    removedReason: '',
    ...over,
  });
  const snapshot = (quarter: string, q: 1 | 2 | 3 | 4, entries: TalSnapshot['entries']) => ({
    id: quarter,
    quarter,
    fiscalYear: 2026,
    fiscalQuarter: q,
    approvedAt: '2026-10-01T09:00:00.000Z',
    approvedBy: 'Sales Ops',
    entries,
  });

  it('diffs the reviewed quarter’s TAL against the live list: added, removed with reason, tier and owner, turnover past budget', () => {
    const ws = emptyWorkspace();
    ws.settings.turnoverBudgetPercent = 25;
    ws.talSnapshots = [snapshot('FY2026 Q4', 4, [entry('a'), entry('b'), entry('c')])];
    ws.accounts = [
      makeAccount({ id: 'a', name: 'Account a', status: 'target', tier: 2, owner: 'Ana' }),
      makeAccount({ id: 'b', status: 'removed', removedReason: 'Acquired', owner: 'Ana' }),
      makeAccount({ id: 'c', status: 'target', tier: 1, owner: 'Bo', name: 'Account c' }),
      makeAccount({ id: 'd', status: 'target', tier: 3, name: 'Newco', domain: 'newco.example' }),
    ];
    const pages = pack(ws, 'FY2027 Q1', ['tal-changes']).pages;
    const facts = blocks(pages, 'facts')[0]!.items;
    expect(facts.map((f) => [f.label, f.value])).toEqual([
      ['On the list in FY2026 Q4', '3'],
      ['On the list now', '3'],
      ['Added', '1'],
      ['Removed', '1'],
      ['Tier changes', '1'],
      ['Owner changes', '1'],
      ['Turnover (budget 25%)', '66.7%'],
    ]);
    expect(facts.at(-1)?.warn).toBe(true);
    expect(pages[0]?.subtitle).toMatch(/to the live list \(not yet approved\)/);
    const tables = blocks(pages, 'table');
    expect(tables.find((t) => t.caption === 'Removed: 1')?.rows).toEqual([
      ['Account b', 'b.example', 'Acquired'],
    ]);
    expect(tables.find((t) => t.caption === 'Added: 1')?.rows[0]?.[0]).toBe('Newco');
    expect(tables.find((t) => t.caption === 'Tier changes: 1')?.rows).toEqual([
      ['Account a', 'Tier 1', 'Tier 2'],
    ]);
    expect(tables.find((t) => t.caption === 'Owner changes: 1')?.rows).toEqual([
      ['Account c', 'Ana', 'Bo'],
    ]);
  });

  it('says so when no TAL was approved to compare with', () => {
    const pages = pack(emptyWorkspace(), 'FY2027 Q1', ['tal-changes']).pages;
    expect(blocks(pages, 'notice')[0]?.text).toMatch(/No TAL was approved for FY2026 Q4/);
  });

  it('a long list continues on a second page, then counts the rest', () => {
    const slices = sliceRows(Array.from({ length: 30 }, (_, i) => i));
    expect(slices.map((s) => [s.rows.length, s.part, s.parts, s.left])).toEqual([
      [12, 1, 2, 0],
      [12, 2, 2, 6],
    ]);
  });
});

describe('the calendar', () => {
  const ws = emptyWorkspace();
  ws.motions = [
    motion('m1', '2026-12-20', '2027-01-10'),
    motion('m2', '2027-02-01', '2027-02-28', { team: 'Sales', channel: 'phone', color: 'red;x' }),
    motion('m3', '2027-02-10', '2027-02-12', { status: 'Aborted' }),
  ];

  it('has a page per month of the quarter, bars clipped to the month, aborted motions left out', () => {
    const pages = pack(ws, 'FY2027 Q1', ['calendar']).pages;
    expect(pages.map((p) => p.title)).toEqual([
      'Calendar: January 2027',
      'Calendar: February 2027',
      'Calendar: March 2027',
    ]);
    const [jan, feb] = blocks(pages, 'timeline');
    expect(jan?.lanes[0]?.rows[0]?.[0]).toMatchObject({
      start: '2027-01-01',
      end: '2027-01-10',
      clippedStart: true,
      clippedEnd: false,
    });
    expect(feb?.lanes.map((l) => l.label)).toEqual(['Sales · phone']);
    expect(feb?.lanes[0]?.rows[0]?.[0]?.color).toBe('#2563eb'); // not a colour: the default
  });

  it('or one page for the quarter', () => {
    const built = buildPack(ws, {
      quarter: 'FY2027 Q1',
      sections: ['calendar'],
      madeOn: '2027-01-01',
      calendarScale: 'quarter',
    });
    expect(built.ok && built.pack.pages.map((p) => p.title)).toEqual(['Calendar: FY2027 Q1']);
  });

  it('a busy month continues on more pages of at most 12 rows', () => {
    const busy = emptyWorkspace();
    busy.motions = Array.from({ length: 30 }, (_, i) =>
      motion(`b${i}`, '2027-01-05', '2027-01-20'),
    );
    const pages = pack(busy, 'FY2027 Q1', ['calendar']).pages.filter((p) =>
      p.title.startsWith('Calendar: January'),
    );
    expect(pages.map((p) => p.title)).toEqual([
      'Calendar: January 2027 (1 of 3)',
      'Calendar: January 2027 (2 of 3)',
      'Calendar: January 2027 (3 of 3)',
    ]);
    const rows = blocks(pages, 'timeline').map((t) =>
      t.lanes.reduce((n, l) => n + l.rows.length, 0),
    );
    expect(rows).toEqual([12, 12, 6]);
  });
});

describe('conflicts', () => {
  it('counts the sample’s conflicts by rule and lists its accepted group with the note', () => {
    const ws = buildSampleWorkspace('2026-12-01');
    const pages = pack(ws, 'FY2026 Q4', ['conflicts']).pages;
    const counts = blocks(pages, 'table')[0]!;
    expect(counts.caption).toBe('Counts by rule');
    expect(counts.rows.length).toBeGreaterThan(2);
    const accepted = blocks(pages, 'table').find((t) => t.caption.startsWith('Accepted'))!;
    const acceptedTotal = counts.rows.reduce((n, r) => n + Number(r[4]), 0);
    expect(accepted.rows).toHaveLength(acceptedTotal);
    expect(acceptedTotal).toBeGreaterThan(0);
    expect(accepted.rows[0]?.[4]).not.toBe('');
  });

  it('counts by rule what the Conflicts view finds in the quarter, person pressure included', () => {
    const ws = buildSampleWorkspace('2026-12-01');
    // The Conflicts view: every motion, and the people matched from the contacts.
    const index = detectConflicts({
      accounts: ws.accounts,
      motions: ws.motions,
      audiences: resolveAudiences(ws.accounts, ws.motions),
      blackouts: ws.blackouts,
      settings: ws.settings,
      people: conflictPeople(ws.accounts, ws.contacts, ws.settings.personaRules),
    });
    const expected = new Map<string, [number, number]>();
    for (const g of listGroups(index, null, false)) {
      if (g.window.last < '2026-10-01' || g.window.first > '2026-12-31') continue;
      const [groups, accounts] = expected.get(RULE_NAMES[g.rule]) ?? [0, 0];
      expected.set(RULE_NAMES[g.rule], [groups + 1, accounts + g.accountCount]);
    }
    expect(expected.get('Person pressure')?.[0]).toBeGreaterThan(0);
    const counts = blocks(pack(ws, 'FY2026 Q4', ['conflicts']).pages, 'table')[0]!;
    expect(new Map(counts.rows.map((r) => [r[0], [Number(r[2]), Number(r[3])]]))).toEqual(expected);
  });

  it('shows the resolutions the plan holds: exclusions and primary teams', () => {
    const ws = emptyWorkspace();
    ws.accounts = [
      makeAccount({ id: 'a', status: 'target', tier: 1, primaryTeam: 'sales' }),
      makeAccount({ id: 'b', status: 'target', tier: 1, primaryTeam: 'marketing' }),
      makeAccount({ id: 'c', status: 'target', tier: 1, primaryTeam: 'sales' }),
    ];
    ws.motions = [
      motion('m1', '2027-01-05', '2027-01-20', {
        audience: { tiers: [1], segments: [], match: 'all', include: [], exclude: ['a', 'b'] },
      }),
    ];
    const pages = pack(ws, 'FY2027 Q1', ['conflicts']).pages;
    const facts = blocks(pages, 'facts')[0]!.items.map((f) => f.value);
    expect(facts).toEqual(['2', '1', '1']);
    expect(blocks(pages, 'table').at(-1)?.rows).toEqual([['Motion m1', 'Marketing', '2']]);
  });
});

describe('RACI and the operating agreement', () => {
  it('a page per RACI grid, letters per role', () => {
    const ws = buildSampleWorkspace('2026-12-01');
    const pages = pack(ws, 'FY2027 Q1', ['raci']).pages;
    expect(pages.map((p) => p.title)).toEqual(ws.raciGrids.map((g) => `RACI: ${g.name}`));
    const grid = blocks(pages, 'raci')[0]!;
    expect(grid.rows.find((r) => r.activity === 'Build TAL')?.cells[0]).toBe('R');
  });

  it('a workspace without its own agreement shows the template, marked not yet agreed', () => {
    const pages = pack(emptyWorkspace(), 'FY2027 Q1', ['agreement']).pages;
    expect(pages).toHaveLength(4);
    for (const p of pages) expect(blocks([p], 'notice')[0]?.tone).toBe('not-agreed');
    expect(blocks(pages, 'facts')[0]?.items[0]).toEqual({
      label: 'SLA',
      value: 'Sales calls within 24 hours',
    });
  });

  it('its own agreement shows each part agreed on its day, or which parts are open', () => {
    const ws = emptyWorkspace();
    const a = agreementTemplate();
    a.agreed.stages = '2027-01-12';
    a.agreed.escalations = '2027-01-12';
    ws.operatingAgreements = [a];
    const notices = pack(ws, 'FY2027 Q1', ['agreement']).pages.map((p) => blocks([p], 'notice')[0]);
    expect(notices.map((n) => [n?.tone, n?.text])).toEqual([
      ['agreed', 'Agreed on 2027-01-12.'],
      ['not-agreed', 'Not yet agreed: account handoff.'],
      ['not-agreed', 'Not yet agreed: meeting cadences.'],
      ['not-agreed', 'Not yet agreed: metrics that show ownership works.'],
    ]);
  });
});
