/**
 * One writer at a time. In the browser build two tabs can open the same IndexedDB store.
 * Dexie's live queries would keep both lists current, but each tab writes from the rows it
 * holds in memory — a bulk edit puts whole rows, undo puts back rows read minutes ago — so
 * two writers can overwrite each other's edits without either seeing it. So the newest tab
 * takes the store over: it steals a Web Lock named after the store, the tab that held it is
 * told (its lock request rejects) and stops writing, showing "Opened in another tab" with a
 * button to take it back, which steals the lock in turn. Undo still checks that its rows
 * were not changed since (applyChanges' `expect`), so taking back a tab whose history is
 * stale never undoes over the other tab's edits.
 * Electron runs one window (a single-instance app), and a browser without Web Locks has no
 * way to tell; both simply write.
 */
import { setStoreStatus, storeStatus } from './storeStatus';

interface LockManagerLike {
  request(
    name: string,
    options: { steal?: boolean },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<unknown>;
}

function lockManager(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks;
}

let generation = 0;

/**
 * Makes this tab the writer of store `dbName`, taking the store over from any other tab.
 * Resolves once this tab holds the lock.
 */
export function claimWriter(dbName: string, locks = lockManager()): Promise<void> {
  if (!locks) return Promise.resolve();
  const mine = ++generation;
  return new Promise<void>((granted) => {
    locks
      .request(`${dbName}:writer`, { steal: true }, () => {
        if (storeStatus().kind === 'taken-over') setStoreStatus({ kind: 'ok' });
        granted();
        // Held for as long as this tab lives, or until another tab steals it.
        return new Promise<void>(() => undefined);
      })
      .catch((e: unknown) => {
        // A steal rejects the request it preempted with an AbortError: another tab writes now.
        if (mine !== generation) return;
        if ((e as { name?: unknown }).name === 'AbortError') {
          if (storeStatus().kind === 'ok') setStoreStatus({ kind: 'taken-over' });
        }
        granted();
      });
  });
}
