// The command line's conflicts name person pressure with the people over the cap, counted
// from the workspace's contacts as the app counts them.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/runCli';
import { sequentialIds } from '../../../shared/domain/ids';
import { newMotion } from '../../../shared/motions/motionDefaults';
import { emptyWorkspace } from '../../../shared/workspace/workspaceData';
import { serializeWorkspace } from '../../../shared/workspace/workspaceFile';
import { person } from '../contacts/people';
import { makeAccount } from '../workspace/fixtures';

const NOW = '2027-01-05T10:00:00.000Z';
const audience = {
  tiers: [1 as const],
  segments: [],
  match: 'all' as const,
  include: [],
  exclude: [],
};

function run(contacts: ReturnType<typeof person>[], format: string[]) {
  const accounts = [makeAccount({ id: 'acme', domain: 'acme.example', tier: 1, status: 'target' })];
  const nurture = newMotion('m1', '2027-02-01', NOW, {
    name: 'Q1 nurture',
    end: '2027-02-14',
    touchesPerWeek: 2,
    audience,
  });
  const calls = newMotion('m2', '2027-02-01', NOW, {
    name: 'AE calls',
    kind: 'sales sequence',
    channel: 'phone',
    end: '2027-02-07',
    touchesPerWeek: 1,
    audience,
  });
  const ws = serializeWorkspace(
    { ...emptyWorkspace(), accounts, motions: [nurture, calls], contacts },
    'x',
  );
  return runCli(['conflicts', '--workspace', 'ws.json', ...format], {
    readFile: (path) => (path === 'ws.json' ? new TextEncoder().encode(ws) : null),
    now: NOW,
    newId: sequentialIds('t'),
  });
}

const ann = person({ id: 'c1', firstName: 'Ann', lastName: 'Lee', email: 'ann@acme.example' });

describe('conflicts on the command line', () => {
  it('list a person-pressure conflict for a buyer both teams reach in one week, naming her', () => {
    const result = run([ann], ['--json']);
    expect(result.exitCode).toBe(0);
    const out = JSON.parse(result.stdout) as {
      conflicts: { rule: string; first: string; last: string; people?: string[] }[];
    };
    const found = out.conflicts.filter((c) => c.rule === 'person-pressure');
    expect(found).toMatchObject([
      { first: '2027-02-01', last: '2027-02-07', people: ['Ann Lee (3)'] },
    ]);
    const text = run([ann], []).stdout;
    expect(text).toMatch(/WARN {2}person-pressure .*2027-02-01…2027-02-07.*people: Ann Lee \(3\)/);
  });

  it('list none when the buyer asked not to be called, or when nobody is matched there', () => {
    const rules = (r: ReturnType<typeof run>) =>
      (JSON.parse(r.stdout) as { conflicts: { rule: string }[] }).conflicts.map((c) => c.rule);
    expect(rules(run([{ ...ann, doNotCall: true }], ['--json']))).not.toContain('person-pressure');
    expect(rules(run([{ ...ann, email: 'ann@elsewhere.example' }], ['--json']))).not.toContain(
      'person-pressure',
    );
  });
});
