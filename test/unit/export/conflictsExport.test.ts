// The conflict list carries the team's decisions: a conflict whose group was accepted shows
// "accepted" with the note, until a motion's dates change and the acceptance no longer holds.
import { describe, expect, it } from 'vitest';
import { listGroups, detectConflicts, resolveAudiences } from '../../../shared/conflicts';
import { groupFingerprint, newAcceptance } from '../../../shared/conflicts/acceptance';
import { summarizeConflicts } from '../../../shared/export/conflictsExport';
import type { ExportSource } from '../../../shared/export/exportTypes';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import { sampleSource } from './exportFixtures';

function acceptCrossTeam(source: ExportSource, note: string): ExportSource {
  const { accounts, motions, blackouts, settings } = source;
  const index = detectConflicts({
    accounts,
    motions,
    audiences: resolveAudiences(accounts, motions),
    blackouts,
    settings,
  });
  const group = listGroups(index).find((g) => g.rule === 'cross-team');
  if (!group) throw new Error('no cross-team group');
  const fingerprint = groupFingerprint(group, motions, blackouts);
  const acceptance = newAcceptance(group.id, fingerprint, note, '2027-01-06T00:00:00.000Z');
  return { ...source, conflictAcceptances: [acceptance] };
}

describe('conflicts export', () => {
  it('lists every conflict as open when nobody has decided', () => {
    const conflicts = summarizeConflicts(sampleSource());
    expect(conflicts.map((c) => [c.rule, c.status])).toEqual([
      ['primary-owner', 'open'],
      ['cross-team', 'open'],
      ['off-list', 'open'],
    ]);
  });

  it('marks an accepted conflict with its note while the motions stay as they were', () => {
    const accepted = acceptCrossTeam(sampleSource(), 'AE owns Acme this month');
    const cross = summarizeConflicts(accepted).find((c) => c.rule === 'cross-team');
    expect(cross).toMatchObject({
      status: 'accepted',
      note: 'AE owns Acme this month',
      motions: ['Q1 nurture', 'AE outbound'],
      accountDomains: ['acme.com'],
      first: '2027-02-15',
      last: '2027-02-28',
    });
  });

  it('reopens the conflict when a motion moves, because the acceptance no longer holds', () => {
    const accepted = acceptCrossTeam(sampleSource(), 'ok');
    const moved: ExportSource = {
      ...accepted,
      motions: accepted.motions.map((m) =>
        m.id === 'm-outbound' ? { ...m, end: '2027-03-20' } : m,
      ),
    };
    const cross = summarizeConflicts(moved).find((c) => c.rule === 'cross-team');
    expect(cross?.status).toBe('open');
  });
});

describe('person pressure in the conflicts export', () => {
  it('tells two people of one name apart by e-mail, and leaves a name of its own alone', () => {
    const ws = buildSampleWorkspace('2026-10-01');
    const first = summarizeConflicts(ws).find((r) => r.rule === 'person-pressure');
    if (!first || first.people.length < 2) throw new Error('the sample has no two-person conflict');
    const names = first.people.map((p) => p.replace(/ \([\d.]+\)$/, ''));
    const twin = ws.contacts.find((p) => `${p.firstName} ${p.lastName}` === names[1]);
    const other = ws.contacts.find((p) => `${p.firstName} ${p.lastName}` === names[0]);
    if (!twin || !other) throw new Error('people not found');
    const renamed = {
      ...ws,
      contacts: ws.contacts.map((p) =>
        p.id === twin.id ? { ...p, firstName: other.firstName, lastName: other.lastName } : p,
      ),
    };
    const row = summarizeConflicts(renamed).find((r) => r.id === first.id);
    const labels = row?.people ?? [];
    expect(labels).toHaveLength(2);
    for (const email of [other.email, twin.email])
      expect(labels.filter((l) => l.startsWith(`${names[0]} <${email}> (`))).toHaveLength(1);
    expect(first.people[0]).toMatch(new RegExp(`^${names[0]} \\([\\d.]+\\)$`));
  });
});
