/**
 * What changed in one account's records between two sweeps: ConflictIndex.settleAs() counts
 * only that for an account that took the same steps as its class's first account.
 */

/** The records one account lost and gained between two of its record lists. */
export interface RecordDelta {
  removed: Int32Array;
  added: Int32Array;
}

const recordKey = (d: Int32Array, r: number) =>
  (d[r]! * 2 ** 21 + d[r + 1]! + 2 ** 20) * 2 ** 21 + d[r + 2]! + 2 ** 20;

/** The records in `was` and not in `now` (removed), and in `now` and not in `was` (added). */
export function recordDelta(was: Int32Array, now: Int32Array): RecordDelta {
  const seen = new Map<number, number>();
  for (let r = 0; r < was.length; r += 3) {
    const key = recordKey(was, r);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const added: number[] = [];
  for (let r = 0; r < now.length; r += 3) {
    const key = recordKey(now, r);
    const left = seen.get(key) ?? 0;
    if (left > 0) seen.set(key, left - 1);
    else added.push(now[r]!, now[r + 1]!, now[r + 2]!);
  }
  const removed: number[] = [];
  for (let r = 0; r < was.length; r += 3) {
    const key = recordKey(was, r);
    const left = seen.get(key) ?? 0;
    if (left === 0) continue;
    seen.set(key, left - 1);
    removed.push(was[r]!, was[r + 1]!, was[r + 2]!);
  }
  return { removed: Int32Array.from(removed), added: Int32Array.from(added) };
}
