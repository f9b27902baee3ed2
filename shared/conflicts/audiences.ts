/**
 * Audiences for the engine, resolved with the calendar's rules (shared/motions/audience.ts) so
 * every part of the product counts the same accounts: tiers and segments select target
 * accounts (any tier, any segment, both when the audience matches all), the include list adds
 * any account, the exclude list removes last.
 */
import type { Audience } from '../domain/types';
import { buildAudienceIndex, matchesBoth, resolveAudience, segmentKey } from '../motions/audience';
import type { ConflictAccount } from './types';

/** True when `audience` holds `account`: resolveAudience for a single account. */
export function audienceHolds(audience: Audience, account: ConflictAccount): boolean {
  if (audience.exclude.includes(account.id)) return false;
  if (audience.include.includes(account.id)) return true;
  if (account.status !== 'target') return false;
  const inTier = account.tier !== null && audience.tiers.includes(account.tier);
  const segments = new Set(audience.segments.map(segmentKey));
  const inSegment = account.tags.some((t) => segments.has(segmentKey(t)));
  return matchesBoth(audience) ? inTier && inSegment : inTier || inSegment;
}

/**
 * Every motion's audience as sorted account positions, in the motions' order. `onProgress`
 * hears after each motion (a long run reports from it and may stop by throwing).
 */
export function resolveAudiences(
  accounts: readonly ConflictAccount[],
  motions: readonly { audience: Audience }[],
  onProgress?: (done: number, total: number) => void,
): Int32Array[] {
  const index = buildAudienceIndex(accounts, onProgress && (() => onProgress(0, motions.length)));
  return motions.map((m, k) => {
    onProgress?.(k, motions.length);
    return resolveAudience(index, m.audience);
  });
}
