/**
 * Benchmark hook, in the bench build only (never in the product): test/bench/calendar.bench.ts
 * seeds a synthetic plan through it and then measures the quarter view.
 */
import { commit } from '../../../renderer/src/store/changes';
import { syntheticAccounts, syntheticMotions } from '../data/syntheticPlan';

declare global {
  interface Window {
    __abmCalendarBench?: {
      seed: (accounts: number, motions: number, start: string) => Promise<void>;
    };
  }
}

export function installCalendarBenchHook(): void {
  window.__abmCalendarBench = {
    seed: async (accountCount, motionCount, start) => {
      const accounts = syntheticAccounts(accountCount, 1);
      const motions = syntheticMotions(motionCount, start, 2);
      // Through the one write path, like any edit; the page reloads before it measures, so
      // this undo step is gone by then.
      await commit('Benchmark plan', { accounts: { put: accounts }, motions: { put: motions } });
      localStorage.setItem('abm:started', '1');
    },
  };
}
