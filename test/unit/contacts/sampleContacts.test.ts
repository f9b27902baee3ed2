// The sample workspace shows people: a few hundred contacts and leads, matched every way and
// some not, and both campaign-member exports work on it.
import { describe, expect, it } from 'vitest';
import { matchPeople } from '../../../shared/contacts/matchAccounts';
import { runExport } from '../../../shared/export/exportProfiles';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';

describe('sample contacts', () => {
  const ws = buildSampleWorkspace('2027-01-11');

  it('a few hundred people, the same every time', () => {
    expect(ws.contacts.length).toBeGreaterThanOrEqual(200);
    expect(ws.contacts.length).toBeLessThan(500);
    expect(buildSampleWorkspace('2027-01-11').contacts).toEqual(ws.contacts);
  });

  it('every matching rule and unmatched people show', () => {
    const reasons = new Set(matchPeople(ws.accounts, ws.contacts).map((m) => m.reason));
    expect(reasons).toEqual(
      new Set(['salesforce-account-id', 'email-domain', 'company-name', null]),
    );
  });

  it('the campaign-member exports run without errors on the sample', () => {
    const motion = ws.motions.find((m) => m.salesforceId !== '');
    expect(motion).toBeDefined();
    for (const profile of ['salesforce-campaign-members', 'hubspot-contact-list', 'leads-on-tal']) {
      const run = runExport(ws, profile, { motion: motion?.name });
      if (!run.ok) throw new Error(run.error);
      expect(run.result.tables[0]?.rows.length, profile).toBeGreaterThan(0);
      expect(
        run.result.problems.filter((p) => p.severity === 'error'),
        profile,
      ).toEqual([]);
    }
  });
});
