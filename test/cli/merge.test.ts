// `abm-workbench merge`: two managers' workspace files, merged on the command line. The
// preview is printed; conflicts without --prefer exit 3 and write nothing; the written file
// carries the merged stamps, so merging it back asks nothing; the CLI's own imports stamp
// their edits so a colleague's merge takes them.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/runCli';
import { sequentialIds } from '../../shared/domain/ids';
import { parseWorkspaceFile, serializeWorkspace } from '../../shared/workspace/workspaceFile';
import { makeAccount } from '../unit/workspace/fixtures';
import { baseWorkspace, edit, testClock } from '../unit/merge/mergeFixtures';
import type { StampedWorkspace } from '../../shared/merge/mergeWorkspaces';

const file = (ws: StampedWorkspace) => serializeWorkspace(ws.data, 'x', '0.1.0', ws.sync);

function run(argv: string[], files: Record<string, string>, now = '2027-01-05T10:00:00.000Z') {
  return runCli(argv, {
    readFile: (path) => (path in files ? new TextEncoder().encode(files[path]) : null),
    now,
    newId: sequentialIds('t'),
  });
}

function open(text: string) {
  const parsed = parseWorkspaceFile(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed;
}

function copies() {
  const base = baseWorkspace(3, 2);
  const a = testClock('laptop-a');
  const b = testClock('laptop-b');
  const mine = edit(base, a.clock, (d) => {
    d.motions[0]!.start = '2027-01-11';
    d.accounts[0]!.tier = 1;
  });
  const theirs = edit(base, b.clock, (d) => {
    d.accounts[0]!.tier = 3;
    d.accounts[1]!.primaryTeam = 'sales';
    d.accounts.push(makeAccount({ id: 'acc-new', name: 'Globex' }));
  });
  return { 'mine.json': file(mine), 'theirs.json': file(theirs) };
}

describe('merge on the command line', () => {
  it('conflicts without --prefer: the preview, exit 3, nothing written', () => {
    const result = run(['merge', '--workspace', 'mine.json', '--theirs', 'theirs.json'], copies());
    expect(result.exitCode).toBe(3);
    expect(result.writes).toEqual([]);
    expect(result.stdout).toContain('accounts: 1 added, 1 changed, 0 removed, 1 conflict(s)');
    expect(result.stdout).toContain('accounts "Account 0" (acc-0) tier: mine 1, theirs 3');
    expect(result.stderr).toContain('1 conflict(s) need a decision');
    const json = run(
      ['merge', '--workspace', 'mine.json', '--theirs', 'theirs.json', '--json'],
      copies(),
    );
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      written: false,
      conflicts: [{ table: 'accounts', key: 'acc-0', field: 'tier', mine: 1, theirs: 3 }],
    });
  });

  it('--prefer theirs writes MINE merged; merging it back into theirs, and again, asks nothing', () => {
    const files = copies();
    const result = run(
      ['merge', '--workspace', 'mine.json', '--theirs', 'theirs.json', '--prefer', 'theirs'],
      files,
    );
    expect(result.exitCode).toBe(0);
    expect(result.writes.map((w) => w.path)).toEqual(['mine.json']);
    const merged = open(result.writes[0]!.text);
    expect(merged.data.accounts.map((a) => [a.id, a.tier, a.primaryTeam])).toEqual([
      ['acc-0', 3, null],
      ['acc-1', 2, 'sales'],
      ['acc-2', 2, null],
      ['acc-new', 2, null],
    ]);
    expect(merged.data.motions[0]!.start).toBe('2027-01-11');
    expect(Object.keys(merged.sync.versionVector).sort()).toEqual(['laptop-a', 'laptop-b']);

    const back = run(['merge', '--workspace', 'theirs.json', '--theirs', 'mine.json'], {
      'theirs.json': files['theirs.json'],
      'mine.json': result.writes[0]!.text,
    });
    expect(back.exitCode).toBe(0);
    expect(open(back.writes[0]!.text).data).toEqual(merged.data);

    const twice = run(
      ['merge', '--workspace', 'mine.json', '--theirs', 'theirs.json', '--prefer', 'mine'],
      {
        'mine.json': result.writes[0]!.text,
        'theirs.json': files['theirs.json'],
      },
    );
    expect(twice.stdout).toContain('mine.json is unchanged.');
    expect(twice.writes).toEqual([]);
  });

  it('an unusable THEIRS file is exit 2 and names it', () => {
    const result = run(['merge', '--workspace', 'mine.json', '--theirs', 'nope.json'], copies());
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('nope.json');
  });

  it('the CLI stamps its own edits: an import into one copy merges into the other without a conflict', () => {
    const files = copies();
    const imported = run(
      ['import-accounts', 'acc.csv', '--workspace', 'theirs.json'],
      { ...files, 'acc.csv': 'Account Name,Website\r\nInitech,initech.example\r\n' },
      '2027-01-06T10:00:00.000Z',
    );
    expect(imported.exitCode).toBe(0);
    const theirs = open(imported.writes[0]!.text);
    // The file keeps the stamps it had and gains the import's.
    expect(Object.keys(theirs.sync.versionVector)).toEqual(['laptop-b']);
    const result = run(
      ['merge', '--workspace', 'mine.json', '--theirs', 'theirs.json', '--prefer', 'mine'],
      {
        'mine.json': files['mine.json'],
        'theirs.json': imported.writes[0]!.text,
      },
    );
    expect(result.stdout).toContain('accounts: 2 added');
    expect(open(result.writes[0]!.text).data.accounts.map((a) => a.name)).toContain('Initech');
  });
});
