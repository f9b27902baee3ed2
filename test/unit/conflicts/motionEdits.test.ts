// The conflicts worker's incremental sync (motionEdits.ts + updateMotion) must give the summary
// a full detection of the same plan gives: after a planner Accept (shifts, exclusions, waves,
// hand-overs: a hand-over or a stagger edits only the motion's accountDates, which the
// worker's change key once left out, so the summary kept the cleared conflicts), and whether
// it patches or detects in full.
import { describe, expect, it } from 'vitest';
import { ConflictIndex, resolveAudiences } from '../../../shared/conflicts';
import type { ConflictMotion, ConflictPlan } from '../../../shared/conflicts/types';
import { applyProposal, proposePlan } from '../../../shared/planner';
import { SummaryBuilder } from '../../../renderer/src/features/conflicts/summaryBuilder';
import {
  fullDetectionIsQuicker,
  motionEdits,
  motionKey,
} from '../../../renderer/src/features/conflicts/motionEdits';
import { motion, plan } from './planBuilder';
import { accounts, plainInputOf as inputOf } from '../planner/plannerCheck';
import {
  SYNTHETIC_SETTINGS,
  syntheticAccounts,
  syntheticBlackouts,
  syntheticMotions,
} from './syntheticPlan';

type Summary = ReturnType<SummaryBuilder['summarize']>;

/** The summary with its lists in one order (slots of a patched index come in another). */
function canonical(s: Summary) {
  return {
    ...s,
    groups: s.groups.map((g) => JSON.stringify(g)).sort(),
    motionCounts: [...s.motionCounts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    accountCounts: { ids: s.accountCounts.ids, counts: Array.from(s.accountCounts.counts) },
  };
}

/** The worker's sync on `before`, then on `after` patched motion by motion; both summaries. */
function patchedAndFull(before: ConflictPlan, motions: ConflictMotion[]) {
  const index = new ConflictIndex(before);
  const builder = new SummaryBuilder();
  builder.summarize(index);
  const keys = new Map(before.motions.map((m) => [m.id, motionKey(m)]));
  const audiences = resolveAudiences(before.accounts, motions);
  const at = new Map(motions.map((m, k) => [m.id, audiences[k]!]));
  const changes = motionEdits(index, motions, keys, (m) => at.get(m.id)!);
  for (const e of changes.edits) {
    builder.forgetMotion(index.motionPosition(e.id));
    index.updateMotion(e.id, e.motion, e.audience);
  }
  const patched = builder.summarize(index);
  const full = new SummaryBuilder().summarize(
    new ConflictIndex({
      ...before,
      motions,
      audiences: resolveAudiences(before.accounts, motions),
    }),
  );
  return { patched, full, changes };
}

describe('the conflicts worker’s incremental sync', () => {
  it('re-detects a hand-over, which edits only the accounts’ own days', () => {
    const before = plan(accounts(5), [
      motion('Nurture', 'Marketing', 'email', '2027-01-04', '2027-01-31'),
      motion('SDR outbound', 'Sales', 'email', '2027-01-18', '2027-01-31'),
    ]);
    const input = inputOf(before);
    const proposal = proposePlan(input, { moves: ['handover'] });
    expect(proposal.changes.map((c) => c.kind)).toEqual(['handover']);
    const { motions } = applyProposal(input, proposal);
    const { patched, full, changes } = patchedAndFull(before, motions);
    expect(changes.edits.map((e) => e.id)).toEqual(['Nurture']);
    expect(canonical(patched)).toEqual(canonical(full));
    expect(full.groups.filter((g) => g.severity === 'block')).toEqual([]);
  });

  it('gives a full detection’s summary after an accepted proposal on a generated plan', () => {
    const n = 1_500;
    const input = {
      accounts: syntheticAccounts(n),
      motions: syntheticMotions(40, n),
      blackouts: syntheticBlackouts(n),
      settings: SYNTHETIC_SETTINGS,
    };
    const before: ConflictPlan = {
      ...input,
      audiences: resolveAudiences(input.accounts, input.motions),
    };
    const proposal = proposePlan(input, {});
    const { motions } = applyProposal(input, proposal);
    const { patched, full, changes } = patchedAndFull(before, motions);
    expect(changes.edits.length).toBeGreaterThan(5);
    expect(canonical(patched)).toEqual(canonical(full));
  });

  it('detects in full once the edited audiences outweigh the plan', () => {
    const before = plan(accounts(10), [
      motion('Nurture', 'Marketing', 'email', '2027-01-04', '2027-01-31'),
      motion('Webinar', 'Marketing', 'event', '2027-01-11', '2027-01-11'),
      motion('SDR outbound', 'Sales', 'email', '2027-01-18', '2027-01-31'),
    ]);
    const shifted = (ids: string[]) =>
      before.motions.map((m) => (ids.includes(m.id) ? { ...m, start: '2027-01-05' } : m));
    // One motion edited: at most its audience twice (old and new), never past the threshold.
    const one = patchedAndFull(before, shifted(['Nurture'])).changes;
    expect(one.sweeps).toBe(20);
    expect(fullDetectionIsQuicker(one.sweeps, 10)).toBe(false);
    const all = patchedAndFull(before, shifted(['Nurture', 'Webinar', 'SDR outbound'])).changes;
    expect(all.sweeps).toBe(60);
    expect(fullDetectionIsQuicker(all.sweeps, 10)).toBe(true);
  });
});
