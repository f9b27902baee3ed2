// An undo, redo or field edit is applied to the window's copy and shown before its
// transaction opens (accountWrite.ts applyEarly, copyShown.ts): the write waits, holding its
// tables, for the views' refresh and a painted frame, then writes. A write elsewhere that lands in between makes
// the transaction read the pages again and apply the work anew.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, resetDb } from '../../../renderer/src/store/db';
import { commit, commitFieldEdit, history, redo, undo } from '../../../renderer/src/store/changes';
import {
  ACCOUNTS_META_KEY,
  accountCopy,
  META_TABLE,
  onAccountCopyChange,
} from '../../../renderer/src/store/accountPages';
import { storedRevision } from '../../../renderer/src/store/accountSync';
import { holdWritesWhile } from '../../../renderer/src/store/copyShown';
import { readFreshAccounts } from '../../../renderer/src/store/reads';
import { applyChanges } from '../../../renderer/src/store/applyChanges';
import { makeAccount } from '../workspace/fixtures';

const ROWS = 1_200;
const seed = Array.from({ length: ROWS }, (_, i) =>
  makeAccount({ id: `a${String(i).padStart(5, '0')}`, name: `Co ${i}`, tier: 3 }),
);
const tierOne = { ids: seed.map((a) => a.id), fields: [{ field: 'tier', value: 1 }] };
const tiers = async () => [...new Set((await readFreshAccounts()).map((a) => a.tier))];
const revision = () => storedRevision(db.table(META_TABLE));

const g = globalThis as unknown as Record<string, unknown>;
/** A window that draws frames (Node has none): frames every 5 ms. */
function drawFrames(): void {
  g.requestAnimationFrame = (cb: (t: number) => void) => setTimeout(() => cb(performance.now()), 5);
  g.document = { visibilityState: 'visible' };
}

beforeEach(async () => {
  resetDb(`test-${Math.random()}`);
  history.clear();
  await commit('Seed', { accounts: { put: seed } });
  await readFreshAccounts();
});

afterEach(() => {
  delete g.requestAnimationFrame;
  delete g.document;
});

/**
 * Watches the copy: at each announcement, the copy's tiers and whether its pages were
 * written yet (the copy's revision moved on from `before`), checked as a view's refresh (a
 * hold) ends. The write holds its tables meanwhile, so a read of the store would wait for it.
 */
function watch(before: () => string): {
  seen: { tiers: unknown[]; stored: boolean }[];
  stop: () => void;
} {
  const seen: { tiers: unknown[]; stored: boolean }[] = [];
  const stop = onAccountCopyChange(() => {
    if (accountCopy.rev === null) return;
    const shown = [...new Set(accountCopy.list().map((a) => a.tier))];
    holdWritesWhile(
      (async () => {
        await new Promise((r) => setTimeout(r, 20)); // a refresh that takes a few tasks
        // The copy takes the new revision once its pages are written (writeDirtyPages).
        seen.push({ tiers: shown, stored: accountCopy.rev !== before() });
      })(),
    );
  });
  return { seen, stop };
}

describe('shown before the transaction opens', () => {
  it('a field edit, its undo and its redo each wait for the views before writing', async () => {
    drawFrames();
    let rev = await revision();
    const { seen, stop } = watch(() => rev);
    await commitFieldEdit('Bulk edit', tierOne);
    expect(seen[0]).toEqual({ tiers: [1], stored: false });
    expect(await revision()).not.toBe(rev);
    rev = await revision();
    await undo();
    expect(seen.find((s) => s.tiers[0] === 3)).toEqual({ tiers: [3], stored: false });
    rev = await revision();
    await redo();
    expect(seen.at(-1)?.stored).toBe(false);
    stop();
    expect(await tiers()).toEqual([1]);
    await undo();
    expect(await tiers()).toEqual([3]);
  });

  it('a write elsewhere in between: the pages are read again and the edit applied anew', async () => {
    drawFrames();
    const stop = onAccountCopyChange(() => {
      // Another writer moves the stored revision while the window shows the edit.
      holdWritesWhile(
        db.table(META_TABLE).update(ACCOUNTS_META_KEY, { rev: 'elsewhere', put: undefined }),
      );
    });
    await commitFieldEdit('Bulk edit', tierOne);
    stop();
    expect(await tiers()).toEqual([1]);
    expect(history.snapshot().undoLabel).toBe('Bulk edit');
    await undo();
    expect(await tiers()).toEqual([3]);
    await redo();
    expect(await tiers()).toEqual([1]);
  });

  it('a stale undo is refused as before, and the copy keeps the stored rows', async () => {
    drawFrames();
    await commitFieldEdit('Bulk edit', tierOne);
    // A write not in this history (as another tab's) changes a row the step wrote.
    const other = { ...(accountCopy.get('a00001') as (typeof seed)[number]), tier: 2 as const };
    await applyChanges({ accounts: { put: [other] } });
    let announced = 0;
    const stop = onAccountCopyChange(() => announced++);
    await expect(undo()).rejects.toThrow(/changed since/i);
    stop();
    expect(announced).toBe(0); // nothing was shown: the step was checked first
    const rows = await readFreshAccounts();
    expect(rows.filter((a) => a.tier === 2).map((a) => a.id)).toEqual(['a00001']);
    expect(rows.filter((a) => a.tier === 1).length).toBe(ROWS - 1);
  });
});
