/**
 * Invisible control characters in a CSV's values: NUL and the other C0 controls, DEL and the
 * C1 controls. They come from broken exports and copy-paste (a NUL from a database dump, a
 * form feed from a PDF) and never mean anything in an account name, so they are removed,
 * and the user is told where. Tab, CR and LF are text inside a quoted value and stay.
 * Removing rather than refusing: one stray byte should not block a 50,000-row import, and
 * what is removed cannot be seen or typed anyway.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex -- as above
const ASCII_CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const PLACES_NAMED = 5;

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * The text without its ASCII control characters (NUL … US, DEL; tab and line ends stay), for
 * judging how plausible a detected encoding's reading is. Such a byte reads as the same
 * character in UTF-8 and in every legacy code page the detector tries (UTF-16, where it would
 * be half of a letter, is ruled out before), so it says nothing about the encoding — and
 * readCsv removes it with its own notice. C1 controls stay: they are what a wrong code page
 * makes of high bytes.
 */
export function withoutAsciiControls(text: string): string {
  return text.replace(ASCII_CONTROL_ALL, '');
}

export interface RemovedControls {
  characters: number;
  cells: number;
  /** The first few cells, as [index into the parsed rows (header = 0), column index]. */
  places: [row: number, column: number][];
}

/** Removes control characters from every cell, in place. */
export function removeControlCharacters(data: string[][]): RemovedControls {
  const removed: RemovedControls = { characters: 0, cells: 0, places: [] };
  for (let r = 0; r < data.length; r++) {
    const cells = data[r] as string[];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] as string;
      if (!CONTROL.test(cell)) continue;
      const clean = cell.replace(CONTROL_ALL, '');
      removed.characters += cell.length - clean.length;
      removed.cells++;
      if (removed.places.length < PLACES_NAMED) removed.places.push([r, c]);
      cells[c] = clean;
    }
  }
  return removed;
}

/** "Removed 3 invisible control characters (such as NUL) from row 5, column "Name"; …". */
export function controlCharactersNotice(
  removed: RemovedControls,
  columnName: (index: number) => string,
): string {
  const places = removed.places
    .map(([row, column]) => `row ${row + 1}, column "${columnName(column)}"`)
    .join('; ');
  const more =
    removed.cells > removed.places.length
      ? ` and ${removed.cells - removed.places.length} more cell(s)`
      : '';
  return (
    `Removed ${removed.characters} invisible control character(s) (such as NUL) from ` +
    `${places}${more}.`
  );
}
