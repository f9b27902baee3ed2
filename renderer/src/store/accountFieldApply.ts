/**
 * A patch's field changes checked and applied row by row, in one walk: every field's id
 * list is a subsequence of the longest one (a bulk edit's: its updatedAt names every row, its
 * tier the rows whose tier changed, in the same order), so one pointer per field finds each
 * row's values as the walk passes it. Each row is looked up once, checked against what the
 * patch expects, and copied once with all its new values (a changed row is a new object, so
 * a reader holding the old list keeps what it read); the copies go into the rows together
 * (AccountRows.setMany: each page marked once, not once per row and field). Undo and redo of
 * a bulk edit of 100,000 rows used to look every row up once per field to check it, again
 * to apply it, and to find its copy in a set of 100,000 objects.
 */
import type { Account } from '../../../shared/domain/types';
import { sameField, type AccountRows, type FieldChange, type Way } from './accountPatch';

type Row = Record<string, unknown>;

/** Whether `part` lists some of `whole`'s ids in `whole`'s order. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length > whole.length) return false;
  let j = 0;
  for (let i = 0; i < whole.length && j < part.length; i++) if (part[j] === whole[i]) j++;
  return j === part.length;
}

/** The field changes' longest id list, when every other list is a subsequence of it. */
function mainIds(changes: readonly FieldChange[]): readonly string[] | null {
  let main = (changes[0] as FieldChange).ids;
  for (const c of changes) if (c.ids.length > main.length) main = c.ids;
  for (const c of changes) if (c.ids !== main && !isSubsequence(c.ids, main)) return null;
  return main;
}

/**
 * The rows as the field changes make them, applied `way`, when the id lists allow one walk
 * (else null: the caller goes field by field). With `stale`, each row is first checked to
 * hold what the patch expects (a missing row, or another value, adds its id to `stale`), and
 * once any row is stale no more copies are made: the caller applies nothing.
 */
export function patchedRows(
  rows: AccountRows,
  changes: readonly FieldChange[],
  way: Way,
  stale: Set<string> | null,
): Account[] | null {
  if (changes.length === 0) return [];
  const main = mainIds(changes);
  if (!main) return null;
  const n = changes.length;
  const lists = changes.map((c) => c.ids);
  const names = changes.map((c) => c.field);
  const want = changes.map((c) => (way === 'forward' ? c.old : c.new));
  const next = changes.map((c) => (way === 'forward' ? c.new : c.old));
  const shared = lists.map((l) => l === main);
  const at = new Array<number>(n).fill(0);
  const out: Account[] = [];
  for (let i = 0; i < main.length; i++) {
    const id = main[i] as string;
    const now = rows.get(id) as unknown as Row | undefined;
    let copy: Row | null = null;
    for (let f = 0; f < n; f++) {
      let k = i;
      if (!shared[f]) {
        k = at[f] as number;
        if ((lists[f] as readonly string[])[k] !== id) continue;
        at[f] = k + 1;
      }
      const name = names[f] as string;
      if (stale) {
        if (!now) {
          stale.add(id);
          continue;
        }
        const was = now[name];
        const expected = (want[f] as unknown[])[k];
        if (was !== expected && !sameField(was, expected)) stale.add(id);
        if (stale.size > 0) continue;
      } else if (!now) continue;
      copy ??= { ...now };
      const value = (next[f] as unknown[])[k];
      if (value === undefined) delete copy[name];
      else copy[name] = value;
    }
    if (copy) out.push(copy as unknown as Account);
  }
  return out;
}
