/**
 * Work over many rows on the UI thread, in slices: each slice is a short task and the
 * window paints (and shows progress) in between, so a bulk edit of 100,000 accounts never
 * holds the window for more than a few milliseconds at a time.
 */

/** Rows per slice: building 2,000 edited accounts takes a few milliseconds. */
export const SLICE = 2000;

/** Lets the browser run other tasks (input, paint) before going on. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** `fn` over every item, a slice per task; null results are left out. */
export async function mapInSlices<T, U>(
  items: readonly T[],
  fn: (item: T) => U | null,
  onProgress?: (done: number) => void,
): Promise<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i += SLICE) {
    if (i > 0) await nextTask();
    const end = Math.min(items.length, i + SLICE);
    for (let j = i; j < end; j++) {
      const r = fn(items[j] as T);
      if (r !== null) out.push(r);
    }
    onProgress?.(end);
  }
  return out;
}
