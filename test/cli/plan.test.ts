// `abm-workbench plan` (issue 15): the sample workspace's proposal printed the same way every
// run, nothing written without --apply, the written workspace free of block conflicts, and a
// plan with blocks left explained with exit 3 and nothing written, even with --apply.
import { describe, expect, it } from 'vitest';
import { runNodeCli, type NodeCliIo } from '../../cli/nodeCli';
import { runCli } from '../../cli/runCli';
import { sequentialIds } from '../../shared/domain/ids';
import { buildSampleWorkspace } from '../../shared/sample/sampleWorkspace';
import { serializeWorkspace } from '../../shared/workspace/workspaceFile';

const NOW = '2027-01-12T10:00:00.000Z';
const SAMPLE = serializeWorkspace(buildSampleWorkspace('2027-01-10'), NOW);

function run(argv: string[], files: Record<string, string> = { 'ws.json': SAMPLE }) {
  return runCli(argv, {
    readFile: (path) => (path in files ? new TextEncoder().encode(files[path]) : null),
    now: NOW,
    newId: sequentialIds('t'),
  });
}

describe('abm-workbench plan', () => {
  it('prints the proposal grouped by motion, the same every run, and writes nothing', () => {
    const first = run(['plan', '--workspace', 'ws.json']);
    expect(first.exitCode).toBe(0);
    expect(first.writes).toEqual([]);
    expect(first.stdout).toMatch(/^Proposal for ws\.json: \d+ change\(s\): [1-9]\d* shift\(s\)/);
    expect(first.stdout).toMatch(/Conflicts before → after: block 830 → 0, warn 884 → \d+/);
    expect(first.stdout).toContain('\nSDR outbound email sequence:\n  - moved ');
    expect(first.stdout).toContain('run again with --apply');
    expect(run(['plan', '--workspace', 'ws.json']).stdout).toBe(first.stdout);
  });

  it('with --apply writes a workspace the conflicts command finds no block in', () => {
    const applied = run(['plan', '--workspace', 'ws.json', '--apply']);
    expect(applied.exitCode).toBe(0);
    expect(applied.writes.map((w) => w.path)).toEqual(['ws.json']);
    expect(applied.stdout).toMatch(/Wrote ws\.json: \d+ change\(s\) applied\./);
    const written = { 'ws.json': applied.writes[0]!.text };
    const conflicts = JSON.parse(
      run(['conflicts', '--workspace', 'ws.json', '--json'], written).stdout,
    );
    expect(conflicts.counts.block).toBe(0);
    const budgets = (text: string) =>
      JSON.parse(text).data.motions.map((m: { budget: unknown }) => m.budget);
    expect(budgets(written['ws.json'])).toEqual(budgets(SAMPLE));
    // Planned again, the written plan needs nothing more.
    const again = run(['plan', '--workspace', 'ws.json', '--json'], written);
    expect(JSON.parse(again.stdout)).toMatchObject({
      ok: true,
      after: { bySeverity: { block: 0 } },
    });
  });

  it('exits 3 when blocks remain, explains them, and writes nothing even with --apply', async () => {
    const argv = ['plan', '--workspace', 'ws.json', '--moves', 'shift', '--apply'];
    const result = run(argv);
    expect(result.exitCode).toBe(3);
    expect(result.writes).toEqual([]);
    expect(result.stdout).toMatch(/Not cleared \(\d+ block conflict\(s\)\):\n {2}- \d+ accounts? /);
    expect(result.stdout).toContain('Nothing was written: block conflicts remain');
    const written: string[] = [];
    const io: NodeCliIo = {
      fileSize: () => SAMPLE.length,
      readFile: () => new TextEncoder().encode(SAMPLE),
      writeFile: async (path) => void written.push(path),
      stdout: () => {},
      stderr: () => {},
      now: () => NOW,
      newId: () => 'x',
    };
    expect(await runNodeCli(argv, io)).toBe(3);
    expect(written).toEqual([]);
  });

  it('reads each motion’s constraints and the workspace’s moves from the workspace file', () => {
    const ws = buildSampleWorkspace('2027-01-10');
    // Every motion's dates locked in the file: the proposal moves none, and clears by exclusion.
    const locked = {
      ...ws,
      motions: ws.motions.map((m) => ({ ...m, planning: { lockedDates: true } })),
    };
    const json = JSON.parse(
      run(['plan', '--workspace', 'ws.json', '--json'], {
        'ws.json': serializeWorkspace(locked, NOW),
      }).stdout,
    );
    const kinds = json.motions.flatMap((g: { changes: { kind: string }[] }) =>
      g.changes.map((c) => c.kind),
    );
    expect(kinds).not.toContain('shift');
    expect(kinds.length).toBeGreaterThan(0);
    // The workspace lets the planner only shift: blocks remain (exit 3), as with --moves shift.
    const onlyShift = { ...ws, settings: { ...ws.settings, plannerMoves: ['shift' as const] } };
    const files = { 'ws.json': serializeWorkspace(onlyShift, NOW) };
    const fromSetting = run(['plan', '--workspace', 'ws.json', '--json'], files);
    expect(fromSetting.exitCode).toBe(3);
    expect(JSON.parse(fromSetting.stdout).moves).toEqual(['shift']);
    // --moves overrides the setting.
    const asked = run(
      ['plan', '--workspace', 'ws.json', '--moves', 'shift,exclude,primary,handover'],
      files,
    );
    expect(asked.exitCode).toBe(0);
  });

  it('takes the primary-team rule and the minimum audience from the command line', () => {
    const argv = ['plan', '--workspace', 'ws.json', '--json', '--moves', 'exclude,primary'];
    const strict = JSON.parse(run([...argv, '--minimum-audience', '100%']).stdout);
    expect(strict.ok).toBe(false);
    expect(strict.unresolved[0].explanation).toContain('must keep 100% of its audience');
    const byTier = JSON.parse(
      run([...argv, '--minimum-audience', '0', '--primary-rule', 'tier']).stdout,
    );
    const primaries = byTier.motions.find((g: { motionId: string }) => g.motionId === '').changes;
    expect(primaries.length).toBeGreaterThan(0);
    // The sample's cross-team collisions are on Tier 1 accounts: sales keeps them all.
    expect(primaries.every((c: { side: string }) => c.side === 'sales')).toBe(true);
    expect(byTier.ok).toBe(true);
  });

  it('--json lists the changes by motion with reasons and the counts by rule', () => {
    const json = JSON.parse(run(['plan', '--workspace', 'ws.json', '--json']).stdout);
    expect(json).toMatchObject({
      ok: true,
      written: false,
      moves: ['shift', 'exclude', 'primary', 'stagger', 'handover'],
    });
    expect(json.before.byRule['cross-team'].block).toBeGreaterThan(0);
    expect(json.after.byRule['cross-team'].block).toBe(0);
    const first = json.motions[0];
    expect(first.changes[0]).toMatchObject({ reason: expect.stringMatching(/clears/) });
    // Every block cleared without putting more buyers over the per-person cap: nothing to note.
    const personPressure = (c: { byRule: Record<string, Record<string, number>> }) =>
      Object.values(c.byRule['person-pressure'] ?? {}).reduce((n, k) => n + k, 0);
    expect(personPressure(json.after)).toBeLessThanOrEqual(personPressure(json.before));
    expect(json.notes).toEqual([]);
  });

  it('with dates that may not shift, the sample is staggered and handed over instead', () => {
    const json = JSON.parse(
      run([
        'plan',
        '--workspace',
        'ws.json',
        '--json',
        '--moves',
        'exclude,primary,stagger,handover',
      ]).stdout,
    );
    expect(json.after.bySeverity.block).toBeLessThan(json.before.bySeverity.block);
    // The accounts keep both motions, one after the other.
    const changes = json.motions.flatMap(
      (g: { changes: { kind: string; reason: string }[] }) => g.changes,
    );
    const reasons = (kind: string) =>
      changes
        .filter((c: { kind: string }) => c.kind === kind)
        .map((c: { reason: string }) => c.reason);
    expect(reasons('stagger').join('\n')).toMatch(
      /^staggered(?: into \d+ waves)?: \d+ accounts? starts? /m,
    );
    expect(reasons('handover').join('\n')).toMatch(
      /^handed over to (sales|marketing) on \d+ accounts? from \w+ \d+: clears /m,
    );
  });

  it('refuses an unknown move (exit 1) and a missing workspace (exit 2)', () => {
    const bad = run(['plan', '--workspace', 'ws.json', '--moves', 'shift,teleport']);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('--moves takes a comma-separated list of shift, exclude');
    expect(run(['plan', '--workspace', 'nope.json']).exitCode).toBe(2);
    const share = run(['plan', '--workspace', 'ws.json', '--minimum-audience', '120']);
    expect(share.exitCode).toBe(1);
    expect(share.stderr).toContain('--minimum-audience takes a percentage from 0 to 100');
    expect(run(['plan', '--help']).stdout).toContain('Exit 3 when block conflicts remain');
  });

  it('--today bounds the proposal: nothing before it, and a bad date is a usage error', () => {
    const at = (today: string) =>
      JSON.parse(run(['plan', '--workspace', 'ws.json', '--json', '--today', today]).stdout) as {
        motions: { changes: { kind: string; details?: string }[] }[];
        unresolved: { explanation: string }[];
      };
    const early = run(['plan', '--workspace', 'ws.json', '--json', '--today', '2026-12-01']);
    // The same day prints the same proposal, whatever the clock says.
    expect(
      runCli(['plan', '--workspace', 'ws.json', '--json', '--today', '2026-12-01'], {
        readFile: (path) => (path === 'ws.json' ? new TextEncoder().encode(SAMPLE) : null),
        now: '2027-06-01T10:00:00.000Z',
        newId: sequentialIds('t'),
      }).stdout,
    ).toBe(early.stdout);
    // Late in the quarter most motions have started: fewer shifts than planned from December.
    const shifts = (p: ReturnType<typeof at>) =>
      p.motions.flatMap((m) => m.changes).filter((c) => c.kind === 'shift').length;
    expect(shifts(at('2027-03-01'))).toBeLessThan(shifts(at('2026-12-01')));
    const bad = run(['plan', '--workspace', 'ws.json', '--today', '2027-02-30']);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('--today takes a date as YYYY-MM-DD (got "2027-02-30")');
  });
});
