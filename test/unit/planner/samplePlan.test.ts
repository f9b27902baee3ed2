// The sample workspace's proposal (issue 15): whatever day the sample is built on, the planner
// clears every one of its block conflicts — by the engine and by the pairwise oracle — with
// fewer warns than before, inside each motion's window and minimum audience, and with no more
// buyers over the per-person touch cap than before (its contacts are counted, as in the app).
import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import { conflictPeople } from '../../../shared/contacts/conflictPeople';
import { proposePlan } from '../../../shared/planner';
import type { ConflictCounts } from '../../../shared/planner';
import { blocksAfter, expectConstraintsKept } from './plannerCheck';

describe('the sample workspace’s proposal', () => {
  it.each(['2027-01-10', '2026-05-20', '2026-11-30'])(
    'clears every block of the sample built on %s',
    (today) => {
      const ws = buildSampleWorkspace(today);
      const people = conflictPeople(ws.accounts, ws.contacts, ws.settings.personaRules);
      const input = { ...ws, acceptances: ws.conflictAcceptances, people };
      const proposal = proposePlan(input);
      expect(proposal.before.bySeverity.block).toBeGreaterThan(500);
      expect(proposal.after.bySeverity.block).toBe(0);
      expect(proposal.unresolved).toEqual([]);
      expect(proposal.after.bySeverity.warn).toBeLessThan(proposal.before.bySeverity.warn);
      expect(blocksAfter(input, proposal)).toEqual({ engine: 0, oracle: 0 });
      expectConstraintsKept(input, proposal, {});
      // The in-progress nurture keeps its dates; some motion moves, some accounts leave one.
      expect(proposal.changes.some((c) => c.kind === 'shift')).toBe(true);
      expect(proposal.changes.some((c) => c.kind === 'exclude')).toBe(true);
      expect(proposal.changes.every((c) => c.reason.includes('clears'))).toBe(true);
      expect(personPressure(proposal.after)).toBeLessThan(personPressure(proposal.before));
      expect(proposal.notes).toEqual([]);
      // The SDR sequence hands its Tier 1 accounts over to the nurture: a newcomer who accepts
      // sees a motion with days of its own per account.
      expect(proposal.changes.some((c) => c.kind === 'handover')).toBe(true);
    },
  );

  it('keeps the buyers under their cap even when that leaves blocks, and says so', () => {
    const ws = buildSampleWorkspace('2027-01-10');
    const people = conflictPeople(ws.accounts, ws.contacts, ws.settings.personaRules);
    const input = { ...ws, acceptances: ws.conflictAcceptances, people };
    // Without the hand-over, the only dates that clear the SDR sequence's last blocks put its
    // buyers over the per-person cap.
    const proposal = proposePlan(input, { moves: ['shift', 'exclude', 'primary'] });
    expect(personPressure(proposal.after)).toBeLessThanOrEqual(personPressure(proposal.before));
    expect(proposal.after.bySeverity.block).toBeGreaterThan(0);
    expect(proposal.after.bySeverity.warn).toBeLessThan(proposal.before.bySeverity.warn);
    expect(proposal.notes).toEqual([
      expect.stringMatching(
        /^\d+ block conflicts are left so that no more buyers go over the per-person touch cap: the shifts that clear them would add \d+ person-pressure conflicts\.$/,
      ),
    ]);
  });
});

function personPressure(c: ConflictCounts): number {
  return Object.values(c.byRule['person-pressure']).reduce((n, k) => n + k, 0);
}
