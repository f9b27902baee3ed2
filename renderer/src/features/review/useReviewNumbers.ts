/**
 * The window's side of the review's numbers: one worker for the window's life (it keeps its
 * copy of the accounts between opens of the Review), asked again whenever the accounts,
 * motions, opportunities or the review's settings change (`version`). A run that takes
 * longer than a moment shows in the task bar with Cancel, which stops the worker (a fresh
 * one answers the next change). Only the latest answer is shown: a run overtaken by a newer
 * change is dropped.
 */
import { useEffect, useState } from 'react';
import { client, type WorkerClient } from '../../platform/workerRpc';
import { useUiStore } from '../../store/uiStore';
import type { ReviewNumbers, ReviewRequest, ReviewWorker } from './review.worker';

export type { ReviewNumbers, ReviewRequest };

const TASK = 'review-numbers';
/** Runs shorter than this never flash in the task bar. */
const SHOW_AFTER_MS = 100;

/** The one worker, kept when the Review closes: reopening it reads no account again. */
let shared: WorkerClient<ReviewWorker> | null = null;

function reviewWorker(): WorkerClient<ReviewWorker> {
  if (!shared || shared.terminated) {
    // A crashed worker is dropped, so the next request starts a fresh one instead of
    // waiting on a dead one for the rest of the window's life.
    const started = client<ReviewWorker>(
      new Worker(new URL('./review.worker.ts', import.meta.url), { type: 'module' }),
      {
        crashMessage: 'Working out the review stopped.',
        onCrash: () => {
          if (shared === started) shared = null;
          started.terminate();
        },
      },
    );
    shared = started;
  }
  return shared;
}

export interface ReviewNumbersState {
  numbers: ReviewNumbers | null;
  /** True while a run for the latest request is going. */
  busy: boolean;
  error: string | null;
}

/** `request` null: the tables are not read yet. `version` changes with every input change. */
export function useReviewNumbers(
  request: ReviewRequest | null,
  version: string,
): ReviewNumbersState {
  const [state, setState] = useState<ReviewNumbersState>({
    numbers: null,
    busy: true,
    error: null,
  });

  useEffect(() => () => useUiStore.getState().endTask(TASK), []);

  useEffect(() => {
    if (!request) return;
    let current = true;
    const run = reviewWorker();
    const ui = useUiStore.getState();
    setState((s) => ({ ...s, busy: true }));
    const shown = setTimeout(() => {
      ui.startTask({
        id: TASK,
        label: `Working out the review of ${request.quarter.label}`,
        progress: null,
        cancel: () => {
          current = false;
          run.terminate();
          ui.endTask(TASK);
          setState((s) => ({ ...s, busy: false }));
        },
      });
    }, SHOW_AFTER_MS);
    run
      .call('numbers', request)
      .then(
        (numbers) => {
          if (current) setState({ numbers, busy: false, error: null });
        },
        (e: unknown) => {
          if (current && !run.terminated)
            setState((s) => ({
              ...s,
              busy: false,
              error: e instanceof Error ? e.message : String(e),
            }));
        },
      )
      .finally(() => {
        clearTimeout(shown);
        if (current) ui.endTask(TASK);
      });
    return () => {
      current = false;
      clearTimeout(shown);
    };
    // `version` stands for every input of the request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);

  return state;
}
