/**
 * Inverts the motions' audiences into each account's motions, in the given motion order (a
 * counting sort, so each list comes out in that order). Writing the memberships motion by
 * motion scatters them over the whole result (tens of megabytes at 100,000 accounts, a cache
 * miss each); walking the accounts in blocks, each motion's sorted audience picked up where
 * the last block left it, keeps the writes inside one block's part of the result.
 */
import type { AudienceMembers } from './types';

const BLOCK = 2048;

/** Every account's motions (`order`'s positions in `order`'s order), as views of one array. */
export function invertAudiences(
  accountCount: number,
  order: Int32Array,
  audiences: readonly AudienceMembers[],
  onProgress?: () => void,
): Int32Array[] {
  const n = accountCount;
  const sorted = Array.from(order, (m) => ascending(audiences[m] ?? []));
  const offsets = new Int32Array(n + 1);
  for (const aud of sorted) {
    onProgress?.();
    for (let j = 0; j < aud.length; j++) offsets[aud[j]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const flat = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  const cursor = new Int32Array(sorted.length);
  for (let lo = 0; lo < n; lo += BLOCK) {
    onProgress?.();
    const hi = lo + BLOCK;
    for (let k = 0; k < sorted.length; k++) {
      const aud = sorted[k]!;
      const m = order[k]!;
      let j = cursor[k]!;
      for (; j < aud.length; j++) {
        const a = aud[j]!;
        if (a >= hi) break;
        flat[fill[a]!++] = m;
      }
      cursor[k] = j;
    }
  }
  const lists: Int32Array[] = new Array<Int32Array>(n);
  for (let i = 0; i < n; i++) lists[i] = flat.subarray(offsets[i]!, offsets[i + 1]!);
  return lists;
}

/** The audience itself when already ascending (what resolveAudiences gives), else a sorted copy. */
function ascending(aud: AudienceMembers): AudienceMembers {
  for (let j = 1; j < aud.length; j++) {
    if (aud[j]! < aud[j - 1]!) return Int32Array.from(aud).sort();
  }
  return aud;
}
