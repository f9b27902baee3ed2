// Before a resolution is applied, its preview says what it clears and what it creates. Held
// against the truth: the conflicts of a fresh detection after the resolution, compared with
// those before, account by account; and the index is left exactly as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allConflicts,
  detectConflicts,
  groupAccounts,
  listGroups,
  previewChange,
  resolutionChange,
  resolveAudiences,
} from '../../../shared/conflicts';
import type { ConflictPlan, Resolution } from '../../../shared/conflicts';
import { account, motion, plan } from './planBuilder';
import { planArb } from './randomPlan';

/** The resolution applied to the plan itself, plainly (what the app writes to the store). */
function applied(p: ConflictPlan, r: Resolution, accountIds: Set<string>): ConflictPlan {
  const exclude = (m: ConflictPlan['motions'][number]) => ({
    ...m,
    audience: {
      ...m.audience,
      include: m.audience.include.filter((id) => !accountIds.has(id)),
      exclude: [...new Set([...m.audience.exclude, ...accountIds])],
    },
  });
  let { motions, accounts } = p;
  if (r.kind === 'shift-motion')
    motions = motions.map((m) => (m.id === r.motionId ? { ...m, start: r.start, end: r.end } : m));
  if (r.kind === 'exclude-accounts')
    motions = motions.map((m) => (m.id === r.motionId ? exclude(m) : m));
  if (r.kind === 'set-primary-team') {
    motions = motions.map((m) => (r.silenceMotionIds.includes(m.id) ? exclude(m) : m));
    accounts = accounts.map((a) => (accountIds.has(a.id) ? { ...a, primaryTeam: r.side } : a));
  }
  return { ...p, motions, accounts, audiences: resolveAudiences(accounts, motions) };
}

/** Conflicts as (group, account) pairs, by group id. */
function byGroup(p: ConflictPlan): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of allConflicts(detectConflicts(p))) {
    let set = out.get(c.groupId);
    if (!set) out.set(c.groupId, (set = new Set()));
    set.add(c.accountId);
  }
  return out;
}

function lines(p: ConflictPlan): string[] {
  return [...allConflicts(detectConflicts(p))].map((c) => `${c.id}:${c.window.first}`).sort();
}

describe('resolution previews', () => {
  it('name exactly the conflicts each resolution clears and creates (property)', () => {
    fc.assert(
      fc.property(planArb, fc.nat(), fc.nat(), (p, pickGroup, pickResolution) => {
        const index = detectConflicts(p);
        const groups = listGroups(index);
        if (groups.length === 0) return;
        const group = groups[pickGroup % groups.length]!;
        const choices = group.resolutions.filter((r) => r.kind !== 'accept');
        if (choices.length === 0) return;
        const resolution = choices[pickResolution % choices.length]!;
        const positions = groupAccounts(index, group.ref);
        const ids = new Set(positions.map((i) => p.accounts[i]!.id));
        const beforeIndex = [...allConflicts(index)].map((c) => `${c.id}:${c.window.first}`).sort();

        const change = resolutionChange(index, resolution, positions);
        const preview = previewChange(index, change!);

        const before = byGroup(p);
        const after = byGroup(applied(p, resolution, ids));
        const expected = new Map<string, { cleared: number; created: number }>();
        for (const id of new Set([...before.keys(), ...after.keys()])) {
          const was = before.get(id) ?? new Set();
          const now = after.get(id) ?? new Set();
          const cleared = [...was].filter((a) => !now.has(a)).length;
          const created = [...now].filter((a) => !was.has(a)).length;
          if (cleared || created) expected.set(id, { cleared, created });
        }
        const got = new Map(
          preview.groups
            .filter((g) => g.cleared || g.created)
            .map((g) => [g.groupId, { cleared: g.cleared, created: g.created }]),
        );
        expect(got).toEqual(expected);
        // The index is back as it was: same conflicts, same counts.
        expect([...allConflicts(index)].map((c) => `${c.id}:${c.window.first}`).sort()).toEqual(
          beforeIndex,
        );
        expect(beforeIndex).toEqual(lines(p));
        const counts = (gs: ReturnType<typeof listGroups>) =>
          gs.map((g) => `${g.id}:${g.accountCount}`).sort();
        expect(counts(listGroups(index))).toEqual(counts(groups));
      }),
      { numRuns: 400 },
    );
  });

  it('warn that making sales primary turns other marketing motions into owner violations', () => {
    const accounts = [account('acme'), account('beta')];
    const motions = [
      motion('nurture', 'Marketing', 'email', '2027-02-01', '2027-02-21'),
      motion('outbound', 'Sales', 'phone', '2027-02-10', '2027-03-10'),
      motion('mailer', 'Marketing', 'direct mail', '2027-03-01', '2027-03-05'),
    ];
    const p = plan(accounts, motions);
    const index = detectConflicts(p);
    const group = listGroups(index).find((g) => g.title === 'nurture ↔ outbound')!;
    const sales = group.resolutions.find(
      (r) => r.kind === 'set-primary-team' && r.side === 'sales',
    )!;
    const preview = previewChange(
      index,
      resolutionChange(index, sales, groupAccounts(index, group.ref))!,
    );
    const by = (rule: string) => preview.groups.filter((g) => g.rule === rule);
    expect(by('cross-team')).toMatchObject([{ cleared: 2, created: 0, severity: 'warn' }]);
    expect(by('primary-owner')).toMatchObject([
      { title: 'mailer on accounts sales owns', cleared: 0, created: 2, severity: 'block' },
    ]);
    expect(preview).toMatchObject({ cleared: 2, created: 2 });
  });
});
