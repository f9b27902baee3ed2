/**
 * Measurement hooks for test/bench/accounts.bench.ts, in the bench build only (never in the
 * product): generate a synthetic export, run the real import (Worker + commit) while
 * watching Long Tasks, and the two baselines (raw Papa Parse, plain Dexie bulkPut). It
 * reaches the app through its public modules: the store, the import client, and the
 * account grid's API (accountsGridApi.ts).
 */
import Papa from 'papaparse';
import { plainBulkPut } from './plainBulkPut';
import type { GridApi } from 'ag-grid-community';
import type { Account } from '../../../shared/domain/types';
import { countRows, readAll } from '../../../renderer/src/store/reads';
import { commitFieldEdit, redo, undo, whenWritten } from '../../../renderer/src/store/changes';
import { AccountImportSession } from '../../../renderer/src/features/accounts/import/importClient';
import { syntheticSalesforceExport } from '../data/syntheticSalesforceExport';
import { bulkOnScreen } from './bulkOnScreen';

let csv = '';
let csvBytes = new Uint8Array(0);
let inlineTimes: Promise<{ screen: number; durable: number }> | null = null;

function nextFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
}

function makeHook(getApi: () => GridApi<Account> | null) {
  return {
    ready: () => getApi() !== null,
    generate(rows: number): number {
      csv = syntheticSalesforceExport(rows);
      csvBytes = new TextEncoder().encode(csv);
      return csv.length;
    },
    rawParse(): number {
      const t0 = performance.now();
      Papa.parse(csv, { delimiter: ',' });
      return performance.now() - t0;
    },
    async importAll(): Promise<{
      ms: number;
      longTasks: number[];
      /** Long tasks after the import, until the grid shows every imported row. */
      gridLongTasks: number[];
      gridMs: number;
      accounts: number;
      phases: Record<string, number>;
      /** Each long task over 100 ms, with the phase it fell in. */
      slow: string[];
    }> {
      const entries: { start: number; duration: number }[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          entries.push({ start: e.startTime, duration: e.duration });
      });
      observer.observe({ type: 'longtask', buffered: false });
      // Encoded when generated: in the app the bytes come from File.arrayBuffer(), not this thread.
      const bytes = csvBytes;
      const t0 = performance.now();
      const session = new AccountImportSession(() => undefined);
      const phases: Record<string, number> = {};
      const bounds: { name: string; from: number; to: number }[] = [];
      let last = t0;
      const lap = (name: string) => {
        const now = performance.now();
        phases[name] = now - last;
        bounds.push({ name, from: last, to: now });
        last = now;
      };
      const files = await session.parse([{ name: 'bench.csv', bytes }], {});
      lap('parse (Worker)');
      const mappings = Object.fromEntries(files.map((f) => [f.name, f.mapping]));
      const summary = await session.preview({
        mappings,
        policy: 'fill-empty',
        defaultStatus: 'target',
        profile: null,
      });
      lap('normalize + dedupe (Worker)');
      await session.commit({ summary, files, mappings, batchId: crypto.randomUUID() });
      lap('commit (Worker)');
      const ms = performance.now() - t0;
      session.dispose();
      const accounts = await countRows('accounts');
      while ((getApi()?.getDisplayedRowCount() ?? 0) < accounts)
        await new Promise((r) => setTimeout(r, 20));
      await nextFrame();
      lap('grid shows the rows');
      const gridMs = performance.now() - t0 - ms;
      await new Promise((r) => setTimeout(r, 50));
      observer.disconnect();
      const phaseOf = (start: number) =>
        bounds.find((b) => start >= b.from && start < b.to)?.name ?? 'after';
      const importEnd = t0 + ms;
      return {
        ms,
        longTasks: entries.filter((e) => e.start < importEnd).map((e) => e.duration),
        gridLongTasks: entries.filter((e) => e.start >= importEnd).map((e) => e.duration),
        gridMs,
        accounts,
        phases,
        slow: entries
          .filter((e) => e.duration > 100)
          .map((e) => `${e.duration.toFixed(0)} ms in ${phaseOf(e.start)}`),
      };
    },
    async plainBulkPut(): Promise<number> {
      return plainBulkPut('abm-bench-plain', await readAll('accounts'));
    },
    /**
     * A bulk edit of every account as one commit (the tier, and updatedAt, as the bulk edit
     * bar writes it: a field edit), then its undo and redo (one step each), each timed until durable.
     */
    async bulkEditUndo(): Promise<{
      rows: number;
      edit: number;
      undo: number;
      redo: number;
      ok: boolean;
    }> {
      const all = await readAll('accounts');
      const now = new Date().toISOString();
      const t0 = performance.now();
      await commitFieldEdit('Bench: every account to Tier 2', {
        ids: all.map((a) => a.id),
        fields: [
          { field: 'tier', value: 2 },
          { field: 'updatedAt', value: now },
        ],
      });
      const t1 = performance.now();
      const undone = await undo();
      const t2 = performance.now();
      const restored = (await readAll('accounts')).filter((a) => a.tier === 2).length;
      const expected = all.filter((a) => a.tier === 2).length;
      await redo();
      const t3 = performance.now();
      const edited = (await readAll('accounts')).filter((a) => a.tier === 2).length;
      await undo();
      return {
        rows: all.length,
        edit: t1 - t0,
        undo: t2 - t1,
        redo: t3 - t2,
        ok: undone !== null && restored === expected && edited === all.length,
      };
    },
    bulkOnScreen: () => bulkOnScreen(getApi()),
    // The bulk edit, its undo and its redo one call each, for profiling one of them alone.
    async profEdit(): Promise<number> {
      const all = await readAll('accounts');
      const now = new Date().toISOString();
      const t0 = performance.now();
      await commitFieldEdit('Bench: every account to Tier 2', {
        ids: all.map((a) => a.id),
        fields: [
          { field: 'tier', value: 2 },
          { field: 'updatedAt', value: now },
        ],
      });
      return performance.now() - t0;
    },
    profUndo: async (t0 = performance.now()) => (await undo(), performance.now() - t0),
    profRedo: async (t0 = performance.now()) => (await redo(), performance.now() - t0),
    /** Ten bulk edits of every account (one field and updatedAt each), kept as undo steps. */
    async tenBulkEdits(): Promise<number> {
      const t0 = performance.now();
      for (let i = 0; i < 10; i++) {
        const all = await readAll('accounts');
        const now = new Date(Date.UTC(2027, 0, 1 + i)).toISOString();
        await commitFieldEdit(`Bench: bulk edit ${i + 1}`, {
          ids: all.map((a) => a.id),
          fields: [
            { field: 'notes', value: `bulk edit ${i + 1}` },
            { field: 'updatedAt', value: now },
          ],
        });
      }
      return performance.now() - t0;
    },
    /** Puts every bench bulk edit back (so later measurements see the imported rows). */
    async undoAll(): Promise<void> {
      while ((await undo())?.startsWith('Bench:')) {
        /* next */
      }
    },
    /** Scrolls the first row's industry cell into view (the bench then double-clicks it): not the
     * name, which the list is sorted by, so the edited row stays where it is on screen. */
    startInlineEdit(): void {
      const api = getApi();
      api?.ensureIndexVisible(0, 'top');
      api?.ensureColumnVisible('industry');
    },
    /**
     * Times the inline edit's Enter (pressed by the bench through the keyboard) to the frame
     * that shows `value` in the industry cell, and to the write being durable.
     */
    armInlineEdit(value: string): void {
      inlineTimes = new Promise((resolve) => {
        const onKey = (e: KeyboardEvent) => {
          if (e.key !== 'Enter') return;
          document.removeEventListener('keydown', onKey, true);
          const t0 = performance.now();
          let screen = -1;
          let durable = -1;
          const done = () => screen >= 0 && durable >= 0 && resolve({ screen, durable });
          // The grid calls commit() in its own handler of this key: wait for that write.
          setTimeout(
            () =>
              void whenWritten().then(() => {
                durable = performance.now() - t0;
                done();
              }),
          );
          const shown = () =>
            [...document.querySelectorAll('.ag-row [col-id="industry"]')].some(
              (cell) => cell.textContent?.includes(value) === true,
            );
          const frame = () => {
            // Given up after 10 s (then reported as such, not hung on).
            if (shown() || performance.now() - t0 > 10_000) {
              screen = performance.now() - t0;
              done();
            } else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        };
        document.addEventListener('keydown', onKey, true);
      });
    },
    inlineEditTimes: (): Promise<{ screen: number; durable: number }> =>
      inlineTimes ?? Promise.reject(new Error('armInlineEdit first')),
    /**
     * Sorting by a column as a user does, by clicking its header: once (ascending) and again
     * (descending), each timed from the click to the painted frame showing the sorted rows
     * (the grid's synchronous part, frames until its first row is the expected account,
     * then one more).
     */
    async sort(colId: keyof Account): Promise<{ sync: number; frame: number }[]> {
      const api = getApi();
      if (!api) return [];
      let min: unknown = undefined;
      let max: unknown = null;
      let empty = false;
      for (const a of await readAll('accounts')) {
        const v = a[colId];
        if (typeof v !== 'number') empty = true;
        else {
          if (max === null || v > (max as number)) max = v;
          if (min === undefined || v < (min as number)) min = v;
        }
      }
      api.ensureColumnVisible(colId);
      await nextFrame();
      const header = document.querySelector<HTMLElement>(
        `.ag-header-cell[col-id="${colId}"] .ag-header-cell-label`,
      );
      if (!header) return [];
      const timed = async (first: unknown) => {
        await nextFrame();
        await new Promise((r) => setTimeout(r, 500));
        const t0 = performance.now();
        header.click();
        const sync = performance.now() - t0;
        const painted = () => {
          const node = api.getDisplayedRowAtIndex(0);
          if (!node?.data || (node.data[colId] ?? null) !== first) return false;
          return document.querySelector(`.ag-row[row-index="0"][row-id="${node.id}"]`) !== null;
        };
        while (!painted()) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(r));
        return { sync, frame: performance.now() - t0 };
      };
      // Ascending puts empty values first, descending the largest.
      return [await timed(empty ? null : min), await timed(max)];
    },
    displayedRows: () => getApi()?.getDisplayedRowCount() ?? 0,
  };
}

export type AccountsBenchHook = ReturnType<typeof makeHook>;

declare global {
  interface Window {
    __abmAccountsBench?: AccountsBenchHook;
  }
}

/** Installs the hook; it follows the account grid as the section mounts and unmounts. */
export function installAccountsBenchHook(getApi: () => GridApi<Account> | null): void {
  window.__abmAccountsBench = makeHook(getApi);
}
