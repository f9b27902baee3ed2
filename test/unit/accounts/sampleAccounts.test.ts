import { describe, expect, it } from 'vitest';
import { buildSampleAccounts } from '../../../shared/sample/accounts';
import { diffSnapshots, normalizeDomain } from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';

describe('the sample target account list', () => {
  const sample = buildSampleAccounts('2027-02-10', sequentialIds('s'));

  it('is the same every time', () => {
    expect(buildSampleAccounts('2027-02-10', sequentialIds('s'))).toEqual(sample);
  });

  it('holds about 300 fictional companies with unique, normalized .example domains', () => {
    expect(sample.accounts.length).toBe(300);
    const domains = new Set(sample.accounts.map((a) => a.domain));
    expect(domains.size).toBe(300);
    for (const a of sample.accounts) {
      expect(a.domain.endsWith('.example')).toBe(true);
      expect(normalizeDomain(a.website)).toBe(a.domain);
    }
    expect(sample.accounts.filter((a) => a.status === 'target').length).toBeGreaterThan(200);
  });

  it('holds a few companies the CRMs list more than once, with ids no other account has', () => {
    const sf = sample.accounts.filter((a) => a.duplicateSalesforceIds.length > 0);
    const hs = sample.accounts.filter((a) => a.duplicateHubspotIds.length > 0);
    expect(sf.length).toBe(6);
    expect(hs.length).toBe(3);
    const ids = sample.accounts.flatMap((a) => [
      a.salesforceId,
      a.hubspotId,
      ...a.duplicateSalesforceIds,
      ...a.duplicateHubspotIds,
    ]);
    const present = ids.filter(Boolean);
    expect(new Set(present).size).toBe(present.length);
    for (const a of sf) expect(a.salesforceId).not.toBe('');
    for (const a of hs) expect(a.hubspotId).not.toBe('');
  });

  it('has two snapshots, last quarter and this one, that differ', () => {
    const [before, after] = sample.talSnapshots;
    expect(before?.quarter).toBe('FY2026 Q4');
    expect(after?.quarter).toBe('FY2027 Q1');
    const diff = diffSnapshots(before?.entries ?? [], after?.entries ?? [], 25);
    expect(diff.added.length + diff.removed.length + diff.tierChanged.length).toBeGreaterThan(0);
  });
});
