// A shipped schema version is never edited: the declarations must equal the committed snapshot,
// and new versions may only be appended after it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SCHEMA_VERSIONS } from '../../../renderer/src/store/schema';

const snapshot = JSON.parse(
  readFileSync(new URL('./schema-snapshot.json', import.meta.url), 'utf8'),
) as { version: number; stores: Record<string, string | null> }[];

describe('store schema', () => {
  it('keeps every shipped version exactly as it was declared', () => {
    snapshot.forEach((shipped, i) => {
      const declared = SCHEMA_VERSIONS[i];
      expect(declared, `version ${shipped.version} was removed`).toBeDefined();
      expect({ version: declared?.version, stores: declared?.stores }).toEqual(shipped);
    });
  });

  it('numbers versions in increasing order', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('has every version in the snapshot (append new ones to schema-snapshot.json when shipping)', () => {
    expect(SCHEMA_VERSIONS.length).toBe(snapshot.length);
  });
});
