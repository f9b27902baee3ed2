/**
 * A row's fingerprint: a 53-bit hash of its values, the same for equal rows whatever the
 * order of their keys. Undo compares the rows it is about to replace with what its step left
 * (see applyChanges' `expect`); for an import written by the Worker the window never holds
 * the 100,000 rows themselves, only their fingerprints, which the Worker sends back.
 */
import type { TableName } from './db';

/** Per table, each key's fingerprint, or null where the step left no row. */
export type PrintMaps = Partial<Record<TableName, Map<string, number | null>>>;

/**
 * The same as the chunks a Worker sent them in, kept as they came: the window's thread does
 * not build a Map of 500,000 keys, in tasks of hundreds of milliseconds, when an import ends
 * (the first undo builds it, printMap), and its heap holds two objects per chunk of 10,000
 * keys instead of 20,000, so a full collection while a big import ends has little to mark.
 */
export interface PrintLists {
  /** Each chunk's keys as JSON text (an array of strings). */
  keys: string[];
  /** Each chunk's fingerprints (53-bit integers), NaN where the step left no row. */
  prints: Float64Array[];
}

/** What a history step holds: per table, a Map or the lists it is made from. */
export type RowPrints = Partial<Record<TableName, Map<string, number | null> | PrintLists>>;

export function printMap(
  prints: Map<string, number | null> | PrintLists,
): Map<string, number | null> {
  if (prints instanceof Map) return prints;
  const map = new Map<string, number | null>();
  prints.keys.forEach((text, c) => {
    const values = prints.prints[c];
    (JSON.parse(text) as string[]).forEach((key, i) => {
      const print = values?.[i];
      map.set(key, print === undefined || Number.isNaN(print) ? null : print);
    });
  });
  return map;
}

function collectKeys(value: unknown, into: Set<string>): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, into);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    into.add(key);
    collectKeys(v, into);
  }
}

/**
 * JSON with every object's keys sorted, so equal rows give the same text. JSON.stringify
 * with an array of property names writes, at every level, just those properties in that
 * order: given every key of the value, sorted, it is a canonical form at native speed.
 */
export function stableJson(value: unknown): string {
  const keys = new Set<string>();
  collectKeys(value, keys);
  return JSON.stringify(value, [...keys].sort()) ?? 'null';
}

/** cyrb53: a fast string hash with few collisions, enough to tell a changed row. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function rowPrint(row: unknown): number {
  return hash53(stableJson(row));
}

export function sameRow(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}
