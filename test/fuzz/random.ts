/**
 * A small seeded random source for the fuzz suite (mulberry32): the same seed gives the same
 * cases on every machine, so a failure found once can be replayed with --seed.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** An integer spread over orders of magnitude: many small, some huge. */
  size(max: number): number {
    return Math.min(max, Math.floor(Math.exp(this.next() * Math.log(max + 1))));
  }

  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.int(0, 255);
    return out;
  }

  /** Text of `length` characters from an alphabet with awkward members. */
  text(length: number, alphabet = TEXT_ALPHABET): string {
    let out = '';
    for (let i = 0; i < length; i++) out += this.pick(alphabet);
    return out;
  }
}

const TEXT_ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789',
  ',',
  ';',
  '\t',
  '"',
  "'",
  '\n',
  '\r',
  '=',
  '+',
  '-',
  '@',
  '|',
  '\\',
  '\u0000',
  '\u0007',
  'ä',
  'ß',
  'é',
  '株',
  '式',
  '😀',
  '\u200b',
  '\ufeff',
  '\ud800',
];
