/**
 * Reading one CSV row's cells into a record, as every import does it (accounts, contacts
 * and leads): an empty cell is skipped, a mapped cell goes through its field's reader and
 * a reason it cannot be read rejects the row with file, row, column and value, a cell of an
 * unmapped column is kept as a custom field. The caller rejects the whole row when any cell is.
 */
import type { RejectedCell } from './candidates';

export interface CellColumn<F> {
  header: string;
  index: number;
  /** Reads the cell into the record; returns why it cannot, or null. */
  set: ((fields: F, raw: string) => string | null) | undefined;
  /** The custom field this column fills, or null. */
  custom: string | null;
  /** A value that reads as empty here (a number column's 'n/a'). */
  isEmpty?: (raw: string) => boolean;
}

/** Reads the row's cells into `fields` and `custom`; false when any cell was rejected. */
export function readRowCells<F>(
  place: { file: string; row: number },
  cells: readonly string[],
  columns: readonly CellColumn<F>[],
  into: { fields: F; custom: Record<string, string>; rejected: RejectedCell[] },
  customValue: (header: string, raw: string) => string = (_h, raw) => raw,
): boolean {
  let good = true;
  for (const col of columns) {
    const raw = (cells[col.index] ?? '').trim();
    if (raw === '' || col.isEmpty?.(raw)) continue;
    if (col.set) {
      const reason = col.set(into.fields, raw);
      if (reason) {
        into.rejected.push({ ...place, column: col.header, value: raw, reason });
        good = false;
      }
    } else if (col.custom !== null) {
      into.custom[col.custom] = customValue(col.header, raw);
    }
  }
  return good;
}
