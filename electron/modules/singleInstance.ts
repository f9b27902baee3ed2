/**
 * One running instance per user-data folder: a second launch focuses the first window and
 * quits, so two processes never write the same IndexedDB store.
 */
import { app } from 'electron';
import type { MainModule } from '../context';

/** Returns false when another instance holds the lock; main.ts then quits at once. */
export function acquireSingleInstanceLock(): boolean {
  return app.requestSingleInstanceLock();
}

export const singleInstance: MainModule = {
  enable(context) {
    app.on('second-instance', () => {
      const window = context.getMainWindow();
      if (!window) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    });
  },
};
