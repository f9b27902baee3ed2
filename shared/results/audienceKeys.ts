/**
 * The review's view of audiences without resolving one: accounts grouped by what a motion's
 * tiers and segments read (target or not, tier, the set of segment keys), so each motion
 * selects a few thousand keys instead of tens of thousands of accounts. At 100,000 accounts
 * and 1,000 motions the audiences hold ten million memberships; the keys hold a few
 * hundred thousand (motion, key) pairs, and the review sums over those.
 *
 * An account a live motion names (its include or exclude list) or gives days of its own
 * (Motion.accountDates) is not like the others of its key: it is "named", and its motions
 * are worked out for it alone, exactly as resolveAudience would hold it (motions/audience.ts).
 */
import type { Audience, Tier } from '../domain/types';
import { matchesBoth, segmentKey } from '../motions/audience';
import type { ReviewAccount, ReviewMotion } from './reviewTypes';
import { TagListIds } from './tagLists';

/** Accounts' tag-list ids (TagListIds.of). */
type TagLists = ReturnType<typeof TagListIds.of>;

export interface AudienceKeys {
  /** Selection key of each account position. */
  keyOf: Int32Array;
  keyCount: number;
  /** 1 where the account is named by a live motion (see NamedAccount). */
  isNamed: Uint8Array;
  /** Accounts of each key that are not named. */
  regularSize: Int32Array;
  /** Per motion (the index into the given list), the keys its tiers and segments select. */
  motionKeys: Int32Array[];
  /** Named accounts, each with the motions whose audience holds it. */
  named: NamedAccount[];
}

/**
 * A named account's motions (indexes into the motion list): those its key's selection holds
 * (shared by every account of the key, in order) but `skip`, which exclude it, plus `extra`,
 * which include it (motionReach.ts walks them).
 */
export interface NamedAccount {
  position: number;
  selected: readonly number[];
  skip: readonly number[];
  extra: readonly number[];
}

const EMPTY = new Int32Array(0);

interface KeyTable {
  keyOf: Int32Array;
  keyCount: number;
  /** Target keys per tier (1–3). */
  byTier: number[][];
  /** Target keys per segment key. */
  bySegment: Map<string, number[]>;
}

/** Groups accounts by (target, tier, segment keys); every non-target shares one key. */
function keyTable(accounts: readonly ReviewAccount[], tagLists: TagLists): KeyTable {
  const keyOf = new Int32Array(accounts.length);
  const byTier: number[][] = [[], [], [], []];
  const bySegment = new Map<string, number[]>();
  // Accounts repeat a few tag lists: each list (tagLists.ts) is read once, to the id of its
  // set of segment keys; then a key is (tier, that id), found in a numeric map.
  const setOfList = new Int32Array(tagLists.ids.lists.length).fill(-1);
  const setOfCanonical = new Map<string, number>();
  const sets: string[][] = [];
  const keys = new Map<number, number>();
  let keyCount = 1;
  for (let p = 0; p < accounts.length; p++) {
    const a = accounts[p] as ReviewAccount;
    if (a.status !== 'target') continue;
    const list = tagLists.listOf[p] as number;
    let set = setOfList[list] as number;
    if (set < 0) {
      const segments: string[] = [];
      for (const tag of a.tags) {
        const k = segmentKey(tag);
        if (k !== '' && !segments.includes(k)) segments.push(k);
      }
      const canonical = segments.sort().join('\u0000');
      let found = setOfCanonical.get(canonical);
      if (found === undefined) setOfCanonical.set(canonical, (found = sets.push(segments) - 1));
      setOfList[list] = set = found;
    }
    const tier = a.tier === 1 || a.tier === 2 || a.tier === 3 ? a.tier : 0;
    const id = set * 4 + tier;
    let key = keys.get(id);
    if (key === undefined) {
      key = keyCount++;
      keys.set(id, key);
      if (tier !== 0) (byTier[tier] as number[]).push(key);
      for (const s of sets[set] as string[]) {
        let list = bySegment.get(s);
        if (!list) bySegment.set(s, (list = []));
        list.push(key);
      }
    }
    keyOf[p] = key;
  }
  return { keyOf, keyCount, byTier, bySegment };
}

/** The keys an audience's tiers and segments select (its include and exclude lists aside). */
function selectedKeys(
  table: KeyTable,
  audience: Audience,
  stamp: Int32Array,
  generation: number,
): Int32Array {
  const tierKeys: number[][] = [];
  for (const t of new Set<Tier>(audience.tiers)) {
    const list = table.byTier[t];
    if (list) tierKeys.push(list);
  }
  const segmentKeys: number[][] = [];
  for (const s of new Set(audience.segments.map(segmentKey))) {
    const list = table.bySegment.get(s);
    if (list) segmentKeys.push(list);
  }
  const out: number[] = [];
  if (matchesBoth(audience)) {
    // Both named, 'all': keys of a ticked tier that carry a ticked segment.
    for (const list of segmentKeys) for (const k of list) stamp[k] = generation;
    for (const list of tierKeys) for (const k of list) if (stamp[k] === generation) out.push(k);
  } else {
    for (const list of [...tierKeys, ...segmentKeys]) {
      for (const k of list) {
        if (stamp[k] === generation) continue;
        stamp[k] = generation;
        out.push(k);
      }
    }
  }
  return out.length === 0 ? EMPTY : Int32Array.from(out);
}

/**
 * The keys of `accounts` and what `motions` select. Aborted motions select nothing (the
 * review skips them); `positionOf` maps an account id to the position resolveAudience
 * would use for it (the last account with that id), for every id a motion's include or
 * exclude list names.
 */
export function audienceKeys(
  accounts: readonly ReviewAccount[],
  motions: readonly ReviewMotion[],
  positionOf: ReadonlyMap<string, number>,
  tagLists: TagLists = TagListIds.of(accounts),
): AudienceKeys {
  const table = keyTable(accounts, tagLists);
  const stamp = new Int32Array(table.keyCount);
  const motionKeys = motions.map((m, i) =>
    m.status === 'Aborted' ? EMPTY : selectedKeys(table, m.audience, stamp, i + 1),
  );
  // Named accounts: by id, so every account carrying a named id is listed one by one.
  const namedIds = new Set<string>();
  for (const m of motions) {
    if (m.status === 'Aborted') continue;
    for (const id of m.audience.include) namedIds.add(id);
    for (const id of m.audience.exclude) namedIds.add(id);
    if (m.accountDates) for (const id of Object.keys(m.accountDates)) namedIds.add(id);
  }
  const isNamed = new Uint8Array(accounts.length);
  const regularSize = new Int32Array(table.keyCount);
  const namedPositions: number[] = [];
  for (let p = 0; p < accounts.length; p++) {
    if (namedIds.size > 0 && namedIds.has((accounts[p] as ReviewAccount).id)) {
      isNamed[p] = 1;
      namedPositions.push(p);
    } else (regularSize[table.keyOf[p] as number] as number)++;
  }
  return {
    keyOf: table.keyOf,
    keyCount: table.keyCount,
    isNamed,
    regularSize,
    motionKeys,
    named: namedMemberships(motions, positionOf, table.keyOf, motionKeys, namedPositions),
  };
}

/** The motions holding each named account, as resolveAudience decides it. */
function namedMemberships(
  motions: readonly ReviewMotion[],
  positionOf: ReadonlyMap<string, number>,
  keyOf: Int32Array,
  motionKeys: readonly Int32Array[],
  positions: readonly number[],
): NamedAccount[] {
  if (positions.length === 0) return [];
  // The motions selecting each key (in motion order), and those naming each position.
  const keyMotions = new Map<number, number[]>();
  for (const p of positions) keyMotions.set(keyOf[p] as number, []);
  motionKeys.forEach((keys, i) => {
    for (let j = 0; j < keys.length; j++) keyMotions.get(keys[j] as number)?.push(i);
  });
  const listedIn = (list: 'include' | 'exclude') => {
    const out = new Map<number, number[]>();
    motions.forEach((m, i) => {
      if (m.status === 'Aborted') return;
      for (const id of m.audience[list]) {
        const p = positionOf.get(id);
        if (p === undefined) continue;
        const at = out.get(p);
        if (!at) out.set(p, [i]);
        else if (!at.includes(i)) at.push(i);
      }
    });
    return out;
  };
  const included = listedIn('include');
  const excluded = listedIn('exclude');
  return positions.map((p) => {
    const selected = keyMotions.get(keyOf[p] as number) as number[];
    const skip = excluded.get(p) ?? [];
    // Exclude removes last: an account both included and excluded is out.
    const extra = (included.get(p) ?? []).filter(
      (i) => !skip.includes(i) && !sortedHas(selected, i),
    );
    return { position: p, selected, skip, extra };
  });
}

function sortedHas(list: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] === value;
}
