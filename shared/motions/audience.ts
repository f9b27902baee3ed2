/**
 * Audience resolution: which accounts a motion touches. Tiers and segments select accounts
 * whose status is 'target' — any of the ticked tiers, any of the ticked segments, and when
 * both are set the account must match both ('all', the default) or either ('any'); the
 * include list adds accounts whatever their status; the exclude list removes accounts last
 * (PRODUCT.md, "Audience").
 *
 * Built for 100k accounts × 1,000 motions: the accounts are indexed once (per tier, per
 * segment, as sorted Int32Arrays of account positions), then each audience is a merge of a
 * few sorted lists — no per-motion scan of every account. Results are sorted, duplicate-free
 * account positions; `index.ids[position]` is the account id.
 */
import type { Account, Audience, Tier } from '../domain/types';

/** The account fields audience resolution reads. */
export type AudienceAccount = Pick<Account, 'id' | 'tier' | 'tags' | 'status'>;

export interface AudienceIndex {
  readonly size: number;
  /** Account id at each position. */
  readonly ids: readonly string[];
  readonly positionOf: ReadonlyMap<string, number>;
  /** 1 where the account's status is 'target'. */
  readonly isTarget: Uint8Array;
  /** Target accounts per tier (index 1–3), sorted positions. */
  readonly byTier: readonly Int32Array[];
  /** Target accounts per segment key (see segmentKey), sorted positions. */
  readonly bySegment: ReadonlyMap<string, Int32Array>;
}

/** Segments match without case or surrounding spaces: 'Fintech ' selects 'fintech'. */
export function segmentKey(tag: string): string {
  return tag.trim().toLowerCase();
}

const EMPTY = new Int32Array(0);

/** `onProgress` is called every 4,096 accounts (a long run reports from it). */
export function buildAudienceIndex(
  accounts: readonly AudienceAccount[],
  onProgress?: () => void,
): AudienceIndex {
  const size = accounts.length;
  const ids: string[] = new Array<string>(size);
  const isTarget = new Uint8Array(size);
  const tierLists: number[][] = [[], [], [], []];
  const segmentLists = new Map<string, number[]>();
  // Tags repeat across accounts: normalize each distinct spelling once.
  const keyOf = new Map<string, string>();
  for (let i = 0; i < size; i++) {
    if (onProgress && (i & 4095) === 0) onProgress();
    const a = accounts[i] as AudienceAccount;
    ids[i] = a.id;
    if (a.status !== 'target') continue;
    isTarget[i] = 1;
    if (a.tier === 1 || a.tier === 2 || a.tier === 3) (tierLists[a.tier] as number[]).push(i);
    let previous = '';
    for (const tag of a.tags) {
      let key = keyOf.get(tag);
      if (key === undefined) keyOf.set(tag, (key = segmentKey(tag)));
      if (key === '' || key === previous) continue;
      previous = key;
      let list = segmentLists.get(key);
      if (!list) segmentLists.set(key, (list = []));
      // Positions arrive in order, so a repeated tag on one account shows as a repeated tail.
      if (list[list.length - 1] !== i) list.push(i);
    }
  }
  const bySegment = new Map<string, Int32Array>();
  for (const [key, list] of segmentLists) bySegment.set(key, Int32Array.from(list));
  // Only include and exclude lists look accounts up by id: the map of 100,000 ids (the
  // costliest part of the index, and most of an export of a motion's members) is built when
  // one does. The last account with an id holds it, as a Map filled in order keeps it.
  let positionOf: Map<string, number> | null = null;
  return {
    size,
    ids,
    get positionOf(): ReadonlyMap<string, number> {
      if (!positionOf) {
        positionOf = new Map();
        for (let i = 0; i < size; i++) positionOf.set(ids[i] as string, i);
      }
      return positionOf;
    },
    isTarget,
    byTier: tierLists.map((list) => Int32Array.from(list)),
    bySegment,
  };
}

/** Union of two sorted duplicate-free lists. */
function mergeUnion(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < y) {
      out[n++] = x;
      i++;
    } else if (y < x) {
      out[n++] = y;
      j++;
    } else {
      out[n++] = x;
      i++;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++] as number;
  while (j < b.length) out[n++] = b[j++] as number;
  return n === out.length ? out : out.slice(0, n);
}

function sortedPositions(index: AudienceIndex, ids: readonly string[]): Int32Array {
  const found: number[] = [];
  for (const id of ids) {
    const p = index.positionOf.get(id);
    if (p !== undefined) found.push(p);
  }
  const out = Int32Array.from(found).sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) {
    if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i] as number;
  }
  return out.subarray(0, n);
}

/** Union of the lists, smallest first so merges stay cheap. */
function unionAll(lists: Int32Array[]): Int32Array {
  let result: Int32Array = EMPTY;
  for (const list of lists.sort((a, b) => a.length - b.length)) result = mergeUnion(result, list);
  return result;
}

/** Intersection of two sorted duplicate-free lists. */
function mergeIntersect(a: Int32Array, b: Int32Array): Int32Array {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const out = new Int32Array(small.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < small.length && j < large.length; i++) {
    const x = small[i] as number;
    j = lowerBound(large, x, j);
    if (j < large.length && large[j] === x) out[n++] = x;
  }
  return out.subarray(0, n);
}

function tierLists(index: AudienceIndex, audience: Audience): Int32Array[] {
  const lists: Int32Array[] = [];
  for (const tier of new Set<Tier>(audience.tiers)) {
    const list = index.byTier[tier];
    if (list && list.length > 0) lists.push(list);
  }
  return lists;
}

function segmentLists(index: AudienceIndex, audience: Audience): Int32Array[] {
  const lists: Int32Array[] = [];
  for (const key of new Set(audience.segments.map(segmentKey))) {
    const list = index.bySegment.get(key);
    if (list && list.length > 0) lists.push(list);
  }
  return lists;
}

/** True when the audience names tiers and segments and wants accounts matching both. */
export function matchesBoth(audience: Audience): boolean {
  return audience.match !== 'any' && audience.tiers.length > 0 && audience.segments.length > 0;
}

/** The target accounts the tiers and segments select, before the include and exclude lists. */
function selected(index: AudienceIndex, audience: Audience): Int32Array {
  if (!matchesBoth(audience)) {
    return unionAll([...tierLists(index, audience), ...segmentLists(index, audience)]);
  }
  return mergeIntersect(
    unionAll(tierLists(index, audience)),
    unionAll(segmentLists(index, audience)),
  );
}

/**
 * The accounts a motion's audience holds, as sorted account positions in `index`. The array may
 * be shared with the index (a one-tier audience is the tier list itself): read it, never write it.
 */
export function resolveAudience(index: AudienceIndex, audience: Audience): Int32Array {
  const result = selected(index, audience);
  const included = audience.include.length > 0 ? sortedPositions(index, audience.include) : EMPTY;
  const excluded = audience.exclude.length > 0 ? sortedPositions(index, audience.exclude) : EMPTY;
  if (included.length === 0 && excluded.length === 0) return result;
  return applyIncludeExclude(result, included, excluded);
}

/**
 * The target accounts the tiers and segments alone select, before the include and exclude
 * lists (the editor's sentence counts them). Read it, never write it.
 */
export function selectedPositions(index: AudienceIndex, audience: Audience): Int32Array {
  return selected(index, audience);
}

export function selectedCount(index: AudienceIndex, audience: Audience): number {
  return selected(index, audience).length;
}

/** First index in sorted `list` at or after `from` whose value is ≥ `value`. */
function lowerBound(list: Int32Array, value: number, from: number): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Adds the (short) include list to the (long) selection and drops the excluded, in order.
 * The stretches between include/exclude positions are block-copied, so a 30k-account tier
 * with a few named accounts costs a memcpy, not a 30k-step loop. A shared index list is
 * never written.
 */
function applyIncludeExclude(
  result: Int32Array,
  included: Int32Array,
  excluded: Int32Array,
): Int32Array {
  const out = new Int32Array(result.length + included.length);
  let n = 0;
  let i = 0;
  let a = 0;
  let b = 0;
  while (a < included.length || b < excluded.length) {
    const inc = a < included.length ? (included[a] as number) : 0x7fffffff;
    const exc = b < excluded.length ? (excluded[b] as number) : 0x7fffffff;
    const p = inc < exc ? inc : exc;
    const idx = lowerBound(result, p, i);
    out.set(result.subarray(i, idx), n);
    n += idx - i;
    i = idx;
    const inResult = i < result.length && result[i] === p;
    if (inResult) i++;
    if (exc === p) b++;
    if (inc === p) a++;
    // Exclude removes last: an account both included and excluded is out.
    if (exc !== p) out[n++] = p;
  }
  out.set(result.subarray(i), n);
  n += result.length - i;
  return out.subarray(0, n);
}

/** The audience as account ids (for the UI and exports). */
export function resolveAudienceIds(index: AudienceIndex, audience: Audience): string[] {
  const positions = resolveAudience(index, audience);
  const out = new Array<string>(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = index.ids[positions[i] as number] as string;
  return out;
}

export function audienceCount(index: AudienceIndex, audience: Audience): number {
  return resolveAudience(index, audience).length;
}

/** Every motion's audience, keyed by motion id. */
export function resolveAllAudiences(
  index: AudienceIndex,
  motions: readonly { id: string; audience: Audience }[],
): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>();
  for (const motion of motions) out.set(motion.id, resolveAudience(index, motion.audience));
  return out;
}

/**
 * Include-list accounts that are not targets (rule 7, off-list targeting), in include order.
 * Ids of accounts that no longer exist are not reported here; see missingAudienceIds.
 */
export function offListIncludes(index: AudienceIndex, audience: Audience): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of audience.include) {
    const p = index.positionOf.get(id);
    if (p === undefined || index.isTarget[p] === 1 || seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

/** Include or exclude ids that name no account (deleted since the motion was planned). */
export function missingAudienceIds(index: AudienceIndex, audience: Audience): string[] {
  return [...new Set([...audience.include, ...audience.exclude])].filter(
    (id) => !index.positionOf.has(id),
  );
}

/** A motion's audience selects nothing at all: no tiers, segments or includes. */
export function isEmptyAudience(audience: Audience): boolean {
  return (
    audience.tiers.length === 0 && audience.segments.length === 0 && audience.include.length === 0
  );
}

/** Every segment tag among target accounts, for the segment picker, sorted by key. */
export function segmentKeys(index: AudienceIndex): string[] {
  return [...index.bySegment.keys()].sort();
}
