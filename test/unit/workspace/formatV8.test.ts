// Format version 8: a motion may give accounts days of their own (a staggered wave, a
// hand-over); an older file has none and opens unchanged; the engine reads the days a file holds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountConflicts, detectConflicts, resolveAudiences } from '../../../shared/conflicts';
import { parseWorkspaceFile, serializeWorkspace } from '../../../shared/workspace/workspaceFile';

const fixture = (version: number) =>
  readFileSync(
    new URL(`../../fixtures/workspace/format-v${version}.abmworkspace.json`, import.meta.url),
    'utf8',
  );

function open(text: string, name = 'ws.json') {
  const parsed = parseWorkspaceFile(text, name);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed;
}

/** What version 9 (person pressure) adds to an older file's settings: the cap and its severity. */
function withPersonDefaults(data: Record<string, unknown>) {
  const settings = data.settings as { severities: object };
  return {
    ...data,
    settings: {
      ...settings,
      personTouchCap: 2,
      severities: { ...settings.severities, 'person-pressure': 'warn' },
    },
  };
}

describe('workspace format version 8', () => {
  it('opens exactly as written, the accounts’ own days and all, and saves back the same', () => {
    const raw = JSON.parse(fixture(8)) as { data: { motions: Record<string, unknown>[] } };
    const parsed = open(fixture(8));
    expect(parsed.migratedFrom).toBe(8);
    expect(parsed.data).toEqual(withPersonDefaults(raw.data));
    expect(parsed.data.motions[0]?.accountDates).toEqual({
      'sample-2': { end: '2026-10-28' },
      'sample-3': { start: '2026-11-02', laterField: 'kept' },
    });
    const again = open(serializeWorkspace(parsed.data, 'y', '0.1.0', parsed.sync));
    expect(again.data).toEqual(parsed.data);
  });

  it('a version 7 file opens with every row as it was: every account on its motion’s dates', () => {
    const v7 = JSON.parse(fixture(7)) as { data: Record<string, unknown>; sync: unknown };
    const parsed = open(fixture(7));
    expect(parsed.migratedFrom).toBe(7);
    expect(parsed.data).toEqual(withPersonDefaults(v7.data));
    expect(parsed.sync).toEqual(v7.sync);
    expect(parsed.data.motions.every((m) => m.accountDates === undefined)).toBe(true);
  });

  it('the hand-over in the file ends the collision it had in version 7', () => {
    const crossTeam = (version: number) => {
      const { data } = open(fixture(version));
      const index = detectConflicts({
        ...data,
        audiences: resolveAudiences(data.accounts, data.motions),
      });
      const i = index.accountPosition('sample-2')!;
      return accountConflicts(index, i).filter((c) => c.rule === 'cross-team');
    };
    expect(crossTeam(7).length).toBeGreaterThan(0);
    expect(crossTeam(8)).toEqual([]);
  });

  it('refuses an own day that is not a date, naming the motion and the account', () => {
    const doc = JSON.parse(fixture(8)) as {
      data: { motions: { accountDates?: Record<string, object> }[] };
    };
    doc.data.motions[0]!.accountDates = { 'sample-3': { start: '03/02/2027' } };
    const parsed = parseWorkspaceFile(JSON.stringify(doc), 'ws.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/motions.*0.*accountDates.*sample-3.*start/);
  });
});
