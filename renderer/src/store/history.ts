/**
 * The undo/redo history. Each step is the rows a commit replaced (before) and wrote (after),
 * so undo and redo are themselves plain change sets applied in one transaction.
 */
import type { TableName } from './db';

export interface TableChange {
  put?: unknown[];
  delete?: string[];
}
export type ChangeSet = Partial<Record<TableName, TableChange>>;

export interface HistoryStep {
  label: string;
  before: ChangeSet;
  after: ChangeSet;
}

export interface HistorySnapshot {
  undoLabel: string | null;
  redoLabel: string | null;
}

export class UndoHistory {
  private past: HistoryStep[] = [];
  private future: HistoryStep[] = [];
  private listeners = new Set<(s: HistorySnapshot) => void>();

  constructor(private readonly limit = 100) {}

  record(step: HistoryStep): void {
    this.past.push(step);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
    this.emit();
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
