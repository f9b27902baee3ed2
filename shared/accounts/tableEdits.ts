/**
 * Spreadsheet-style edits on the account list, kept pure so they are tested without a grid:
 * copy as tab-separated text (what Excel puts on and reads from the clipboard), paste a block
 * at a cell (all cells valid or nothing changes), and fill down.
 */
import Papa from 'papaparse';
import type { Account } from '../domain/types';
import type { OwnerDirectory } from '../owners/ownerDirectory';
import { editAccountField, fieldText, isEditableField } from './editAccount';

/** Tab-separated text; cells holding tabs, quotes or line breaks are quoted as Excel does. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(rows as string[][], { delimiter: '\t', newline: '\r\n', quotes: false });
}

export function accountsToTsv(
  accounts: readonly Account[],
  columns: readonly { field: string; header: string }[],
  withHeader: boolean,
): string {
  const body = accounts.map((a) => columns.map((c) => fieldText(a, c.field)));
  return toTsv(withHeader ? [columns.map((c) => c.header), ...body] : body);
}

/** Reads clipboard text from Excel or the grid into a block of cells. */
export function parseTsv(text: string): string[][] {
  const trimmed = text.replace(/\r?\n$/, '');
  if (trimmed === '') return [['']];
  return Papa.parse<string[]>(trimmed, {
    delimiter: '\t',
    newline: text.includes('\r\n') ? '\r\n' : '\n',
  }).data;
}

export type EditResult = { ok: true; changed: Account[] } | { ok: false; message: string };

/**
 * Pastes a block with its top-left cell at (startRow, startColumn) of the displayed rows and
 * columns. A single value pasted onto several selected rows fills them all (as Excel does).
 */
export function pasteBlock(input: {
  rows: readonly Account[];
  columns: readonly { field: string; header: string }[];
  startRow: number;
  startColumn: number;
  text: string;
  /** Rows selected in the grid, in display order; a single value fills all of them. */
  selected?: readonly Account[];
  now: string;
  /** Owners typed or pasted by name resolve through it to their e-mail. */
  owners?: OwnerDirectory;
}): EditResult {
  const block = parseTsv(input.text);
  const changed = new Map<string, Account>();
  const single = block.length === 1 && block[0]?.length === 1;
  const column = input.columns[input.startColumn];
  if (single && column && input.selected && input.selected.length > 1) {
    return fillValue(input.selected, column, block[0]?.[0] ?? '', input.now, input.owners);
  }
  for (let i = 0; i < block.length; i++) {
    const account = input.rows[input.startRow + i];
    if (!account)
      return {
        ok: false,
        message: `The pasted block has ${block.length} rows but only ${input.rows.length - input.startRow} rows are below the cell.`,
      };
    let current = changed.get(account.id) ?? account;
    const cells = block[i] ?? [];
    for (let j = 0; j < cells.length; j++) {
      const col = input.columns[input.startColumn + j];
      if (!col)
        return {
          ok: false,
          message: `The pasted block is ${cells.length} columns wide; only ${input.columns.length - input.startColumn} columns are to the right.`,
        };
      if (!isEditableField(col.field)) continue;
      const result = editAccountField(current, col.field, cells[j] ?? '', input.owners);
      if (!result.ok)
        return {
          ok: false,
          message: `${account.name}, column "${col.header}": ${result.reason}. Nothing was pasted.`,
        };
      current = result.value;
    }
    if (current !== account) changed.set(account.id, { ...current, updatedAt: input.now });
  }
  return { ok: true, changed: [...changed.values()] };
}

function fillValue(
  targets: readonly Account[],
  column: { field: string; header: string },
  value: string,
  now: string,
  owners?: OwnerDirectory,
): EditResult {
  if (!isEditableField(column.field))
    return { ok: false, message: `"${column.header}" cannot be edited.` };
  const changed: Account[] = [];
  for (const a of targets) {
    const result = editAccountField(a, column.field, value, owners);
    if (!result.ok)
      return {
        ok: false,
        message: `${a.name}, column "${column.header}": ${result.reason}. Nothing was changed.`,
      };
    changed.push({ ...result.value, updatedAt: now });
  }
  return { ok: true, changed };
}

/** Copies the first row's value of a column into the other rows (rows in display order). */
export function fillDown(
  rows: readonly Account[],
  column: { field: string; header: string },
  now: string,
  owners?: OwnerDirectory,
): EditResult {
  const [first, ...rest] = rows;
  if (!first || rest.length === 0)
    return { ok: false, message: 'Select at least two rows to fill down.' };
  if (column.field === 'owner') {
    // The owner is one person in two fields: copy both, so the e-mail comes along.
    const { owner, ownerEmail } = first;
    return { ok: true, changed: rest.map((a) => ({ ...a, owner, ownerEmail, updatedAt: now })) };
  }
  return fillValue(rest, column, fieldText(first, column.field), now, owners);
}
