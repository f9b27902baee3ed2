/**
 * A part of a summary's groups as columns (summaryParts.ts): at 100,000 accounts × 1,000
 * motions a summary holds ~66,000 groups, and as plain objects each was ~11 objects on the
 * window's heap (the group, its ref, motion ids, window and tier counts, their element stores,
 * its strings): ~700,000 objects a summary, twice while a new one replaces the last, for the
 * window's garbage collector to go over (the 53–79 ms pauses when a summary arrived). As
 * columns a group is one small row object over its part's typed arrays, its id and its title;
 * the numbers cross from the worker as one Int32Array and the repeated strings once a part.
 */
import type { GroupSummary } from './conflictsProtocol';

/** Int32 fields per group in `nums`; then each group's motion ids are indices in `motions`. */
const F_KIND = 0;
const F_A = 1;
const F_B = 2;
const F_RULE = 3;
const F_SEVERITY = 4;
const F_BLACKOUT = 5;
const F_WEEK = 6;
const F_COUNT = 7;
const F_FIRST = 8;
const F_LAST = 9;
const F_TIERS = 10;
const TIER_SLOTS = 4;
export const STRIDE = F_TIERS + TIER_SLOTS;

/** What crosses from the worker: a part of groups as columns. */
export interface GroupColumns {
  ids: string[];
  titles: string[];
  /** rule, severity, motion and blackout ids, weeks, window days: each once in the part. */
  strings: string[];
  /** STRIDE numbers per group (string fields as indices in `strings`, -1 for null). */
  nums: Int32Array;
  /** Group i's motion ids are `strings[motionIds[k]]` for k in motionStarts[i]..[i + 1]. */
  motionStarts: Int32Array;
  motionIds: Int32Array;
}

/** The worker's side: the groups as columns (byTier of at most TIER_SLOTS slots). */
export function toColumns(groups: readonly GroupSummary[]): GroupColumns {
  const strings: string[] = [];
  const at = new Map<string, number>();
  const index = (s: string | null): number => {
    if (s === null) return -1;
    let i = at.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      at.set(s, i);
    }
    return i;
  };
  const nums = new Int32Array(groups.length * STRIDE);
  const motionStarts = new Int32Array(groups.length + 1);
  const motionIds: number[] = [];
  groups.forEach((g, i) => {
    const o = i * STRIDE;
    if (g.byTier.length > TIER_SLOTS) throw new Error(`Group ${g.id} has more tier slots.`);
    nums[o + F_KIND] = g.ref[0];
    nums[o + F_A] = g.ref[1];
    nums[o + F_B] = g.ref[2];
    nums[o + F_RULE] = index(g.rule);
    nums[o + F_SEVERITY] = index(g.severity);
    nums[o + F_BLACKOUT] = index(g.blackoutId);
    nums[o + F_WEEK] = index(g.week);
    nums[o + F_COUNT] = g.accountCount;
    nums[o + F_FIRST] = index(g.window.first);
    nums[o + F_LAST] = index(g.window.last);
    for (let t = 0; t < TIER_SLOTS; t++) nums[o + F_TIERS + t] = g.byTier[t] ?? 0;
    for (const id of g.motionIds) motionIds.push(index(id));
    motionStarts[i + 1] = motionIds.length;
  });
  return {
    ids: groups.map((g) => g.id),
    titles: groups.map((g) => g.title),
    strings,
    nums,
    motionStarts,
    motionIds: Int32Array.from(motionIds),
  };
}

/**
 * One group of a part, read from its columns: what the views read of a GroupSummary, with the
 * composite fields (ref, motionIds, window, byTier) made when read. Not a plain object: copy
 * it with plainGroup before spreading it or sending it.
 */
export class GroupRow implements GroupSummary {
  constructor(
    private readonly c: GroupColumns,
    private readonly i: number,
  ) {}
  private num(f: number): number {
    return this.c.nums[this.i * STRIDE + f]!;
  }
  private str(f: number): string | null {
    const k = this.num(f);
    return k < 0 ? null : this.c.strings[k]!;
  }
  get id(): string {
    return this.c.ids[this.i]!;
  }
  get title(): string {
    return this.c.titles[this.i]!;
  }
  get ref(): GroupSummary['ref'] {
    return [this.num(F_KIND), this.num(F_A), this.num(F_B)];
  }
  get rule(): GroupSummary['rule'] {
    return this.str(F_RULE) as GroupSummary['rule'];
  }
  get severity(): GroupSummary['severity'] {
    return this.str(F_SEVERITY) as GroupSummary['severity'];
  }
  get blackoutId(): string | null {
    return this.str(F_BLACKOUT);
  }
  get week(): string | null {
    return this.str(F_WEEK);
  }
  get accountCount(): number {
    return this.num(F_COUNT);
  }
  get window(): GroupSummary['window'] {
    return { first: this.str(F_FIRST)!, last: this.str(F_LAST)! };
  }
  get byTier(): number[] {
    const o = this.i * STRIDE + F_TIERS;
    const nums = this.c.nums;
    const tiers: number[] = [];
    for (let t = 0; t < TIER_SLOTS; t++) tiers.push(nums[o + t]!);
    return tiers;
  }
  get motionIds(): string[] {
    const { motionStarts, motionIds, strings } = this.c;
    const ids: string[] = [];
    for (let k = motionStarts[this.i]!; k < motionStarts[this.i + 1]!; k++)
      ids.push(strings[motionIds[k]!]!);
    return ids;
  }
}

/** The window's side: the part's groups as rows over its columns. */
export function rowsOf(c: GroupColumns): GroupRow[] {
  const rows: GroupRow[] = [];
  for (let i = 0; i < c.ids.length; i++) rows.push(new GroupRow(c, i));
  return rows;
}

/** A plain copy of a group (a GroupRow's fields are getters, which a spread does not copy). */
export function plainGroup(g: GroupSummary): GroupSummary {
  return {
    id: g.id,
    ref: g.ref,
    rule: g.rule,
    severity: g.severity,
    motionIds: g.motionIds,
    blackoutId: g.blackoutId,
    week: g.week,
    title: g.title,
    accountCount: g.accountCount,
    window: g.window,
    byTier: g.byTier,
  };
}
