/**
 * Account counts per conflict group and tier, kept up to date as accounts are swept in (+1)
 * and out (−1). A group is keyed by record kind and its two numbers (motion pair, motion +
 * blackout, week…). Motion pairs use a dense table while the plan is small enough, because a
 * hash lookup per conflict would dominate the cost of a full detection.
 */
const OFFSET = 1 << 20;
const SHIFT = 2 ** 21;
const DENSE_LIMIT = 2048;

/** Tier slot: 0 = no tier, 1–3 = the tier. */
export const TIER_SLOTS = 4;

export class GroupCounts {
  /** kind, a, b per slot. */
  keys = new Int32Array(3 * 256);
  /** TIER_SLOTS counts per slot. */
  counts = new Int32Array(TIER_SLOTS * 256);
  slotCount = 0;
  private readonly map = new Map<number, number>();
  private dense: Int32Array | null = null;
  /** Slot tables for kinds keyed by one number (weeks, motions). */
  private readonly byA: (Int32Array | undefined)[] = [];
  private denseCap = 0;

  constructor(motionCount: number) {
    this.ensurePairCapacity(motionCount);
  }

  /** Call before adding pairs of motion positions ≥ the current capacity. */
  ensurePairCapacity(motionCount: number): void {
    if (motionCount <= this.denseCap) return;
    if (motionCount > DENSE_LIMIT) {
      // Too many motions for a square table: pairs move to the hash map.
      for (let slot = 0; slot < this.slotCount; slot++) {
        if (this.keys[3 * slot] !== 0) continue;
        this.map.set(key(0, this.keys[3 * slot + 1]!, this.keys[3 * slot + 2]!), slot);
      }
      this.dense = null;
      this.denseCap = Number.MAX_SAFE_INTEGER;
      return;
    }
    const cap = Math.max(64, 2 ** Math.ceil(Math.log2(motionCount)));
    const next = new Int32Array(cap * cap).fill(-1);
    for (let slot = 0; slot < this.slotCount; slot++) {
      if (this.keys[3 * slot] !== 0) continue;
      next[this.keys[3 * slot + 1]! * cap + this.keys[3 * slot + 2]!] = slot;
    }
    this.dense = next;
    this.denseCap = cap;
  }

  /** add() for a motion pair: the hot path of a full detection, one table read when dense. */
  addPair(a: number, b: number, tierSlot: number, delta: number): void {
    const dense = this.dense;
    let slot = dense ? dense[a * this.denseCap + b]! : -1;
    if (slot < 0) slot = this.slot(0, a, b);
    this.counts[slot * TIER_SLOTS + tierSlot]! += delta;
  }

  add(kind: number, a: number, b: number, tierSlot: number, delta: number): void {
    const slot = this.slot(kind, a, b);
    this.counts[slot * TIER_SLOTS + tierSlot]! += delta;
  }

  total(slot: number, tierSlots: readonly number[] | null): number {
    let sum = 0;
    for (let t = 0; t < TIER_SLOTS; t++) {
      if (tierSlots && !tierSlots.includes(t)) continue;
      sum += this.counts[slot * TIER_SLOTS + t]!;
    }
    return sum;
  }

  find(kind: number, a: number, b: number): number {
    if (kind === 0) {
      if (this.dense) return this.dense[a * this.denseCap + b]!;
    } else if (kind !== 3 && a >= 0) {
      // Week (index since 1970) or motion groups: a slot table per kind, indexed by a.
      const table = this.byA[kind];
      return table && a < table.length ? table[a]! : -1;
    }
    return this.map.get(key(kind, a, b)) ?? -1;
  }

  private setByA(kind: number, a: number, slot: number): void {
    let table = this.byA[kind];
    if (!table || a >= table.length) {
      const next = new Int32Array(Math.max(a + 1, (table?.length ?? 0) * 2, 64)).fill(-1);
      if (table) next.set(table);
      this.byA[kind] = table = next;
    }
    table[a] = slot;
  }

  private slot(kind: number, a: number, b: number): number {
    let slot = this.find(kind, a, b);
    if (slot >= 0) return slot;
    slot = this.slotCount++;
    if (3 * this.slotCount > this.keys.length) {
      const keys = new Int32Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
      const counts = new Int32Array(this.counts.length * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.keys[3 * slot] = kind;
    this.keys[3 * slot + 1] = a;
    this.keys[3 * slot + 2] = b;
    if (kind === 0 && this.dense) this.dense[a * this.denseCap + b] = slot;
    else if (kind !== 3 && a >= 0) this.setByA(kind, a, slot);
    else this.map.set(key(kind, a, b), slot);
    return slot;
  }
}

function key(kind: number, a: number, b: number): number {
  return (kind * SHIFT + (a + OFFSET)) * SHIFT + (b + OFFSET);
}
