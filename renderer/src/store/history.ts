/**
 * The undo/redo history. Each step is the rows a commit replaced (before) and wrote (after)
 * in the plain tables, and the accounts' patch (ids, field, old and new values; the rows it
 * added and removed), so undo and redo are themselves writes applied in one transaction.
 */
import type { TableName } from './db';
import type { RowPrints } from './rowPrint';
import { patchSize, type AccountPatch } from './accountPatch';

export interface TableChange {
  /** Remove every row first (inside the same transaction), e.g. to replace a workspace. */
  clear?: boolean;
  put?: unknown[];
  delete?: string[];
}
export type ChangeSet = Partial<Record<TableName, TableChange>>;

export interface HistoryStep {
  label: string;
  before: ChangeSet;
  after: ChangeSet;
  /**
   * For a write made elsewhere (the import Worker), whose rows the window never held: the
   * fingerprints of what it left, checked by the first undo in place of `after`.
   */
  afterPrints?: RowPrints;
  /** What the step did to the accounts; undo applies it back, redo forward. */
  accounts?: AccountPatch;
}

/** What a write made elsewhere replaced (its undo) and the fingerprints of what it left. */
export interface WrittenElsewhere<P extends RowPrints = RowPrints> {
  before: ChangeSet;
  prints: P;
  /** What it did to the accounts, without the rows it added (see changes.commitWritten). */
  accounts: AccountPatch | null;
  /** The accounts' revision it wrote: the window reads the added rows back at it. */
  rev: string | null;
}

export interface HistorySnapshot {
  undoLabel: string | null;
  redoLabel: string | null;
}

function rowsOf(changes: ChangeSet): number {
  let n = 0;
  for (const c of Object.values(changes)) n += (c?.put?.length ?? 0) + (c?.delete?.length ?? 0);
  return n;
}

export class UndoHistory {
  private past: HistoryStep[] = [];
  private future: HistoryStep[] = [];
  private listeners = new Set<(s: HistorySnapshot) => void>();

  /**
   * At most `limit` steps, and old steps are dropped once the history holds more than
   * `rowBudget` rows or values in all (a bulk edit of one field on 100,000 accounts holds
   * 100,000 values, or 200,000 with its updatedAt), so memory stays bounded.
   */
  constructor(
    private readonly limit = 100,
    private readonly rowBudget = 2_000_000,
  ) {}

  record(step: HistoryStep): void {
    this.past.push(step);
    this.future = [];
    while (
      this.past.length > 1 &&
      (this.past.length > this.limit || this.rows() > this.rowBudget)
    ) {
      this.past.shift();
    }
    this.emit();
  }

  private rows(): number {
    let n = 0;
    for (const step of this.past) {
      n += rowsOf(step.before) + rowsOf(step.after);
      if (step.accounts) n += patchSize(step.accounts);
    }
    return n;
  }

  /** Moves the latest step to the redo side and returns it (the caller applies `before`). */
  takeUndo(): HistoryStep | undefined {
    const step = this.past.pop();
    if (step) this.future.push(step);
    this.emit();
    return step;
  }

  takeRedo(): HistoryStep | undefined {
    const step = this.future.pop();
    if (step) this.past.push(step);
    this.emit();
    return step;
  }

  /** Puts a step back where it was taken from when applying it failed. */
  restoreUndo(step: HistoryStep): void {
    this.future.pop();
    this.past.push(step);
    this.emit();
  }

  restoreRedo(step: HistoryStep): void {
    this.past.pop();
    this.future.push(step);
    this.emit();
  }

  clear(): void {
    this.past = [];
    this.future = [];
    this.emit();
  }

  snapshot(): HistorySnapshot {
    return {
      undoLabel: this.past.at(-1)?.label ?? null,
      redoLabel: this.future.at(-1)?.label ?? null,
    };
  }

  subscribe(listener: (s: HistorySnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    const s = this.snapshot();
    for (const l of this.listeners) l(s);
  }
}
