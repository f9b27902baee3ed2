/**
 * The user's time of a bulk edit, its undo and its redo (test/bench/accounts.bench.ts): from
 * the action, through the code path the bulk edit bar calls (bulkFieldEdit, then
 * commitFieldEdit; the toolbar's undo()/redo()), to the first animation frame whose grid
 * shows the new value in every tier cell on screen; and to the write being durable.
 */
import type { GridApi } from 'ag-grid-community';
import type { Account } from '../../../shared/domain/types';
import { readAll } from '../../../renderer/src/store/reads';
import { commitFieldEdit, redo, undo } from '../../../renderer/src/store/changes';
import { bulkFieldEdit } from '../../../renderer/src/features/accounts/bulkFieldEdit';
import { EMPTY_DIRECTORY } from '../../../shared/owners/ownerDirectory';

export interface OnScreen {
  screen: number;
  durable: number;
}

/** The tier cells on screen, by row index. */
function tierCells(): Map<string, string> {
  const cells = new Map<string, string>();
  for (const row of document.querySelectorAll('.ag-row')) {
    const cell = row.querySelector('[col-id="tier"]');
    const index = row.getAttribute('row-index');
    if (cell && index !== null) cells.set(index, cell.textContent ?? '');
  }
  return cells;
}

/** Runs `act`, times the first frame where `shown()` holds (10 s at most) and its end. */
async function timed(act: () => Promise<unknown>, shown: () => boolean): Promise<OnScreen> {
  const t0 = performance.now();
  let durable = -1;
  const written = act().then(() => (durable = performance.now() - t0));
  const screen = await new Promise<number>((resolve) => {
    const frame = () => {
      if (shown() || performance.now() - t0 > 10_000) resolve(performance.now() - t0);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await written;
  return { screen, durable };
}

const same = (a: Map<string, string>, b: Map<string, string>) =>
  a.size > 0 && [...a].every(([k, v]) => b.get(k) === v);

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

export async function bulkOnScreen(api: GridApi<Account> | null): Promise<{
  edit: OnScreen;
  undo: OnScreen;
  redo: OnScreen;
  ok: boolean;
  cells: string;
}> {
  const all: Account[] = await readAll('accounts');
  // The grid draws only the columns in view: bring the tier's cells on screen first.
  api?.ensureIndexVisible(0, 'top');
  api?.ensureColumnVisible('tier');
  await frames();
  const before = tierCells();
  const first = before.values().next().value ?? '';
  // A tier the first row on screen does not have, so that its cell must change.
  const tier = ['1', '2', '3'].find((t) => !first.includes(t)) ?? '1';
  const allShow = () => {
    const now = tierCells();
    return now.size > 0 && [...now.values()].every((v) => v.includes(tier));
  };
  const choices = { tier, status: '', team: '', owner: '', addTags: '', removeTags: '' };
  const edit = await timed(async () => {
    const fields = await bulkFieldEdit(all, choices, EMPTY_DIRECTORY, new Date().toISOString());
    await commitFieldEdit(`Bench: bulk edit ${all.length} accounts`, fields);
  }, allShow);
  const editShown = allShow();
  const undone = await timed(undo, () => same(before, tierCells()));
  const undoShown = same(before, tierCells());
  const redone = await timed(redo, allShow);
  const ok = editShown && undoShown && allShow();
  await undo();
  const cells = `${tier}: ${JSON.stringify([...before].slice(0, 3))}`;
  return { edit, undo: undone, redo: redone, ok, cells };
}
