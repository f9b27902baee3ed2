// Format version 7: the workspace file carries the version stamps, tombstones and version
// vector a merge needs; an older file opens with none, and merging into it takes the stamped
// copy's edits without a conflict.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyMergeDecisions } from '../../../shared/merge/applyMergeDecisions';
import { createHlc } from '../../../shared/merge/hlc';
import { planMerge } from '../../../shared/merge/mergeWorkspaces';
import { ROW_TABLES } from '../../../shared/workspace/workspaceData';
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

describe('workspace format version 7', () => {
  it('opens exactly as written, stamps and all, and saves back the same', () => {
    const raw = JSON.parse(fixture(7)) as { data: Record<string, unknown[]>; sync: unknown };
    for (const table of ROW_TABLES) expect(raw.data[table]?.length, table).toBeGreaterThan(0);
    const parsed = open(fixture(7));
    // Version 8 (accounts' own days) adds nothing; version 9 (person pressure) adds the person cap and its rule's severity, nothing else.
    expect(parsed.migratedFrom).toBe(7);
    const settings = raw.data.settings as unknown as { severities: object };
    raw.data.settings = {
      ...settings,
      personTouchCap: 2,
      severities: { ...settings.severities, 'person-pressure': 'warn' },
    } as never;
    expect(parsed.data).toEqual(raw.data);
    expect(parsed.sync).toEqual(raw.sync);
    expect(parsed.sync.tombstones.accounts?.['sample-5']).toMatch(/-laptop-mops-7f3a$/);
    const again = open(serializeWorkspace(parsed.data, 'y', '0.1.0', parsed.sync));
    expect(again.sync).toEqual(raw.sync);
    expect(again.data).toEqual(raw.data);
  });

  it("a version 5 file migrates with no stamps, and takes the stamped copy's edits without a conflict", () => {
    const old = open(fixture(5));
    const stamped = open(fixture(7));
    const plan = planMerge(old, stamped);
    expect(plan.conflicts).toEqual([]);
    expect(plan.preview.accounts.removed).toEqual(['sample-5']);
    expect(plan.preview.accounts.changed).toEqual([{ key: 'sample-2', fields: ['primaryTeam'] }]);
    expect(plan.preview.motions.changed).toEqual([{ key: 'sample-304', fields: ['start'] }]);
    expect(plan.preview.blackouts.added).toEqual(['blackout-v7']);
    expect(plan.preview.settings.changed).toEqual([
      { key: 'settings', fields: ['weeklyTouchCap'] },
    ]);
    const done = applyMergeDecisions(
      plan,
      {},
      createHlc('laptop-sops-21c9', () => 0),
    );
    if (!done.ok) throw new Error('undecided');
    // Both copies are now the same workspace: merging again either way does nothing.
    expect(planMerge(stamped, done.merged).conflicts).toEqual([]);
    expect(planMerge(done.merged, stamped).outcomes.accounts).toEqual([]);
  });

  it('a stamp that is not one is refused, naming where it is, and nothing opens', () => {
    const doc = JSON.parse(fixture(7)) as {
      sync: { stamps: { motions: Record<string, { fields: Record<string, string> }> } };
    };
    doc.sync.stamps.motions['sample-304']!.fields.start = 'yesterday';
    const parsed = parseWorkspaceFile(JSON.stringify(doc), 'mine.json');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(
      /^mine\.json: .*sync.*stamps.*motions.*sample-304.*start.*version stamp/s,
    );
  });

  it('a version 7 file without its "sync" section is refused', () => {
    const doc = JSON.parse(fixture(7)) as Record<string, unknown>;
    delete doc.sync;
    const parsed = parseWorkspaceFile(JSON.stringify(doc), 'mine.json');
    expect(!parsed.ok && parsed.error).toMatch(/sync/);
  });
});
