// A planner who means "Tier 1 fintech accounts" gets exactly those, and every part of the
// product — the editor's sentence, detection, the exports and the command line — counts the
// same accounts; "match any" still reaches either.
import { describe, expect, it } from 'vitest';
import type { Audience } from '../../../shared/domain/types';
import { buildAudienceIndex } from '../../../shared/motions/audience';
import { audienceBreakdown, audienceSentence } from '../../../shared/motions/audienceSentence';
import { motionAudiences } from '../../../shared/export/motionAudiences';
import { newMotion } from '../../../shared/motions/motionDefaults';
import { runCli } from '../../../cli/runCli';
import { sequentialIds } from '../../../shared/domain/ids';
import { emptyWorkspace } from '../../../shared/workspace/workspaceData';
import { serializeWorkspace } from '../../../shared/workspace/workspaceFile';
import { makeAccount } from '../workspace/fixtures';

const NOW = '2027-01-05T10:00:00.000Z';
// Tier 1: t1a, t1b (fintech), t1c (retail); fintech outside Tier 1: t2f; a fintech candidate.
const accounts = [
  makeAccount({ id: 't1a', domain: 't1a.example', tier: 1, tags: ['Fintech'] }),
  makeAccount({ id: 't1b', domain: 't1b.example', tier: 1, tags: ['fintech'] }),
  makeAccount({ id: 't1c', domain: 't1c.example', tier: 1, tags: ['retail'] }),
  makeAccount({ id: 't2f', domain: 't2f.example', tier: 2, tags: ['fintech'] }),
  makeAccount({
    id: 'cand',
    domain: 'cand.example',
    tier: 1,
    tags: ['fintech'],
    status: 'candidate',
  }),
];
const index = buildAudienceIndex(accounts);
const audience = (patch: Partial<Audience>): Audience => ({
  tiers: [1],
  segments: ['fintech'],
  match: 'all',
  include: [],
  exclude: [],
  ...patch,
});

describe('an audience of Tier 1 and fintech', () => {
  it('counts the intersection and says so in one sentence', () => {
    const all = audience({});
    expect(audienceSentence(all, audienceBreakdown(index, all))).toBe(
      'Tier 1 accounts in fintech: 2 accounts',
    );
    const listed = audience({ include: ['t2f', 't1a', 'cand'], exclude: ['t1b'] });
    expect(audienceBreakdown(index, listed)).toEqual({
      selected: 2,
      included: 2,
      excluded: 1,
      total: 3,
    });
    expect(audienceSentence(listed, audienceBreakdown(index, listed))).toBe(
      'Tier 1 accounts in fintech, plus 2 included, minus 1 excluded: 3 accounts',
    );
  });

  it('with "match any" reaches either, and says that instead', () => {
    const any = audience({ match: 'any' });
    expect(audienceSentence(any, audienceBreakdown(index, any))).toBe(
      'Accounts that are Tier 1 or in fintech: 4 accounts',
    );
    const one = audience({ segments: [], include: ['cand'] });
    expect(audienceSentence(one, audienceBreakdown(index, one))).toBe(
      'Tier 1 accounts, plus 1 included: 4 accounts',
    );
    const none = audience({ tiers: [], segments: [] });
    expect(audienceSentence(none, audienceBreakdown(index, none))).toBe(
      'No tiers, segments or included accounts: 0 accounts',
    );
  });

  it('the exports and the command line reach the same two accounts', () => {
    const nurture = newMotion('m1', '2027-02-01', NOW, {
      name: 'Tier 1 fintech nurture',
      audience: audience({}),
    });
    const sequence = newMotion('m2', '2027-02-08', NOW, {
      name: 'AE fintech sequence',
      kind: 'sales sequence',
      audience: audience({}),
    });
    const { members } = motionAudiences(accounts, [nurture, sequence]);
    expect([...members.get('m1')!].map((p) => accounts[p]!.id)).toEqual(['t1a', 't1b']);

    const ws = serializeWorkspace(
      { ...emptyWorkspace(), accounts, motions: [nurture, sequence] },
      'x',
    );
    const result = runCli(['conflicts', '--workspace', 'ws.json', '--json'], {
      readFile: (path) => (path === 'ws.json' ? new TextEncoder().encode(ws) : null),
      now: NOW,
      newId: sequentialIds('t'),
    });
    expect(result.exitCode).toBe(0);
    const out = JSON.parse(result.stdout) as {
      conflicts: { rule: string; accountDomains: string[] }[];
    };
    const crossTeam = out.conflicts.filter((c) => c.rule === 'cross-team');
    expect(crossTeam.flatMap((c) => c.accountDomains).sort()).toEqual([
      't1a.example',
      't1b.example',
    ]);
  });
});
