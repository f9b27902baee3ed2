// A write of any size, however many accounts, is shown at once (optimistic): the grid takes
// the window's copy as soon as the write applied it, before the write is durable. A write
// that fails then rolls the view back to the stored rows (and says why: the error it throws
// is what the bulk edit bar shows); a write, its undo and its redo that succeed each show
// their own state.
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDb } from '../../../renderer/src/store/db';
import { commit, commitFieldEdit, history, redo, undo } from '../../../renderer/src/store/changes';
import { accountCopy, onAccountCopyChange } from '../../../renderer/src/store/accountPages';
import { readFreshAccounts } from '../../../renderer/src/store/reads';
import { makeAccount } from '../workspace/fixtures';
import { fillDisk } from './diskFull';

const ROWS = 6_000; // above the 5,000 from which the copy used to be shown only once written
const seed = Array.from({ length: ROWS }, (_, i) =>
  makeAccount({ id: `a${String(i).padStart(5, '0')}`, name: `Co ${i}`, tier: 3 }),
);
const ids = seed.map((a) => a.id);
const tierOne = { ids, fields: [{ field: 'tier', value: 1 }] };

/**
 * The tiers the grid is handed at each word of a change of the copy, as the live list takes
 * them (liveTables.ts): the copy's own list, or, once a failed write forgot it, a fresh read.
 */
function watchTiers(): { seen: (number | null)[][]; stop: () => void } {
  const seen: (number | null)[][] = [];
  const take = (rows: readonly { tier: number | null }[]) =>
    seen.push([...new Set(rows.map((a) => a.tier))]);
  const stop = onAccountCopyChange(() => {
    if (accountCopy.rev === null) void readFreshAccounts().then(take);
    else take(accountCopy.list());
  });
  return { seen, stop };
}

/** Lets every announcement scheduled so far and the reads it started finish. */
async function settle(): Promise<void> {
  const ticks = async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  };
  await ticks();
  // A read of every page takes more ticks than that: this one waits for any in flight.
  await readFreshAccounts();
  await ticks();
}

const tiers = async () => [...new Set((await readFreshAccounts()).map((a) => a.tier))];

beforeEach(async () => {
  resetDb(`test-${Math.random()}`);
  history.clear();
  await commit('Seed', { accounts: { put: seed } });
  await settle(); // the seed's own (late) announcement
});

describe('a large write that fails', () => {
  it('a field edit failing while its pages are written is shown at once, then rolled back', async () => {
    const { seen, stop } = watchTiers();
    const free = await fillDisk('accountColumns', 1);
    await expect(commitFieldEdit(`Bulk edit ${ROWS} accounts`, tierOne)).rejects.toThrow(
      /Not enough disk space/,
    );
    free();
    await settle();
    stop();
    expect(seen[0]).toEqual([1]); // shown before the write was durable
    expect(seen.at(-1)).toEqual([3]); // the failed write rolled the view back
    expect(await tiers()).toEqual([3]);
    expect(history.snapshot().undoLabel).toBe('Seed');
  });

  it('a put failing at its last request (the sync log) rolls the view back', async () => {
    const { seen, stop } = watchTiers();
    const free = await fillDisk('syncLog', 0);
    await expect(
      commit('Make all Tier 2', { accounts: { put: seed.map((a) => ({ ...a, tier: 2 })) } }),
    ).rejects.toThrow(/Not enough disk space/);
    free();
    await settle();
    stop();
    expect(seen[0]).toEqual([2]);
    expect(seen.at(-1)).toEqual([3]);
    expect(await tiers()).toEqual([3]);
  });
});

describe('a large write that succeeds', () => {
  it('the edit, its undo and its redo are each announced with their own rows', async () => {
    const { seen, stop } = watchTiers();
    await commitFieldEdit(`Bulk edit ${ROWS} accounts`, tierOne);
    await settle();
    expect(seen.at(-1)).toEqual([1]);
    await undo();
    await settle();
    expect(seen.at(-1)).toEqual([3]);
    await redo();
    await settle();
    expect(seen.at(-1)).toEqual([1]);
    stop();
    expect(await tiers()).toEqual([1]);
  });
});
