/**
 * How a grid's source reads on screen, in print and on a projector: the reference article by
 * its title, not its file name. Templates (and workspaces saved before this) store the file
 * name — "002_9cb4e7927f9250c2.txt — Responsibility Matrix (RACI Model)" — because it is the
 * stable key; the title is what a meeting recognises.
 */

/** The reference articles in `reference/`, by file name, with the title each opens with. */
export const REFERENCE_ARTICLES: Readonly<Record<string, string>> = {
  '000_210eeae2e73d7f88.txt': 'How to Split Ownership Between Marketing, Sales, and RevOps',
  '002_9cb4e7927f9250c2.txt': 'Sales Ops vs Marketing Ops for ABM: Who Owns What',
};

/**
 * The source with each reference file name replaced by its article's title in quotes:
 * "“Sales Ops vs Marketing Ops for ABM: Who Owns What” — Responsibility Matrix (RACI Model)".
 * Any other source (an imported file's name, the user's own words) is left as it is.
 */
export function sourceTitle(source: string): string {
  let out = source;
  for (const [file, title] of Object.entries(REFERENCE_ARTICLES))
    out = out.split(file).join(`“${title}”`);
  return out;
}
