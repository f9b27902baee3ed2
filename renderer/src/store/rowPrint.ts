/**
 * A row's fingerprint: a 53-bit hash of its values, the same for equal rows whatever the
 * order of their keys. Undo compares the rows it is about to replace with what its step left
 * (see applyChanges' `expect`); for an import written by the Worker the window never holds
 * the 100,000 rows themselves, only their fingerprints, which the Worker sends back.
 */
import type { TableName } from './db';
import type { ChangeSet } from './history';

/** Per table, each key's fingerprint, or null where the step left no row. */
export type RowPrints = Partial<Record<TableName, Map<string, number | null>>>;

/** JSON with every object's keys sorted, so equal rows give the same text. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const v = record[key];
    // JSON.stringify drops undefined properties; so does this, so `{a: undefined}` = `{}`.
    if (v !== undefined) parts.push(`${JSON.stringify(key)}:${stableJson(v)}`);
  }
  return `{${parts.join(',')}}`;
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

/**
 * The fingerprints of what a change set leaves behind: each put row's print, null for each
 * deleted key. `keyOf` names a row's primary key. (A change set that clears a table has no
 * prints: what it leaves is the whole table, checked row by row instead.)
 */
export function printsOf(
  changes: ChangeSet,
  keyOf: (table: TableName, row: unknown) => string,
): RowPrints {
  const prints: RowPrints = {};
  for (const [t, change] of Object.entries(changes)) {
    const table = t as TableName;
    if (!change || change.clear) continue;
    const map = new Map<string, number | null>();
    for (const key of change.delete ?? []) map.set(key, null);
    for (const row of change.put ?? []) map.set(keyOf(table, row), rowPrint(row));
    prints[table] = map;
  }
  return prints;
}
