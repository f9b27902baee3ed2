// The sample workspace's proposal (issue 15): whatever day the sample is built on, the planner
// clears every one of its block conflicts — by the engine and by the pairwise oracle — with
// fewer warns than before, inside each motion's window and minimum audience.
import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import { proposePlan } from '../../../shared/planner';
import { blocksAfter, expectConstraintsKept } from './plannerCheck';

describe('the sample workspace’s proposal', () => {
  it.each(['2027-01-10', '2026-05-20', '2026-11-30'])(
    'clears every block of the sample built on %s',
    (today) => {
      const ws = buildSampleWorkspace(today);
      const input = { ...ws, acceptances: ws.conflictAcceptances };
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
    },
  );
});
