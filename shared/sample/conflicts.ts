/**
 * The sample workspace's decisions on conflicts: one accepted group, so a newcomer sees what an
 * accepted conflict looks like (with its note) next to the open ones. Deterministic: the same
 * sample plan gives the same acceptance.
 */
import {
  detectConflicts,
  groupFingerprint,
  listGroups,
  newAcceptance,
  resolveAudiences,
} from '../conflicts';
import type {
  Account,
  Blackout,
  ConflictAcceptance,
  IsoDate,
  Motion,
  Settings,
} from '../domain/types';

export function sampleAcceptances(
  accounts: readonly Account[],
  motions: readonly Motion[],
  blackouts: readonly Blackout[],
  settings: Settings,
  today: IsoDate,
): ConflictAcceptance[] {
  const index = detectConflicts({
    accounts,
    motions,
    audiences: resolveAudiences(accounts, motions),
    blackouts,
    settings,
  });
  // The clash of messaging themes is the one a team most often accepts on purpose.
  const clash = listGroups(index, null, false)
    .filter((g) => g.rule === 'messaging-clash')
    .sort((a, b) => b.accountCount - a.accountCount || a.id.localeCompare(b.id))[0];
  if (!clash) return [];
  return [
    newAcceptance(
      clash.id,
      groupFingerprint(clash, motions, blackouts),
      'Both messages were agreed in the monthly campaign planning; the ads carry the theme, the nurture the proof.',
      `${today}T09:00:00.000Z`,
    ),
  ];
}
