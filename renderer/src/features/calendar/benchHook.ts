/**
 * Benchmark hook, installed only when the page URL carries `?bench`: test/bench/calendar.bench.ts
 * seeds a synthetic plan through it and then measures the quarter view. Never present otherwise.
 */
import { db } from '../../store/db';
import { syntheticAccounts, syntheticMotions } from '../../../../shared/motions/syntheticPlan';

declare global {
  interface Window {
    __abmCalendarBench?: {
      seed: (accounts: number, motions: number, start: string) => Promise<void>;
    };
  }
}

export function installBenchHook(): void {
  if (typeof window === 'undefined' || !new URLSearchParams(window.location.search).has('bench'))
    return;
  window.__abmCalendarBench = {
    seed: async (accountCount, motionCount, start) => {
      const accounts = syntheticAccounts(accountCount, 1);
      const motions = syntheticMotions(motionCount, start, 2);
      // Benchmark data is not a user edit: written directly, outside the undo history.
      await db.transaction('rw', db.accounts, db.motions, async () => {
        await db.accounts.bulkPut(accounts);
        await db.motions.bulkPut(motions);
      });
      localStorage.setItem('abm:started', '1');
    },
  };
}
