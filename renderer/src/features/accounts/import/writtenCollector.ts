/**
 * The window's side of a Worker's write (writeAndReport in importWrite.ts): gathers the
 * chunks of what the write replaced, the accounts' field-level patch and the fingerprints of
 * what it wrote, which together are the undo step commitWritten records. Every import session uses one.
 */
import type { ChangeSet, TableChange } from '../../../store/history';
import type { TableName } from '../../../store/db';
import type { PrintLists } from '../../../store/rowPrint';
import { emptyPatch, type AccountPatch } from '../../../store/accountPatch';
import type { WriteEvent } from './importProtocol';

export class WrittenCollector {
  replaced: ChangeSet = {};
  written: Partial<Record<TableName, PrintLists>> = {};
  accounts: { patch: AccountPatch; rev: string | null } | null = null;

  reset(): void {
    this.replaced = {};
    this.written = {};
    this.accounts = null;
  }

  /** What commitWritten records as the undo step. */
  undoStep() {
    return {
      before: this.replaced,
      prints: this.written,
      accounts: this.accounts?.patch ?? null,
      rev: this.accounts?.rev ?? null,
    };
  }

  /** Takes a write event; returns false for a progress event (the caller shows it). */
  take(event: WriteEvent): boolean {
    if (event.type === 'progress') return false;
    if (event.type === 'replaced') {
      const change: TableChange = (this.replaced[event.table as keyof ChangeSet] ??= {});
      if (event.clear) change.clear = true;
      if (event.put) (change.put ??= []).push(...event.put);
      if (event.delete) (change.delete ??= []).push(...event.delete);
    } else if (event.type === 'accounts') {
      this.takeAccounts(event);
    } else {
      // Kept as they came (see PrintLists): no per-key work on the window's thread.
      const lists = (this.written[event.table] ??= { keys: [], prints: [] });
      lists.keys.push(event.keys);
      lists.prints.push(event.prints);
    }
    return true;
  }

  private takeAccounts(part: Extract<WriteEvent, { type: 'accounts' }>): void {
    const into = (this.accounts ??= { patch: emptyPatch(), rev: null });
    const { patch } = into;
    patch.added.rows = null;
    if (part.added) patch.added.ids.push(...part.added);
    if (part.removed) patch.removed.push(...part.removed);
    if (part.field) {
      const f = part.field;
      let at = patch.fields.find((x) => x.field === f.field);
      if (!at) patch.fields.push((at = { field: f.field, ids: [], old: [], new: [] }));
      at.ids.push(...f.ids);
      at.old.push(...f.old);
      at.new.push(...f.new);
    }
    if (part.exact) patch.exact = part.exact;
    if (part.rev !== undefined) into.rev = part.rev;
  }
}
