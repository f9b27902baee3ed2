// Marketing Ops picks tiers and segments, adds and removes named accounts; the count must be exact.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AccountStatus, Audience, Tier } from '../../../shared/domain/types';
import {
  type AudienceAccount,
  audienceCount,
  buildAudienceIndex,
  isEmptyAudience,
  missingAudienceIds,
  offListIncludes,
  resolveAllAudiences,
  resolveAudience,
  resolveAudienceIds,
  segmentKeys,
  selectedCount,
} from '../../../shared/motions/audience';

function account(
  id: string,
  tier: Tier | null,
  status: AccountStatus,
  tags: string[] = [],
): AudienceAccount {
  return { id, tier, status, tags };
}

function audience(patch: Partial<Audience>): Audience {
  return { tiers: [], segments: [], match: 'all', include: [], exclude: [], ...patch };
}

const accounts = [
  account('acme', 1, 'target', ['Fintech']),
  account('globex', 1, 'candidate', ['fintech']),
  account('initech', 2, 'target', ['retail']),
  account('umbrella', 3, 'target', ['fintech', 'retail']),
  account('hooli', null, 'target', ['FinTech ']),
  account('stark', 2, 'removed', ['retail']),
];
const index = buildAudienceIndex(accounts);

describe('audience resolution', () => {
  it('tiers select target accounts of those tiers only', () => {
    expect(resolveAudienceIds(index, audience({ tiers: [1] }))).toEqual(['acme']);
    expect(resolveAudienceIds(index, audience({ tiers: [2, 3] }))).toEqual(['initech', 'umbrella']);
  });

  it('segments select target accounts carrying any of them, ignoring case and spaces', () => {
    expect(resolveAudienceIds(index, audience({ segments: ['fintech'] }))).toEqual([
      'acme',
      'umbrella',
      'hooli',
    ]);
    expect(resolveAudienceIds(index, audience({ segments: [' RETAIL'] }))).toEqual([
      'initech',
      'umbrella',
    ]);
  });

  it('tiers and segments together select accounts matching both (match all, the default)', () => {
    // Tier 1 or 3 AND fintech: acme (Tier 1) and umbrella (Tier 3); hooli has no tier.
    expect(resolveAudienceIds(index, audience({ tiers: [1, 3], segments: ['fintech'] }))).toEqual([
      'acme',
      'umbrella',
    ]);
    // A segment no account carries leaves nobody, however many the tiers hold.
    expect(audienceCount(index, audience({ tiers: [1, 2, 3], segments: ['nowhere'] }))).toBe(0);
  });

  it('"match any" unites tiers and segments without counting an account twice', () => {
    const any = audience({ tiers: [1, 3], segments: ['fintech'], match: 'any' });
    expect(resolveAudienceIds(index, any)).toEqual(['acme', 'umbrella', 'hooli']);
    expect(selectedCount(index, any)).toBe(3);
  });

  it('with only tiers or only segments, "match all" and "match any" agree', () => {
    for (const a of [audience({ tiers: [2, 3] }), audience({ segments: ['retail'] })]) {
      expect(resolveAudienceIds(index, a)).toEqual(
        resolveAudienceIds(index, { ...a, match: 'any' }),
      );
    }
  });

  it('the include list adds accounts whatever their status', () => {
    const a = audience({ tiers: [1], include: ['globex', 'stark', 'acme'] });
    expect(resolveAudienceIds(index, a)).toEqual(['acme', 'globex', 'stark']);
  });

  it('the exclude list removes accounts last, even ones the include list names', () => {
    const a = audience({ tiers: [1, 2], include: ['globex'], exclude: ['globex', 'initech'] });
    expect(resolveAudienceIds(index, a)).toEqual(['acme']);
  });

  it('an audience with nothing selected is empty', () => {
    expect(isEmptyAudience(audience({ exclude: ['acme'] }))).toBe(true);
    expect(audienceCount(index, audience({ exclude: ['acme'] }))).toBe(0);
  });

  it('names include-list accounts that are not targets (off-list targeting)', () => {
    const a = audience({ include: ['acme', 'globex', 'stark', 'gone', 'globex'] });
    expect(offListIncludes(index, a)).toEqual(['globex', 'stark']);
    expect(missingAudienceIds(index, a)).toEqual(['gone']);
  });

  it('resolving never changes the index a later motion reads', () => {
    const before = Array.from(index.byTier[1]!);
    resolveAudience(index, audience({ tiers: [1], exclude: ['acme'] }));
    expect(Array.from(index.byTier[1]!)).toEqual(before);
    expect(resolveAudienceIds(index, audience({ tiers: [1] }))).toEqual(['acme']);
  });

  it('resolves every motion at once, keyed by motion id', () => {
    const all = resolveAllAudiences(index, [
      { id: 'm1', audience: audience({ tiers: [1] }) },
      { id: 'm2', audience: audience({ segments: ['retail'] }) },
    ]);
    expect(Array.from(all.get('m1')!)).toEqual([0]);
    expect(Array.from(all.get('m2')!)).toEqual([2, 3]);
    expect(segmentKeys(index)).toEqual(['fintech', 'retail']);
  });

  it('agrees with the plain definition for any accounts and audience (property)', () => {
    const tags = ['a', 'B', 'c', 'd '];
    const accountArb = fc.record({
      tier: fc.constantFrom<Tier | null>(1, 2, 3, null),
      status: fc.constantFrom<AccountStatus>('candidate', 'target', 'removed'),
      tags: fc.subarray(tags),
    });
    fc.assert(
      fc.property(
        fc.array(accountArb, { maxLength: 40 }),
        fc.subarray<Tier>([1, 2, 3]),
        fc.subarray(['a', 'b', 'C', 'd', 'zz']),
        fc.array(fc.nat(45)),
        fc.array(fc.nat(45)),
        fc.constantFrom('all', 'any' as const),
        (raw, tiers, segments, inc, exc, match) => {
          const list = raw.map((a, i) => ({ ...a, id: `acc-${i}` }));
          const aud = audience({
            tiers,
            segments,
            match,
            include: inc.map((i) => `acc-${i}`),
            exclude: exc.map((i) => `acc-${i}`),
          });
          const seg = new Set(segments.map((s) => s.trim().toLowerCase()));
          const expected = list
            .filter((a) => {
              const byTier = a.tier !== null && tiers.includes(a.tier);
              const bySegment = a.tags.some((t) => seg.has(t.trim().toLowerCase()));
              const both = match === 'all' && tiers.length > 0 && segments.length > 0;
              const selected =
                a.status === 'target' && (both ? byTier && bySegment : byTier || bySegment);
              const included = aud.include.includes(a.id);
              return (selected || included) && !aud.exclude.includes(a.id);
            })
            .map((a) => a.id);
          const got = resolveAudienceIds(buildAudienceIndex(list), aud);
          expect(got).toEqual(expected);
        },
      ),
    );
  });
});
