// Ids are version-4 UUIDs from cryptographic random bytes drawn in blocks: well formed, and
// distinct across many blocks.
import { describe, expect, it } from 'vitest';
import { randomId } from '../../../shared/domain/ids';

describe('randomId', () => {
  it('makes distinct version-4 UUIDs across many blocks of random bytes', () => {
    const ids = Array.from({ length: 5_000 }, () => randomId());
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
