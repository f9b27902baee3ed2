/**
 * Stable ids: a group is the rule plus its motion ids (sorted), blackout id or week; a
 * conflict is its group plus the account id. Positions in arrays never enter an id, so ids
 * survive reloads, reordering and recomputation.
 */
import type { ConflictRule, IsoDate } from '../domain/types';
import { hash53 } from './hash';

export function groupKeyText(
  rule: ConflictRule,
  motionIds: readonly string[],
  blackoutId: string | null,
  week: IsoDate | null,
): string {
  return [rule, [...motionIds].sort().join(','), blackoutId ?? '', week ?? ''].join('|');
}

export function groupIdOf(keyText: string): string {
  return `g${hash53(keyText)}`;
}

export function conflictIdOf(keyText: string, accountId: string): string {
  return `c${hash53(`${keyText}|${accountId}`)}`;
}
