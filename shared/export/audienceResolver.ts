/**
 * The audience rule of PRODUCT.md ("Audience"): tiers and segments select target accounts,
 * the include list adds accounts whatever their status, the exclude list removes last.
 * Kept here until shared/motions exports the app's resolver, which then replaces it.
 */
import type { Account, Motion } from '../domain/types';

export function resolveAudienceIds(motion: Motion, accounts: readonly Account[]): string[] {
  const { tiers, segments, include, exclude } = motion.audience;
  const included = new Set(include);
  const excluded = new Set(exclude);
  const ids: string[] = [];
  for (const account of accounts) {
    if (excluded.has(account.id)) continue;
    const selected =
      account.status === 'target' &&
      ((account.tier !== null && tiers.includes(account.tier)) ||
        account.tags.some((tag) => segments.includes(tag)));
    if (selected || included.has(account.id)) ids.push(account.id);
  }
  return ids;
}
