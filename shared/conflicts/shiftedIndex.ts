/**
 * The index of a plan whose motions only moved dates (the planner's shifts), made from the
 * index before the moves without a second detection: the compiled plan is changed in place
 * (the moved motions' fields, and the accounts they reach re-sorted in start order), and
 * the counts are made again over the same classes of identical accounts — moving a motion
 * moves it for every account it reaches, so no two accounts that were alike differ after,
 * nor any two that differed become alike. The result equals detectConflicts() of the moved
 * plan: the same plan arrays, classes, counts and group slots, in the same order.
 */
import { ConflictIndex, type ProgressListener } from './conflictIndex';
import type { ConflictMotion } from './types';

/**
 * `index` must be fresh from a detection (no update since: its classes still hold); it is
 * left unusable. `moved`: by motion position, the motion with its new dates (same audience).
 */
export function shiftedIndex(
  index: ConflictIndex,
  moved: ReadonlyMap<number, ConflictMotion>,
  onProgress?: ProgressListener,
): ConflictIndex {
  if (!index.pristine) throw new Error('shiftedIndex() needs an index no update has changed');
  const p = index.plan;
  const n = p.accounts.length;
  const touched = new Uint8Array(n);
  for (const [m, motion] of moved) {
    if (!p.mLive[m]) throw new Error(`Motion at ${m} does not run: it is not only moved`);
    p.setMotionFields(m, motion);
    if (!p.mLive[m]) throw new Error(`Motion at ${m} stops running: it is not only moved`);
    const audience = p.audiences[m] ?? [];
    for (let j = 0; j < audience.length; j++) touched[audience[j]!] = 1;
  }
  for (let i = 0; i < n; i++) if (touched[i]) sortByStart(p.lists[i]!, p.datesOn(i).start);
  index.pristine = false;
  return new ConflictIndex(p, onProgress, index.coarseTwins);
}

/** Insertion sort by (start, position): the list is in order but for the moved motions. */
function sortByStart(list: Int32Array, start: Int32Array): void {
  for (let k = 1; k < list.length; k++) {
    const m = list[k]!;
    const s = start[m]!;
    let j = k;
    while (j > 0) {
      const x = list[j - 1]!;
      const sx = start[x]!;
      if (sx < s || (sx === s && x < m)) break;
      list[j] = x;
      j--;
    }
    list[j] = m;
  }
}
