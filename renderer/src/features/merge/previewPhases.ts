/**
 * The merge preview's phases, timed where they run (the merge worker) and sent back with the
 * summary, so the time from "the user picked a file" to "the preview shows" can be split into
 * its parts (the store merge benchmark prints them). Times are on one clock across threads:
 * performance.timeOrigin + performance.now(), in milliseconds.
 */

export interface PreviewPhases {
  /** When the worker started on the preview (the clock above). */
  startedAt: number;
  /** Each phase and its milliseconds, in the order they ran. */
  steps: [phase: string, ms: number][];
}

export const clockNow = (): number => performance.timeOrigin + performance.now();

export interface PhaseTimer {
  /** Ends the phase running since the last mark (or the start) and names it. */
  mark(phase: string): void;
  phases(): PreviewPhases;
}

export function phaseTimer(): PhaseTimer {
  const startedAt = clockNow();
  let last = performance.now();
  const steps: [string, number][] = [];
  return {
    mark(phase) {
      const now = performance.now();
      steps.push([phase, now - last]);
      last = now;
    },
    phases: () => ({ startedAt, steps: steps.slice() }),
  };
}
