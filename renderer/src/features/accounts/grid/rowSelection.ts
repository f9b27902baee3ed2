/**
 * Which accounts are selected, by id. Kept here rather than in the grid because the grid
 * holds only the rows in view, and a selection (select all, then bulk edit) spans all of
 * them. Checkbox cells subscribe and re-render only when their own row changes.
 */
export class RowSelection {
  private ids = new Set<string>();
  private listeners = new Set<() => void>();
  /** Changes on every change, for useSyncExternalStore. */
  version = 0;
  /** The last row clicked, for Shift+click ranges. */
  anchor: string | null = null;

  has = (id: string): boolean => this.ids.has(id);
  get size(): number {
    return this.ids.size;
  }

  set(ids: Iterable<string>, selected: boolean): void {
    let changed = false;
    for (const id of ids) {
      if (selected === this.ids.has(id)) continue;
      if (selected) this.ids.add(id);
      else this.ids.delete(id);
      changed = true;
    }
    if (changed) this.emit();
  }

  /** Keeps only the ids `keep` accepts. */
  retain(keep: (id: string) => boolean): void {
    const gone = [...this.ids].filter((id) => !keep(id));
    if (gone.length > 0) this.set(gone, false);
  }

  clear(): void {
    if (this.ids.size === 0) return;
    this.ids.clear();
    this.emit();
  }

  /** Tells subscribers to look again (the rows shown changed, so "all" may have too). */
  refresh(): void {
    this.emit();
  }

  selectedIds(): Set<string> {
    return new Set(this.ids);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
