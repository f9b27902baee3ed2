import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import { parseWorkspaceFile, serializeWorkspace } from '../../../shared/workspace/workspaceFile';

describe('the sample workspace', () => {
  const ws = buildSampleWorkspace('2026-11-26');

  it('is a valid workspace file', () => {
    const parsed = parseWorkspaceFile(serializeWorkspace(ws, '2026-11-26T00:00:00.000Z'));
    expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
  });

  it('is the same every time it is built', () => {
    expect(buildSampleWorkspace('2026-11-26')).toEqual(ws);
  });

  it('shows every feature: accounts, an ICP profile, snapshots, motions, blackouts and RACI grids', () => {
    expect(ws.accounts.length).toBeGreaterThanOrEqual(200);
    expect(ws.icpProfiles.length).toBeGreaterThan(0);
    expect(ws.talSnapshots.length).toBeGreaterThanOrEqual(2);
    expect(ws.raciGrids.length).toBeGreaterThanOrEqual(2);
    expect(ws.motions.length).toBeGreaterThanOrEqual(8);
    expect(ws.blackouts.length).toBeGreaterThan(0);
  });

  it('uses unique ids across all tables', () => {
    const ids = [...ws.accounts, ...ws.motions, ...ws.raciGrids, ...ws.blackouts].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
