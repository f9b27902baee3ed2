// The planner worker's handlers with the store (issue 15), called as the "Propose a plan"
// view calls them: propose on the sample, untick two changes and get the counts they give,
// accept them as one undo step — after which the stored plan has exactly those counts — and
// undo restores every row. A row edited after the proposal refuses the write.
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDb } from '../../../renderer/src/store/db';
import { commit, history, undo } from '../../../renderer/src/store/changes';
import { readEveryTable } from '../../../renderer/src/store/reads';
import { replaceWorkspace } from '../../../renderer/src/features/workspace/workspaceStore';
import { plannerHandlers } from '../../../renderer/src/features/planner/plannerHandlers';
import { acceptPlan } from '../../../renderer/src/features/planner/acceptPlan';
import type { CallContext } from '../../../renderer/src/platform/workerRpc';
import type { PlannerProgress } from '../../../shared/planner';
import { countsWithChanges } from '../../../shared/planner';
import { conflictPeople } from '../../../shared/contacts/conflictPeople';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';

function context(events: PlannerProgress[]): CallContext<PlannerProgress> {
  return {
    emit: (e) => events.push(e),
    signal: new AbortController().signal,
    fail: (message) => {
      throw new Error(message);
    },
  };
}

/** The counts of what is stored now, as the planner counts them (nothing to apply). */
async function storedCounts() {
  const ws = await readEveryTable();
  return countsWithChanges(
    {
      ...ws,
      acceptances: ws.conflictAcceptances,
      people: conflictPeople(ws.accounts, ws.contacts, ws.settings.personaRules),
    },
    { changes: [], keptAcceptances: [] },
  );
}

beforeEach(async () => {
  resetDb(`test-${Math.random()}`);
  history.clear();
  plannerHandlers.discard();
  await replaceWorkspace('Open the sample workspace', buildSampleWorkspace('2027-01-10'));
});

describe('the planner worker', () => {
  it('proposes on the stored sample with progress, and names what the changes touch', async () => {
    const events: PlannerProgress[] = [];
    const reply = await plannerHandlers.propose(
      {
        moves: ['shift', 'exclude', 'primary', 'stagger', 'handover'],
        primaryRule: 'first-started',
        today: '2027-01-10',
      },
      context(events),
    );
    expect(reply.proposal.changes.length).toBeGreaterThan(5);
    const { before, after } = reply.proposal;
    expect(before.bySeverity.block).toBeGreaterThan(500);
    // The stored sample has contacts: no more buyers over the per-person cap than before.
    const personPressure = (c: typeof before) =>
      Object.values(c.byRule['person-pressure']).reduce((n, k) => n + k, 0);
    expect(personPressure(after)).toBeLessThanOrEqual(personPressure(before));
    expect(reply.proposal.notes).toEqual([]);
    expect(new Set(events.map((e) => e.phase))).toEqual(
      new Set(['detect', 'shift', 'exclude', 'count']),
    );
    const named = new Map(reply.accountNames);
    for (const c of reply.proposal.changes)
      if (c.kind === 'exclude') for (const id of c.accountIds) expect(named.has(id)).toBe(true);
    expect(reply.motionNames.length).toBe(12);
  });

  it('accepting all but two changes gives the counts shown for them, in one undo step', async () => {
    const before = await readEveryTable();
    const reply = await plannerHandlers.propose(
      { moves: ['shift', 'exclude', 'primary'], primaryRule: 'first-started', today: '2027-01-10' },
      context([]),
    );
    const ids = reply.proposal.changes.map((c) => c.id);
    const ticked = ids.slice(2);
    const counts = plannerHandlers.counts({ selected: ticked });
    // Two changes fewer: more blocks left than the whole proposal, fewer than the plan had.
    expect(counts.bySeverity.block).toBeGreaterThan(reply.proposal.after.bySeverity.block);
    expect(counts.bySeverity.block).toBeLessThan(reply.proposal.before.bySeverity.block);
    expect(plannerHandlers.counts({ selected: ids })).toEqual(reply.proposal.after);

    const write = plannerHandlers.write({ selected: ticked, now: '2027-01-10T10:00:00.000Z' });
    expect(write.motions.length).toBeGreaterThan(0);
    // The window reads the same rows in parts (prepareWrite, then writePart a slice at a time).
    const sizes = plannerHandlers.prepareWrite({
      selected: ticked,
      now: '2027-01-10T10:00:00.000Z',
    });
    for (const table of ['motions', 'accounts', 'conflictAcceptances'] as const) {
      expect(sizes[table]).toBe(write[table].length);
      const parts: unknown[] = [];
      for (let from = 0; from < sizes[table]; from += 2)
        parts.push(...plannerHandlers.writePart({ table, from, count: 2 }));
      expect(parts).toEqual(write[table]);
    }
    const stepsBefore = history.snapshot();
    expect(await acceptPlan(write, 'Accept the proposed plan')).toBeNull();
    expect(history.snapshot().undoLabel).toBe('Accept the proposed plan');
    expect(stepsBefore.undoLabel).toBe('Open the sample workspace');
    expect(await storedCounts()).toEqual(counts);

    expect(await undo()).toBe('Accept the proposed plan');
    expect(await readEveryTable()).toEqual(before);
    expect(await storedCounts()).toEqual(reply.proposal.before);
  });

  it('refuses to write over a motion edited after the proposal, and changes nothing', async () => {
    const reply = await plannerHandlers.propose(
      { moves: ['shift', 'exclude', 'primary'], primaryRule: 'first-started', today: '2027-01-10' },
      context([]),
    );
    const ids = reply.proposal.changes.map((c) => c.id);
    const write = plannerHandlers.write({ selected: ids, now: '2027-01-10T10:00:00.000Z' });
    const edited = { ...write.motions[0]!.before!, name: 'Renamed meanwhile' };
    await commit('Rename', { motions: { put: [edited] } });
    const stored = await readEveryTable();
    const refused = await acceptPlan(write, 'Accept the proposed plan');
    expect(refused).toMatch(/1 of the rows the proposal changes were edited after it was made/);
    expect(await readEveryTable()).toEqual(stored);
    expect(history.snapshot().undoLabel).toBe('Rename');
  });

  it('answers counts and writes only for a proposal it holds', async () => {
    expect(() => plannerHandlers.counts({ selected: [] })).toThrow(/propose a plan first/);
    expect(() => plannerHandlers.writePart({ table: 'motions', from: 0, count: 1 })).toThrow(
      /prepare it first/,
    );
  });
});
