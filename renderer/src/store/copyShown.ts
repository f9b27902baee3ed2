/**
 * A write waits for the window to paint the edit before it writes (accountWrite.ts,
 * applyEarly): an undo, redo or field edit of 100,000 accounts is applied to the window's copy
 * and shown, and its transaction writes only once the window has painted it, so the write's
 * own main-thread work (its pages serialized, its change-log entry) no longer runs ahead of
 * the grid's refresh.
 * The views that show the copy say how long their refresh runs (holdWritesWhile), and the
 * write waits for that, then for the frame that paints it, at most MAX_WAIT_MS in all.
 * A thread that draws no frames (a Worker, Node in tests, a hidden window) does not wait.
 */

const holds = new Set<Promise<unknown>>();

/** A view's refresh of the copy's list: a write waiting to start lets it finish first. */
export function holdWritesWhile(work: Promise<unknown>): void {
  holds.add(work);
  const done = () => void holds.delete(work);
  work.then(done, done);
}

/** Longest a write waits: a view that never settles delays durability by this much only. */
const MAX_WAIT_MS = 400;

function drawsFrames(): boolean {
  return (
    typeof requestAnimationFrame === 'function' &&
    typeof document !== 'undefined' &&
    document.visibilityState !== 'hidden'
  );
}

/** The task just after the next frame (the copy's list is handed over in one, liveTables.ts). */
function afterFrame(until: number): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, Math.max(0, until - performance.now()));
  });
}

function waitAtMost(until: number, work: Promise<unknown>): Promise<unknown> {
  const left = Math.max(0, until - performance.now());
  return Promise.race([work, new Promise((resolve) => setTimeout(resolve, left))]);
}

/**
 * Settles once the copy as it is now has been handed to the views, their refreshes have run
 * and a frame has been painted after them (or MAX_WAIT_MS have passed).
 */
export async function whenCopyShown(): Promise<void> {
  if (!drawsFrames()) return;
  const until = performance.now() + MAX_WAIT_MS;
  // The list is handed over after the next frame, and the views start their refreshes in
  // that task (a sort in slices may take tasks of its own): then the frame that paints them.
  await afterFrame(until);
  for (let round = 0; round < 4 && holds.size > 0 && performance.now() < until; round++) {
    await waitAtMost(until, Promise.allSettled([...holds]));
    await afterFrame(until);
  }
}
