import { describe, expect, it } from 'vitest';
import { buildSampleAccounts } from '../../../shared/sample/accounts';
import {
  diffSnapshots,
  snapshotEntries,
  nonCompanyWebsiteLabel,
  normalizeDomain,
  suggestSubdomainDuplicates,
} from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';

describe('the sample target account list', () => {
  const sample = buildSampleAccounts('2027-02-10', sequentialIds('s'));

  it('is the same every time', () => {
    expect(buildSampleAccounts('2027-02-10', sequentialIds('s'))).toEqual(sample);
  });

  it('holds about 300 fictional companies with unique, normalized .example domains', () => {
    expect(sample.accounts.length).toBe(300);
    const companies = sample.accounts.filter((a) => a.domain !== '');
    expect(companies).toHaveLength(299);
    expect(new Set(companies.map((a) => a.domain)).size).toBe(299);
    for (const a of companies) {
      expect(a.domain.endsWith('.example')).toBe(true);
      expect(normalizeDomain(a.website)).toBe(a.domain);
    }
    expect(sample.accounts.filter((a) => a.status === 'target').length).toBeGreaterThan(200);
  });

  it('shows the domain rules: a LinkedIn page is no dedupe key, a subsidiary is a possible duplicate', () => {
    const [profile, ...others] = sample.accounts.filter((a) => a.domain === '');
    expect(others).toEqual([]);
    expect(profile?.website).toMatch(/^https:\/\/www\.linkedin\.com\/company\//);
    expect(profile?.hubspotId).not.toBe('');
    expect(nonCompanyWebsiteLabel(profile?.website ?? '')).toBe('Social or profile page');

    const [parent, subsidiary] = sample.accounts;
    const suggestions = suggestSubdomainDuplicates(sample.accounts);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]?.registrableDomain).toBe(parent?.domain);
    expect(suggestions[0]?.accounts.map((a) => a.id)).toEqual([parent?.id, subsidiary?.id]);
    expect(subsidiary?.domain).toBe(`emea.${parent?.domain}`);
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

  it('has a live list that moved on since this quarter was approved (next quarter planned)', () => {
    const current = sample.talSnapshots[1];
    const diff = diffSnapshots(current?.entries ?? [], snapshotEntries(sample.accounts), 25);
    expect(diff.added.length).toBeGreaterThan(0);
    expect(diff.removed.length).toBeGreaterThan(0);
    expect(diff.removed.every((r) => r.reason !== 'Removed (no reason given)')).toBe(true);
    expect(diff.tierChanged.length).toBeGreaterThan(0);
    expect(diff.ownerChanged.length).toBeGreaterThan(0);
  });
});
