/**
 * The accounts' own domains as an open-addressing hash table (matchAccounts.ts), probed by the
 * host part of an e-mail address where it stands: most people's host is, as written, their
 * account's domain, and looking it up this way cuts no string out of the address, so matching
 * 500,000 people allocates nothing for them (no slice to hash, none for the collector).
 */

/** FNV-1a over `text` from `from` to its end. */
function hashFrom(text: string, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface OwnDomainTable {
  /** The position given for the domain `text` holds from `from` to its end; -1 if none. */
  find(text: string, from: number): number;
}

/**
 * A table of `domains` (domain → position; negative positions and '' are left out), which
 * finds a domain only when the text from `from` to its end is that domain exactly.
 */
export function ownDomainTable(domains: ReadonlyMap<string, number>): OwnDomainTable {
  let size = 16;
  while (size < domains.size * 2) size *= 2;
  const mask = size - 1;
  // Each slot: the entry's index + 1 (0 = empty); the entries' domains and positions.
  const slots = new Int32Array(size);
  const keys: string[] = [];
  const positions: number[] = [];
  for (const [domain, position] of domains) {
    if (domain === '' || position < 0) continue;
    let s = hashFrom(domain, 0) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    keys.push(domain);
    positions.push(position);
    slots[s] = keys.length;
  }
  return {
    find(text, from) {
      const length = text.length - from;
      for (let s = hashFrom(text, from) & mask; ; s = (s + 1) & mask) {
        const entry = slots[s] as number;
        if (entry === 0) return -1;
        const key = keys[entry - 1] as string;
        if (key.length === length && text.startsWith(key, from))
          return positions[entry - 1] as number;
      }
    },
  };
}
