// The conflicts section's tally of one quarter's groups (quarterGroups, which tests each slot's
// window and makes ids only inside the quarter) gives what listing every group gave: the same
// counts by rule, severities and accepted groups in the same order, on the sample workspace
// and on a synthetic plan with blackouts, accepted groups and a voided acceptance.
import { describe, expect, it } from 'vitest';
import {
  detectConflicts,
  listGroups,
  resolveAudiences,
  type ConflictIndex,
} from '../../../shared/conflicts';
import {
  groupFingerprint,
  newAcceptance,
  validAcceptance,
} from '../../../shared/conflicts/acceptance';
import { conflictPeople } from '../../../shared/contacts/conflictPeople';
import { toDayNumber } from '../../../shared/dates/calendarDate';
import type { Blackout, ConflictAcceptance, Motion } from '../../../shared/domain/types';
import { quarterGroups } from '../../../shared/qbr/quarterGroups';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import type { WorkspaceData } from '../../../shared/workspace/workspaceData';
import { emptyWorkspace } from '../../../shared/workspace/workspaceData';
import { syntheticAccounts, syntheticMotions } from '../../bench/data/syntheticPlan';

/** The section's tally as it was, from every group listed. */
function listedTally(
  index: ConflictIndex,
  first: number,
  last: number,
  acceptances: ReadonlyMap<string, ConflictAcceptance>,
  motions: readonly Motion[],
  blackouts: readonly Blackout[],
) {
  const byRule = new Map<string, object>();
  const accepted: object[] = [];
  for (const g of listGroups(index, null, false)) {
    if (toDayNumber(g.window.last) < first || toDayNumber(g.window.first) > last) continue;
    const count = (byRule.get(g.rule) as Record<string, number> | undefined) ?? {
      severity: g.severity,
      groups: 0,
      accounts: 0,
      acceptedGroups: 0,
      acceptedAccounts: 0,
    };
    count.groups!++;
    count.accounts! += g.accountCount;
    const ok =
      acceptances.has(g.id) &&
      validAcceptance(g.id, groupFingerprint(g, motions, blackouts), acceptances);
    if (ok) {
      count.acceptedGroups!++;
      count.acceptedAccounts! += g.accountCount;
      accepted.push({ group: g, note: ok.note, acceptedAt: ok.acceptedAt });
    }
    byRule.set(g.rule, count);
  }
  return { byRule, accepted };
}

function check(ws: WorkspaceData, quarters: [string, string][]) {
  const motions = ws.motions.filter((m) => m.status !== 'Aborted');
  const index = detectConflicts({
    accounts: ws.accounts,
    motions,
    audiences: resolveAudiences(ws.accounts, motions),
    blackouts: ws.blackouts,
    settings: ws.settings,
    people: conflictPeople(ws.accounts, ws.contacts, ws.settings.personaRules),
  });
  // Every third group accepted, every seventh of those with a stale fingerprint.
  const acceptances = new Map<string, ConflictAcceptance>();
  listGroups(index, null, false).forEach((g, i) => {
    if (i % 3 !== 0) return;
    const print = i % 7 === 0 ? 'stale' : groupFingerprint(g, motions, ws.blackouts);
    acceptances.set(g.id, newAcceptance(g.id, print, `note ${i}`, '2027-01-02T00:00:00.000Z'));
  });
  let seen = 0;
  for (const [start, end] of quarters) {
    const [first, last] = [toDayNumber(start), toDayNumber(end)];
    const now = quarterGroups(index, first, last, acceptances, motions, ws.blackouts);
    const was = listedTally(index, first, last, acceptances, motions, ws.blackouts);
    expect(JSON.stringify([[...now.byRule], now.accepted])).toBe(
      JSON.stringify([[...was.byRule], was.accepted]),
    );
    seen += now.accepted.length;
  }
  return seen;
}

describe('quarterGroups', () => {
  it('tallies the sample workspace as listing every group did', () => {
    const ws = buildSampleWorkspace('2027-01-05');
    const seen = check(ws, [
      ['2026-10-01', '2026-12-31'],
      ['2027-01-01', '2027-03-31'],
      ['2027-04-01', '2027-06-30'],
    ]);
    expect(seen).toBeGreaterThan(0);
  });

  it('tallies a synthetic plan with blackouts as listing every group did', () => {
    const ws = emptyWorkspace();
    ws.accounts = syntheticAccounts(1_500, 7);
    ws.motions = syntheticMotions(60, '2027-01-01', 2, 1_500);
    ws.blackouts = [
      {
        id: 'b1',
        reason: 'Freeze',
        start: '2027-02-01',
        end: '2027-02-20',
        scope: { kind: 'everyone' },
      },
    ];
    const seen = check(ws, [
      ['2027-01-01', '2027-03-31'],
      ['2027-02-10', '2027-02-12'],
      ['2027-04-01', '2027-06-30'],
    ]);
    expect(seen).toBeGreaterThan(0);
  });
});
