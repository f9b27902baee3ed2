/**
 * The calendar's live data: motions and blackouts (small, loaded first so bars draw at once)
 * and the account index behind audience sizes (100k accounts, loaded after, so the first
 * frame never waits for it).
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Account, Blackout, Motion } from '../../../../shared/domain/types';
import { db } from '../../store/db';
import {
  buildAudienceIndex,
  resolveAudience,
  type AudienceIndex,
} from '../../../../shared/motions/audience';

const NO_MOTIONS: Motion[] = [];
const NO_BLACKOUTS: Blackout[] = [];

export function useMotions(): Motion[] {
  return useLiveQuery(() => db.motions.toArray(), [], NO_MOTIONS);
}

export function useBlackouts(): Blackout[] {
  return useLiveQuery(() => db.blackouts.toArray(), [], NO_BLACKOUTS);
}

export interface AccountData {
  accounts: Account[];
  byId: Map<string, Account>;
  index: AudienceIndex;
}

/** All accounts with their audience index; null until loaded. */
export function useAccountData(): AccountData | null {
  const accounts = useLiveQuery(() => db.accounts.toArray(), [], null);
  return useMemo(() => {
    if (!accounts) return null;
    return {
      accounts,
      byId: new Map(accounts.map((a) => [a.id, a])),
      index: buildAudienceIndex(accounts),
    };
  }, [accounts]);
}

/** Motion id → audience size; empty until the accounts are loaded. */
export function useAudienceSizes(data: AccountData | null, motions: Motion[]): Map<string, number> {
  return useMemo(() => {
    const sizes = new Map<string, number>();
    if (!data) return sizes;
    for (const m of motions) sizes.set(m.id, resolveAudience(data.index, m.audience).length);
    return sizes;
  }, [data, motions]);
}

/** True when the sorted positions hold `position` (binary search). */
export function holdsPosition(sorted: Int32Array, position: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === position) return true;
    if (v < position) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
