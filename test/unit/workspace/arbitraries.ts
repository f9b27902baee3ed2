// fast-check generators of whole workspaces, with the awkward text users really have.
import fc from 'fast-check';
import type { WorkspaceData } from '../../../shared/workspace/workspaceData';
import { emptyWorkspace } from '../../../shared/workspace/workspaceData';
import { fromDayNumber } from '../../../shared/dates/calendarDate';
import { makeAccount } from './fixtures';

const text = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'Müller GmbH',
    '株式会社テスト',
    'O\'Brien, "Quoted" & Co',
    '=SUM(A1)',
    '00123',
    'line\nbreak',
  ),
);
const day = fc.integer({ min: 18000, max: 22000 }).map(fromDayNumber);

const account = fc
  .record({
    id: fc.uuid(),
    name: text,
    tier: fc.constantFrom(1, 2, 3, null),
    status: fc.constantFrom('candidate', 'target', 'removed'),
    tags: fc.array(text, { maxLength: 3 }),
    employees: fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: null }),
    notes: text,
    custom: fc.dictionary(fc.string({ minLength: 1 }), fc.string()),
  })
  .map((p) => makeAccount(p as never));

const motion = fc
  .record({ id: fc.uuid(), name: text, a: day, b: day, touches: fc.integer({ min: 0, max: 10 }) })
  .map(({ id, name, a, b, touches }) => ({
    id,
    name,
    kind: 'email nurture' as const,
    team: 'Marketing' as const,
    channel: 'email' as const,
    start: a < b ? a : b,
    end: a < b ? b : a,
    touchesPerWeek: touches,
    theme: '',
    budget: null,
    status: 'Planned' as const,
    owner: '',
    parentProgram: '',
    color: '#3b82f6',
    audience: {
      tiers: [1 as const],
      segments: [],
      match: 'all' as const,
      include: [],
      exclude: [],
    },
    salesforceId: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));

const stamp = fc.constant('2026-01-01T00:00:00.000Z');
const rows = <T extends { id: string }>(arb: fc.Arbitrary<T>, maxLength = 4) =>
  fc.uniqueArray(arb, { selector: (r) => r.id, maxLength });

const blackout = fc.record({
  id: fc.uuid(),
  scope: fc.oneof(
    fc.record({ kind: fc.constant('account' as const), accountId: fc.uuid() }),
    fc.record({ kind: fc.constant('segment' as const), segment: text }),
    fc.record({ kind: fc.constant('everyone' as const) }),
  ),
  start: fc.constant('2027-01-01'),
  end: fc.constant('2027-01-05'),
  reason: text,
});
const icpProfile = fc.record({
  id: fc.uuid(),
  name: text,
  criteria: fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('industry' as const),
        weight: fc.nat(10),
        values: fc.array(text),
      }),
      fc.record({
        kind: fc.constant('employees' as const),
        weight: fc.nat(10),
        min: fc.option(fc.nat(), { nil: null }),
        max: fc.option(fc.nat(), { nil: null }),
      }),
    ),
    { maxLength: 3 },
  ),
  thresholds: fc.record({ tier1: fc.nat(100), tier2: fc.nat(100) }),
});
const talSnapshot = fc.record({
  id: fc.uuid(),
  quarter: fc.constant('FY2027 Q1'),
  fiscalYear: fc.constant(2027),
  fiscalQuarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  approvedAt: stamp,
  approvedBy: text,
  entries: fc.array(
    fc.record({
      accountId: fc.uuid(),
      name: text,
      domain: text,
      tier: fc.constantFrom(1 as const, 2 as const, 3 as const, null),
      owner: text,
      status: fc.constantFrom('candidate' as const, 'target' as const, 'removed' as const),
      removedReason: text,
    }),
    { maxLength: 3 },
  ),
});
const importBatch = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('accounts' as const, 'motions' as const, 'raci' as const),
  files: fc.array(text, { maxLength: 2 }),
  at: stamp,
  counts: fc.record({ new: fc.nat(), updated: fc.nat(), merged: fc.nat(), rejected: fc.nat() }),
});
const savedView = fc.record({
  id: fc.uuid(),
  name: text,
  grid: fc.constant('accounts'),
  // JSON has no -0 (a backup writes it as 0), so the state a view saves never holds one.
  state: fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown),
});
const exportProfile = fc.record({
  id: fc.uuid(),
  name: text,
  columns: fc.array(fc.record({ field: text, header: text }), { maxLength: 3 }),
});
const acceptance = fc.record({
  id: fc.uuid(),
  note: text,
  acceptedAt: stamp,
  fingerprint: fc.string(),
});
const columnMappings = fc.uniqueArray(
  fc.record({
    signature: fc.string({ minLength: 1 }),
    mapping: fc.dictionary(fc.string(), fc.string()),
    savedAt: stamp,
  }),
  { selector: (m) => m.signature, maxLength: 3 },
);

export const workspaceArb: fc.Arbitrary<WorkspaceData> = fc
  .record({
    accounts: fc.uniqueArray(account, { selector: (a) => a.id, maxLength: 20 }),
    motions: fc.uniqueArray(motion, { selector: (m) => m.id, maxLength: 8 }),
    blackouts: rows(blackout),
    icpProfiles: rows(icpProfile),
    talSnapshots: rows(talSnapshot),
    importBatches: rows(importBatch),
    columnMappings,
    savedViews: rows(savedView),
    exportProfiles: rows(exportProfile),
    conflictAcceptances: rows(acceptance),
    cap: fc.integer({ min: 0, max: 20 }),
    fyStart: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ cap, fyStart, ...tables }) => {
    const ws = emptyWorkspace();
    Object.assign(ws, tables);
    ws.settings.weeklyTouchCap = cap;
    ws.settings.fiscalYearStartMonth = fyStart;
    ws.raciGrids = [
      {
        id: 'g1',
        name: 'Grid',
        source: '',
        roles: [{ id: 'r1', name: 'Sales Ops' }],
        activities: [{ id: 'x1', name: 'Build the TAL', phase: '', note: '' }],
        cells: { 'x1:r1': ['R', 'A'] },
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ];
    return ws;
  });
