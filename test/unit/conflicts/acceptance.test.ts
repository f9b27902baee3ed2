import { describe, expect, it } from 'vitest';
import {
  detectConflicts,
  groupFingerprint,
  listGroups,
  newAcceptance,
  validAcceptance,
} from '../../../shared/conflicts';
import type { ConflictMotion } from '../../../shared/conflicts';
import { account, blackout, motion, plan } from './planBuilder';

const nurture = motion('nurture', 'Marketing', 'email', '2027-02-01', '2027-02-21');
const outbound = motion('outbound', 'Sales', 'email', '2027-02-10', '2027-03-10');
const others = [motion('other', 'Sales', 'phone', '2027-06-01', '2027-06-10')];

function crossTeamGroup(motions: ConflictMotion[]) {
  const groups = listGroups(detectConflicts(plan([account('acme')], motions)));
  const found = groups.find((g) => g.rule === 'cross-team');
  if (!found) throw new Error('no cross-team group');
  return found;
}

describe('accepting a conflict with a note', () => {
  const all = [nurture, outbound, ...others];
  const group = crossTeamGroup(all);
  const accepted = newAcceptance(
    group.id,
    groupFingerprint(group, all, []),
    ' agreed ',
    '2027-02-05T09:00:00Z',
  );
  const byId = new Map([[accepted.id, accepted]]);

  it('holds while neither motion changes, and ignores edits to other motions', () => {
    expect(accepted.note).toBe('agreed');
    const otherMoved = [
      nurture,
      outbound,
      { ...others[0]!, start: '2027-07-01', end: '2027-07-05' },
    ];
    expect(validAcceptance(group.id, groupFingerprint(group, otherMoved, []), byId)).toBe(accepted);
  });

  it('is void once either motion changes its dates', () => {
    const moved = [nurture, { ...outbound, end: '2027-03-11' }, ...others];
    expect(validAcceptance(group.id, groupFingerprint(group, moved, []), byId)).toBeNull();
  });

  it('is void once either motion changes its audience', () => {
    const widened = [
      { ...nurture, audience: { ...nurture.audience, tiers: [1, 2] as (1 | 2)[] } },
      outbound,
      ...others,
    ];
    expect(validAcceptance(group.id, groupFingerprint(group, widened, []), byId)).toBeNull();
  });

  it('keeps the same group id when the motions move, so a new acceptance can follow', () => {
    const moved = crossTeamGroup([nurture, { ...outbound, start: '2027-02-12' }]);
    expect(moved.id).toBe(group.id);
  });

  it('for a blackout, also reopens when the blackout moves', () => {
    const b = blackout('neg', { kind: 'everyone' }, '2027-02-03', '2027-02-04');
    const g = listGroups(detectConflicts(plan([account('acme')], [nurture], [b]))).find(
      (x) => x.rule === 'blackout',
    )!;
    const fp = groupFingerprint(g, [nurture], [b]);
    expect(groupFingerprint(g, [nurture], [{ ...b, end: '2027-02-05' }])).not.toBe(fp);
  });
});
