/**
 * The window's side of a Worker's write (writeAndReport in importWrite.ts): gathers the
 * chunks of what the write replaced and the fingerprints of what it wrote, which together
 * are the undo step commitWritten records. Every import session uses one.
 */
import type { ChangeSet, TableChange } from '../../../store/history';
import type { RowPrints } from '../../../store/rowPrint';
import type { WriteEvent } from './importProtocol';

export class WrittenCollector {
  replaced: ChangeSet = {};
  written: RowPrints = {};

  reset(): void {
    this.replaced = {};
    this.written = {};
  }

  /** Takes a write event; returns false for a progress event (the caller shows it). */
  take(event: WriteEvent): boolean {
    if (event.type === 'progress') return false;
    if (event.type === 'replaced') {
      const change: TableChange = (this.replaced[event.table as keyof ChangeSet] ??= {});
      if (event.clear) change.clear = true;
      if (event.put) (change.put ??= []).push(...event.put);
      if (event.delete) (change.delete ??= []).push(...event.delete);
    } else {
      const map = (this.written[event.table as keyof RowPrints] ??= new Map());
      event.keys.forEach((key, i) => map.set(key, event.prints[i] ?? null));
    }
    return true;
  }
}
