/**
 * One live query per table: every watcher of a table is fed the same rows by one source,
 * hears of each write, and a source nobody watches stops and forgets its rows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDb } from '../../../renderer/src/store/db';
import { commit, history } from '../../../renderer/src/store/changes';
import { stopLiveSources, watchCount, watchLive } from '../../../renderer/src/store/liveTables';
import type { Account } from '../../../shared/domain/types';
import { makeAccount } from '../workspace/fixtures';

beforeEach(() => {
  resetDb(`test-${Math.random()}`);
  history.clear();
});
afterEach(() => stopLiveSources());

/** Collects what a watcher is handed, and waits for the next delivery. */
function recorder<T>() {
  const seen: T[] = [];
  let wake: (() => void) | null = null;
  return {
    seen,
    next: (value: T) => {
      seen.push(value);
      wake?.();
    },
    async nth(n: number): Promise<T> {
      while (seen.length < n) await new Promise<void>((r) => (wake = r));
      return seen[n - 1] as T;
    },
  };
}

describe('live tables', () => {
  it('two watchers of a table share one read and both see a write', async () => {
    await commit('Add', { accounts: { put: [makeAccount({ id: 'a1' })] } });
    const grid = recorder<Account[]>();
    const calendar = recorder<Account[]>();
    const stops = [watchLive('accounts', grid), watchLive('accounts', calendar)];
    const [first, alsoFirst] = [await grid.nth(1), await calendar.nth(1)];
    expect(first.map((a) => a.id)).toEqual(['a1']);
    expect(alsoFirst).toBe(first); // the same array: one read fed both

    await commit('Add Globex', { accounts: { put: [makeAccount({ id: 'a2' })] } });
    expect((await grid.nth(2)).map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(await calendar.nth(2)).toBe(grid.seen[1]);
    stops.forEach((stop) => stop());
  });

  it('a watcher that joins a running source is handed its rows at once', async () => {
    const early = recorder<Account[]>();
    const stopEarly = watchLive('accounts', early);
    await early.nth(1);
    const late = recorder<Account[]>();
    const stopLate = watchLive('accounts', late);
    expect(late.seen).toHaveLength(1);
    expect(late.seen[0]).toBe(early.seen[0]);
    stopEarly();
    stopLate();
  });

  it('the count signal fires on an edit that leaves the count as it was', async () => {
    const acme = makeAccount({ id: 'a1', tier: 3 });
    await commit('Add', { accounts: { put: [acme] } });
    const counts = recorder<number>();
    const stop = watchCount('accounts', counts);
    expect(await counts.nth(1)).toBe(1);
    await commit('Tier 1', { accounts: { put: [{ ...acme, tier: 1 }] } });
    expect(await counts.nth(2)).toBe(1);
    stop();
  });

  it('a source nobody watches stops, and a later watcher reads the rows anew', async () => {
    const first = recorder<Account[]>();
    const stop = watchLive('accounts', first);
    await first.nth(1);
    stop();
    await new Promise((r) => setTimeout(r, 100)); // past the stop delay
    await commit('Add', { accounts: { put: [makeAccount({ id: 'a1' })] } });
    const later = recorder<Account[]>();
    const stopLater = watchLive('accounts', later);
    expect(later.seen).toHaveLength(0); // nothing stale handed over
    expect((await later.nth(1)).map((a) => a.id)).toEqual(['a1']);
    expect(first.seen).toHaveLength(1); // the one who left heard nothing more
    stopLater();
  });
});
