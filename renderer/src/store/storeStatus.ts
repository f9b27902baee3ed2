/**
 * Whether this window may write to the store, and if not, why. Another tab of the browser
 * build can take the store over (writerLock.ts), another connection can upgrade or delete
 * the database under us (Dexie's `versionchange`), or our own open can wait on an older
 * connection that will not close (`blocked`). The shell shows a message for each state;
 * commit(), undo() and redo() refuse to write unless the state is 'ok' or 'blocked' (a
 * blocked open just waits, and so do the writes queued behind it).
 */
import { StoreWriteError } from './storeErrors';

export type StoreStatus =
  | { kind: 'ok' }
  /** Another tab or window of the same store writes now; this one only reads. */
  | { kind: 'taken-over' }
  /** Our connection was closed for another one's upgrade or delete: reload to go on. */
  | { kind: 'closed'; reason: 'upgraded' | 'deleted' }
  /** Our open (an upgrade) waits for other tabs holding an older version to close. */
  | { kind: 'blocked' };

let status: StoreStatus = { kind: 'ok' };
const listeners = new Set<(s: StoreStatus) => void>();

export function storeStatus(): StoreStatus {
  return status;
}

export function setStoreStatus(next: StoreStatus): void {
  status = next;
  for (const l of listeners) l(next);
}

export function onStoreStatus(listener: (s: StoreStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Why this window does not write now, or null when it may. */
export function whyNotWritable(s: StoreStatus = status): string | null {
  switch (s.kind) {
    case 'taken-over':
      return 'The workspace is open in another tab or window, which writes to it now; this one no longer does. Nothing was changed.';
    case 'closed':
      return 'This window closed its connection to the workspace store; reload it to keep working. Nothing was changed.';
    default:
      return null;
  }
}

export function assertWritable(): void {
  const why = whyNotWritable();
  if (why) throw new StoreWriteError(why, 'unavailable');
}
