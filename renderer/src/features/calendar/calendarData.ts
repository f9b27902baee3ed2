/**
 * The calendar's live data: motions and blackouts (small, loaded first so bars draw at once)
 * and the account index behind audience sizes (100k accounts, loaded after, so the first
 * frame never waits for it).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Account, Blackout, Motion } from '../../../../shared/domain/types';
import { useLive, watchLive } from '../../store/liveTables';
import {
  buildAudienceIndex,
  resolveAudience,
  type AudienceIndex,
} from '../../../../shared/motions/audience';

const NO_MOTIONS: Motion[] = [];
const NO_BLACKOUTS: Blackout[] = [];

/** Every motion; undefined until the first read completes. */
export function useMotionsOrNull(): Motion[] | undefined {
  return useLive('motions');
}

export function useMotions(): Motion[] {
  return useMotionsOrNull() ?? NO_MOTIONS;
}

export function useBlackouts(): Blackout[] {
  return useLive('blackouts') ?? NO_BLACKOUTS;
}

export interface AccountData {
  accounts: Account[];
  byId: Map<string, Account>;
  index: AudienceIndex;
}

/**
 * All accounts with their audience index; null until loaded. Loading starts once `ready`
 * (the motions are in) and a frame has been drawn, so the bars, which need only motions,
 * are on screen before 100k accounts arrive.
 */
export function useAccountData(ready = true): AccountData | null {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setStarted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [ready]);
  const accounts = useStartedAccounts(started);
  return useMemo(() => {
    if (!accounts) return null;
    return {
      accounts,
      byId: new Map(accounts.map((a) => [a.id, a])),
      index: buildAudienceIndex(accounts),
    };
  }, [accounts]);
}

/** The shared live accounts (read in pages), watched only once `started`; null until then. */
function useStartedAccounts(started: boolean): Account[] | null {
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  useEffect(() => {
    if (!started) return;
    return watchLive('accounts', { next: setAccounts });
  }, [started]);
  return started ? accounts : null;
}

/**
 * Motion id → audience size; empty until the accounts are loaded. Sizes are cached by each
 * motion's audience, so moving a bar (dates change, audience does not) recomputes nothing.
 */
export function useAudienceSizes(data: AccountData | null, motions: Motion[]): Map<string, number> {
  const cache = useRef<{ data: AccountData | null; byKey: Map<string, number> }>({
    data: null,
    byKey: new Map(),
  });
  return useMemo(() => {
    const sizes = new Map<string, number>();
    if (!data) return sizes;
    if (cache.current.data !== data) cache.current = { data, byKey: new Map() };
    const byKey = cache.current.byKey;
    for (const m of motions) {
      const key = JSON.stringify(m.audience);
      let size = byKey.get(key);
      if (size === undefined) {
        size = resolveAudience(data.index, m.audience).length;
        byKey.set(key, size);
      }
      sizes.set(m.id, size);
    }
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
