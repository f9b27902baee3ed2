/**
 * Benchmark hook, in the bench build only (never in the product): test/bench/mergeStore.bench.ts
 * drives the store's merge through it in Chromium, on the browser's own IndexedDB. `seed`
 * writes a store through commit() (the ancestor, then my edits) and makes the colleague's file
 * from the ancestor; `preview` and `merge` run the app's merge as the dialog does (in the merge
 * Worker), `previewParts` times the preview's steps one by one in the window, and
 * `plainBulkPut` is the baseline: the same changed rows put into a plain table, same browser.
 */
import Dexie from 'dexie';
import type { Account, Motion } from '../../../shared/domain/types';
import { commit, history } from '../../../renderer/src/store/changes';
import { readStampedWorkspace, readStampedWorkspaceAt } from '../../../renderer/src/store/syncLog';
import { applyInWorker, previewInWorker } from '../../../renderer/src/features/merge/mergeClient';
import { parseWorkspaceFile } from '../../../shared/workspace/workspaceFile';
import { planMerge } from '../../../shared/merge/mergeWorkspaces';
import { mergeScenario, myEdits } from '../data/mergeScenario';

interface Seeded {
  bytes: Uint8Array;
  changed: { accounts: Account[]; motions: Motion[] };
}

let seeded: Seeded | null = null;

const file = () => {
  if (!seeded) throw new Error('seed first');
  return { name: 'laptop-b.json', bytes: seeded.bytes };
};

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await run();
  return { ms: performance.now() - t0, value };
}

function makeHook() {
  return {
    /** The ancestor, the colleague's file made from it, then my edits through commit(). */
    async seed(accounts: number, motions: number): Promise<{ megabytes: number }> {
      const scenario = mergeScenario(accounts, motions);
      await commit('Seed', {
        accounts: { put: scenario.ancestor.accounts },
        motions: { put: scenario.ancestor.motions },
      });
      const ancestor = await readStampedWorkspace();
      const theirs = scenario.theirs(ancestor);
      const mine = myEdits(scenario.ancestor, accounts / 10);
      await commit('My edits', { accounts: { put: mine.accounts } });
      await commit('My motions', { motions: { put: mine.motions } });
      history.clear();
      seeded = { bytes: new TextEncoder().encode(theirs.text), changed: theirs.changed };
      return { megabytes: seeded.bytes.length / 1e6 };
    },
    /** The preview's steps in the window, each timed: check the file, read the store, plan. */
    async previewParts(): Promise<Record<string, number>> {
      const { bytes, name } = file();
      const decode = await timed(async () => new TextDecoder().decode(bytes));
      const parse = await timed(async () => parseWorkspaceFile(decode.value, name));
      if (!parse.value.ok) throw new Error(parse.value.error);
      const theirs = { data: parse.value.data, sync: parse.value.sync };
      const read = await timed(() => readStampedWorkspaceAt());
      const plan = await timed(async () => planMerge(read.value.workspace, theirs));
      return { decode: decode.ms, check: parse.ms, read: read.ms, plan: plan.ms };
    },
    /** The preview as the Merge dialog runs it (in the merge Worker, file sent to it). */
    async preview(): Promise<{ ms: number; conflicts: number; changed: number }> {
      const t = await timed(() => previewInWorker(file()));
      if (!t.value.ok) throw new Error(t.value.error);
      const { counts, conflicts } = t.value.summary;
      let changed = 0;
      for (const c of Object.values(counts)) changed += c.added + c.changed + c.removed;
      return { ms: t.ms, conflicts: conflicts.length, changed };
    },
    /** The merge of the last preview, "theirs" for every conflict: the Worker writes it. */
    async merge(): Promise<{ ms: number; changed: number }> {
      const t = await timed(() => applyInWorker('laptop-b.json', { all: 'theirs' }, () => {}));
      if (!t.value.ok) throw new Error(t.value.error);
      return { ms: t.ms, changed: t.value.changed };
    },
    /** The baseline: a plain bulkPut of the colleague's changed rows into plain tables. */
    async plainBulkPut(): Promise<number> {
      if (!seeded) throw new Error('seed first');
      const { changed } = seeded;
      const plain = new Dexie('abm-bench-merge-plain');
      plain.version(1).stores({ accounts: 'id', motions: 'id' });
      await plain.open();
      const all = await readStampedWorkspace();
      await plain.table('accounts').bulkPut(all.data.accounts);
      await plain.table('motions').bulkPut(all.data.motions);
      const t0 = performance.now();
      await plain.transaction('rw', [plain.table('accounts'), plain.table('motions')], async () => {
        await plain.table('accounts').bulkPut(changed.accounts);
        await plain.table('motions').bulkPut(changed.motions);
      });
      const ms = performance.now() - t0;
      plain.close();
      await Dexie.delete('abm-bench-merge-plain');
      return ms;
    },
  };
}

export type MergeBenchHook = ReturnType<typeof makeHook>;

declare global {
  interface Window {
    __abmMergeBench?: MergeBenchHook;
  }
}

export function installMergeBenchHook(): void {
  window.__abmMergeBench = makeHook();
}
