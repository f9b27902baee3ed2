/** Ids are random UUIDs; tests pass their own generator for predictable ids. */
export type IdGenerator = () => string;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** Random bytes for 256 ids at a time: one getRandomValues call instead of one randomUUID per id. */
const POOL_BYTES = 4096;
let pool = new Uint8Array(0);
let used = 0;

/**
 * A random (version 4) UUID, made from the platform's cryptographic random bytes drawn 4 KB
 * at a time: in Chromium crypto.randomUUID took ~4 µs an id, 1.9 s of a 500,000-person
 * import; this is a fraction of that, with the same randomness (no byte is used twice).
 */
export const randomId: IdGenerator = () => {
  if (used + 16 > pool.length) {
    pool = globalThis.crypto.getRandomValues(new Uint8Array(POOL_BYTES));
    used = 0;
  }
  const b = pool;
  const i = used;
  used += 16;
  const h = (k: number) => HEX[b[i + k] as number] as string;
  const version = HEX[((b[i + 6] as number) & 0x0f) | 0x40] as string;
  const variant = HEX[((b[i + 8] as number) & 0x3f) | 0x80] as string;
  return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${version}${h(7)}-${variant}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
};

/** A predictable generator for tests: 'id-1', 'id-2', … */
export function sequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
