/**
 * The planner's hooks as the worker gives them: progress sent at most every `minGapMs` (so a
 * fast loop does not flood the window with messages) and at least as often as the planner
 * polls for Cancel (the last progress is sent again once `heartbeatMs` passed without one),
 * so the bar keeps moving during a long step. `now` is a parameter so a test can drive time.
 */
import type { PlannerHooks, PlannerProgress } from '../../../../shared/planner';

export interface ProgressHookOptions {
  emit: (progress: PlannerProgress) => void;
  isCancelled?: () => boolean;
  now?: () => number;
  minGapMs?: number;
  heartbeatMs?: number;
}

export function progressHooks({
  emit,
  isCancelled = () => false,
  now = () => performance.now(),
  minGapMs = 50,
  heartbeatMs = 50,
}: ProgressHookOptions): PlannerHooks {
  let last: PlannerProgress | null = null;
  let sentAt = -Infinity;
  let sentPhase = '';
  const send = (p: PlannerProgress, at: number) => {
    sentAt = at;
    sentPhase = p.phase;
    emit(p);
  };
  return {
    onProgress: (p) => {
      last = p;
      const at = now();
      // A new phase or the end of one is always shown; within a phase, every minGapMs.
      if (p.phase !== sentPhase || p.done >= p.total || at - sentAt >= minGapMs) send(p, at);
    },
    isCancelled: () => {
      const at = now();
      if (last && at - sentAt >= heartbeatMs) send(last, at);
      return isCancelled();
    },
  };
}

const PHASES: Record<PlannerProgress['phase'], { from: number; to: number; label: string }> = {
  detect: { from: 0, to: 0.1, label: 'Finding conflicts' },
  shift: { from: 0.1, to: 0.7, label: 'Trying date shifts' },
  exclude: { from: 0.7, to: 0.95, label: 'Choosing exclusions' },
  count: { from: 0.95, to: 1, label: 'Counting the result' },
};

/** 0–1 over the whole run, and what the planner is doing, for the progress bar. */
export function progressOf(p: PlannerProgress): { fraction: number; label: string } {
  const phase = PHASES[p.phase];
  const within = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  return { fraction: phase.from + (phase.to - phase.from) * within, label: phase.label };
}
