/**
 * A map from strings to values as an open-addressing hash table with our own string hash
 * (FNV-1a). It exists for speed in Chromium: there a Map keyed by strings just read from a
 * file (substrings of its text, not hashed before) took ~6 µs per missed lookup, against
 * ~1 µs for this table; a 500,000-person import spent 7 of its 12 s of preview in Map
 * lookups (measured in the window and in Node, 2026-12-03). Deleting keeps the key's slot
 * (its value becomes absent), so probing never breaks; the table only grows.
 */
/** FNV-1a over `text` from `from` to its end: the hash of this table and of positionTable.ts. */
export function fnv1a(text: string, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = from; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** FNV-1a over `text` from `from` up to `to` (the same hash as fnv1a of that slice). */
function fnv1aOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class StringTable<V> {
  private slots = new Int32Array(16);
  private keys: string[] = [];
  private values: (V | undefined)[] = [];

  /** The slot holding `key`, or the empty slot where it would go. */
  private slotOf(key: string): number {
    const mask = this.slots.length - 1;
    let s = fnv1a(key) & mask;
    for (;;) {
      const entry = this.slots[s] as number;
      if (entry === 0 || this.keys[entry - 1] === key) return s;
      s = (s + 1) & mask;
    }
  }

  get(key: string): V | undefined {
    const entry = this.slots[this.slotOf(key)] as number;
    return entry === 0 ? undefined : this.values[entry - 1];
  }

  /**
   * get() of `text.slice(from, to)` without making that string: a lookup of each label or
   * suffix of a host allocates nothing (fresh substrings cost a hash and a string each).
   */
  getSlice(text: string, from: number, to: number): V | undefined {
    const mask = this.slots.length - 1;
    const length = to - from;
    let s = fnv1aOf(text, from, to) & mask;
    for (;;) {
      const entry = this.slots[s] as number;
      if (entry === 0) return undefined;
      const key = this.keys[entry - 1] as string;
      if (key.length === length && text.startsWith(key, from)) return this.values[entry - 1];
      s = (s + 1) & mask;
    }
  }

  set(key: string, value: V): void {
    const s = this.slotOf(key);
    const entry = this.slots[s] as number;
    if (entry !== 0) {
      this.values[entry - 1] = value;
      return;
    }
    this.keys.push(key);
    this.values.push(value);
    this.slots[s] = this.keys.length;
    if (this.keys.length * 2 > this.slots.length) this.grow();
  }

  delete(key: string): void {
    const entry = this.slots[this.slotOf(key)] as number;
    if (entry !== 0) this.values[entry - 1] = undefined;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < this.keys.length; i++) {
      let s = fnv1a(this.keys[i] as string) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = i + 1;
    }
    this.slots = slots;
  }
}
