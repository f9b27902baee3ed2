// Subdomains of one registrable domain (eu.acme.com and acme.com) are suggested as possible
// duplicates, never merged silently; a confirmed suggestion merges into the oldest account.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DUPLICATE_ID_FIELDS,
  importAccounts,
  mergeStoredAccounts,
  retargetAccountReferences,
  suggestSubdomainDuplicates,
  suggestionKey,
  websiteDomain,
} from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Account, Blackout, Motion } from '../../../shared/domain/types';
import { newMotion } from '../../../shared/motions/motionDefaults';
import { makeAccount } from '../workspace/fixtures';

function account(id: string, website: string, patch: Partial<Account> = {}): Account {
  return makeAccount({ id, name: id, website, domain: websiteDomain(website).domain, ...patch });
}

describe('possible duplicates across subdomains', () => {
  it('groups eu.acme.com with acme.com, oldest first, and leaves other companies alone', () => {
    const accounts = [
      account('eu', 'https://eu.acme.com', { createdAt: '2026-03-01T00:00:00.000Z' }),
      account('acme', 'acme.com', { createdAt: '2026-01-01T00:00:00.000Z' }),
      account('beta', 'beta.com'),
      account('shop', 'shop.acme.co.uk'),
      account('uk', 'acme.co.uk'),
    ];
    const suggestions = suggestSubdomainDuplicates(accounts);
    expect(suggestions.map((s) => [s.registrableDomain, s.accounts.map((a) => a.id)])).toEqual([
      ['acme.co.uk', ['shop', 'uk']],
      ['acme.com', ['acme', 'eu']],
    ]);
    expect(suggestions[1]?.key).toBe(suggestionKey('acme.com', ['eu', 'acme']));
  });

  it('the import never merges them: two accounts, one suggestion', () => {
    const r = importAccounts(
      [
        {
          name: 'f.csv',
          bytes: 'Account Name,Website\nAcme,acme.com\nAcme EU,https://eu.acme.com\n',
        },
      ],
      [],
      {
        policy: 'fill-empty',
        defaultStatus: 'candidate',
        now: '2027-01-01T00:00:00.000Z',
        newId: sequentialIds('n'),
        profile: null,
      },
    );
    if (!r.ok) throw new Error('import failed');
    expect(r.counts).toMatchObject({ new: 2, merged: 0 });
    expect(suggestSubdomainDuplicates(r.newAccounts)).toHaveLength(1);
  });

  it('never suggests non-company hosts, accounts of one domain only, or removed accounts', () => {
    const accounts = [
      account('a', 'acme.wixsite.com'),
      account('b', 'beta.wixsite.com'),
      account('c', 'linkedin.com/company/c'),
      // Stored before the rule: still holds the platform's host as its domain.
      makeAccount({ id: 'd', website: 'de.linkedin.com/x', domain: 'de.linkedin.com' }),
      makeAccount({ id: 'e', website: 'linkedin.com/y', domain: 'linkedin.com' }),
      account('f', 'same.com'),
      account('g', 'same.com'),
      account('h', 'gone.com'),
      account('i', 'eu.gone.com', { status: 'removed', removedReason: 'Closed' }),
    ];
    expect(suggestSubdomainDuplicates(accounts)).toEqual([]);
  });

  it('a dismissed group stays dismissed until another account joins it', () => {
    const accounts = [account('a', 'acme.com'), account('b', 'eu.acme.com')];
    const [suggestion] = suggestSubdomainDuplicates(accounts);
    const dismissed = new Set([suggestion?.key ?? '']);
    expect(suggestSubdomainDuplicates(accounts, dismissed)).toEqual([]);
    const joined = suggestSubdomainDuplicates(
      [...accounts, account('c', 'us.acme.com')],
      dismissed,
    );
    expect(joined.map((s) => s.accounts.length)).toEqual([3]);
  });

  it('every account in a suggestion shares its registrable domain, and every mixed domain is suggested', () => {
    const host = fc.tuple(
      fc.constantFrom('', 'eu.', 'us.', 'shop.'),
      fc.constantFrom('acme', 'beta', 'gamma'),
      fc.constantFrom('.com', '.co.uk'),
    );
    fc.assert(
      fc.property(fc.array(host, { maxLength: 12 }), (hosts) => {
        const accounts = hosts.map(([sub, name, tld], i) =>
          account(`a${i}`, `${sub}${name}${tld}`),
        );
        const suggestions = suggestSubdomainDuplicates(accounts);
        const byRegistrable = new Map<string, Set<string>>();
        for (const [sub, name, tld] of hosts) {
          const set = byRegistrable.get(name + tld) ?? new Set<string>();
          set.add(sub);
          byRegistrable.set(name + tld, set);
        }
        const expected = [...byRegistrable].filter(([, subs]) => subs.size > 1).map(([r]) => r);
        expect(suggestions.map((s) => s.registrableDomain).sort()).toEqual(expected.sort());
        for (const s of suggestions) {
          for (const a of s.accounts) expect(a.domain.endsWith(s.registrableDomain)).toBe(true);
        }
      }),
    );
  });

  // How fast is a benchmark's question (test/bench), not a test's: this one asserts what the
  // grouping finds at the size the workbench is built for.
  it('groups 100,000 accounts: each regional subdomain with its company, and nothing else', () => {
    const accounts: Account[] = [];
    for (let i = 0; i < 100_000; i++) {
      const site = i % 50 === 0 ? `eu.company${i - 1}.com` : `company${i}.com`;
      accounts.push(account(`a${i}`, site));
    }
    const suggestions = suggestSubdomainDuplicates(accounts);
    // Every 50th account (but the first, whose company−1 does not exist) is eu.<company>.com.
    expect(suggestions).toHaveLength(1_999);
    const byDomain = new Map(suggestions.map((s) => [s.registrableDomain, s]));
    for (let i = 50; i < 100_000; i += 50) {
      const s = byDomain.get(`company${i - 1}.com`);
      expect(s?.accounts.map((a) => a.id).sort()).toEqual([`a${i - 1}`, `a${i}`].sort());
    }
    expect(byDomain.has('company-1.com')).toBe(false);
  });
});

describe('merging a confirmed suggestion', () => {
  const acme = account('acme', 'acme.com', {
    createdAt: '2026-01-01T00:00:00.000Z',
    salesforceId: '001A000001NXWytIAH',
    industry: '',
    employees: null,
    tags: ['fintech'],
    status: 'candidate',
    custom: { Type: 'Prospect' },
  });
  const eu = account('eu', 'https://eu.acme.com', {
    createdAt: '2026-02-01T00:00:00.000Z',
    name: 'Acme EMEA',
    salesforceId: '001A000001NXWzzIAH',
    hubspotId: '9001',
    industry: 'Computer Software',
    employees: 400,
    tags: ['FinTech', 'emea'],
    status: 'target',
    owner: 'Someone Else',
    custom: { Type: 'Partner', Region2: 'EU' },
  });

  it('keeps the oldest, fills its empty fields, links the ids and deletes the others', () => {
    const merge = mergeStoredAccounts([eu, acme], '2027-01-01T00:00:00.000Z');
    expect(merge.removedIds).toEqual(['eu']);
    expect(merge.survivor).toMatchObject({
      id: 'acme',
      name: 'acme',
      website: 'acme.com',
      domain: 'acme.com',
      salesforceId: '001A000001NXWytIAH',
      hubspotId: '9001',
      industry: 'Computer Software',
      employees: 400,
      owner: 'Dana Rep',
      tags: ['fintech', 'emea'],
      status: 'target',
      updatedAt: '2027-01-01T00:00:00.000Z',
    });
    expect(merge.survivor.custom).toEqual({
      Type: 'Prospect',
      Region2: 'EU',
      [DUPLICATE_ID_FIELDS.salesforceId]: '001A000001NXWzzIAH',
    });
    expect(merge.duplicateIds).toEqual({ salesforceId: ['001A000001NXWzzIAH'], hubspotId: [] });
    // The inputs are not changed.
    expect(acme.hubspotId).toBe('');
  });

  it('points the motions and blackouts that named a merged account at the survivor', () => {
    const motion: Motion = {
      ...newMotion('m1', '2027-01-01', '2027-01-01T00:00:00.000Z'),
      audience: {
        match: 'all',
        tiers: [],
        segments: [],
        include: ['eu', 'acme', 'other'],
        exclude: ['eu'],
      },
    };
    const untouched: Motion = {
      ...motion,
      id: 'm2',
      audience: { ...motion.audience, include: ['x'], exclude: [] },
    };
    const blackouts: Blackout[] = [
      {
        id: 'b1',
        scope: { kind: 'account', accountId: 'eu' },
        start: '2027-01-01',
        end: '2027-01-05',
        reason: 'Negotiation',
      },
      {
        id: 'b2',
        scope: { kind: 'everyone' },
        start: '2027-01-01',
        end: '2027-01-05',
        reason: 'Holidays',
      },
    ];
    const refs = retargetAccountReferences([motion, untouched], blackouts, ['eu'], 'acme', 'now');
    expect(refs.motions.map((m) => [m.id, m.audience.include, m.audience.exclude])).toEqual([
      ['m1', ['acme', 'other'], ['acme']],
    ]);
    expect(refs.blackouts).toEqual([
      { ...blackouts[0], scope: { kind: 'account', accountId: 'acme' } },
    ]);
  });
});
