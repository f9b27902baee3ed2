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
    audience: { tiers: [1 as const], segments: [], include: [], exclude: [] },
    salesforceId: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));

export const workspaceArb: fc.Arbitrary<WorkspaceData> = fc
  .record({
    accounts: fc.uniqueArray(account, { selector: (a) => a.id, maxLength: 20 }),
    motions: fc.uniqueArray(motion, { selector: (m) => m.id, maxLength: 8 }),
    cap: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ accounts, motions, cap }) => {
    const ws = emptyWorkspace();
    ws.accounts = accounts;
    ws.motions = motions;
    ws.settings.weeklyTouchCap = cap;
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
