// The sample workspace shows the owner directory at work: reps with e-mails and CRM ids, and
// a Salesforce update file with the ID, the ABM fields and only the sample's few changes.
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../shared/export/exportProfiles';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';

describe('the sample owner directory', () => {
  const ws = buildSampleWorkspace('2026-11-26');

  it('holds every rep of the sample accounts, each with an e-mail and both CRM ids', () => {
    const names = new Set(ws.accounts.map((a) => a.owner));
    expect(new Set(ws.owners.map((o) => o.name))).toEqual(names);
    for (const o of ws.owners) {
      expect(o.email).toMatch(/@workbench\.example$/);
      expect(o.salesforceUserId).toMatch(/^005[A-Za-z0-9]{15}$/);
      expect(o.hubspotOwnerId).toMatch(/^\d+$/);
    }
  });

  it('its Salesforce update file sends the reassigned owners and the corrected industries only', () => {
    const run = runExport(ws, 'salesforce-accounts');
    if (!run.ok) throw new Error(run.error);
    const update = run.result.tables.find((t) => t.suffix === 'update');
    expect(update?.headers.slice(0, 4)).toEqual([
      'Account ID',
      'Industry',
      'Account Owner ID',
      'Account Owner Email',
    ]);
    const owner = update?.headers.indexOf('Account Owner Email') ?? -1;
    const reassigned = update?.rows.filter((r) => r[owner] !== '') ?? [];
    expect(reassigned.length).toBeGreaterThan(5);
    expect(reassigned.length).toBeLessThan((update?.rows.length ?? 0) / 5);
    expect(run.result.problems.filter((p) => p.file.includes('update'))).toEqual([]);
  });
});
