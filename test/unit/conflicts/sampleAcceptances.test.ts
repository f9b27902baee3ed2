import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import { sampleAcceptances } from '../../../shared/sample/conflicts';
import {
  detectConflicts,
  groupFingerprint,
  listGroups,
  resolveAudiences,
  validAcceptance,
} from '../../../shared/conflicts';

describe('the sample workspace', () => {
  it('accepts one messaging clash with a note, and the acceptance holds for the sample plan', () => {
    const ws = buildSampleWorkspace('2027-02-10');
    const accepted = sampleAcceptances(
      ws.accounts,
      ws.motions,
      ws.blackouts,
      ws.settings,
      '2027-02-10',
    );
    expect(accepted).toHaveLength(1);
    expect(accepted[0]?.note).toMatch(/agreed/);
    const groups = listGroups(
      detectConflicts({ ...ws, audiences: resolveAudiences(ws.accounts, ws.motions) }),
    );
    const group = groups.find((g) => g.id === accepted[0]?.id);
    expect(group?.rule).toBe('messaging-clash');
    const fingerprint = groupFingerprint(group!, ws.motions, ws.blackouts);
    expect(
      validAcceptance(group!.id, fingerprint, new Map(accepted.map((a) => [a.id, a]))),
    ).not.toBeNull();
    expect(
      sampleAcceptances(ws.accounts, ws.motions, ws.blackouts, ws.settings, '2027-02-10'),
    ).toEqual(accepted);
  });
});
