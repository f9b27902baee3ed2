/**
 * Benchmark hook, in the bench build only (never in the product): test/bench/mergeStore.bench.ts
 * drives the store's merge through it in Chromium, on the browser's own IndexedDB. `seed`
 * writes a store through commit() (the ancestor, then my edits) and makes the colleague's file
 * from the ancestor; `preview` runs the app's path from a picked file to the preview on screen
 * (the platform reads the File, the merge Worker checks it and plans, the Merge dialog
 * renders) and returns each phase's time; `merge` writes it as the dialog does (in the merge
 * Worker); and `plainBulkPut` is the baseline: the same changed rows put into a plain table, same browser.
 */
import Dexie from 'dexie';
import type { Account, Motion } from '../../../shared/domain/types';
import { commit, history } from '../../../renderer/src/store/changes';
import { readStampedWorkspace } from '../../../renderer/src/store/syncLog';
import {
  applyInWorker,
  cancelMergeWork,
  lastPreviewPhases,
  warmMergeWorker,
} from '../../../renderer/src/features/merge/mergeClient';
import { previewMerge, useMergeDialog } from '../../../renderer/src/features/merge/mergeCommands';
import { clockNow } from '../../../renderer/src/features/merge/previewPhases';
import { readFiles } from '../../../renderer/src/platform/browserPlatform';
import { mergeScenario, myEdits } from '../data/mergeScenario';

interface Seeded {
  bytes: Uint8Array;
  /** Their file as the user picks it (a File, read by the platform as in the app). */
  picked: File;
  changed: { accounts: Account[]; motions: Motion[] };
}

/** A preview's time from the picked file to the dialog on screen, and its phases in order. */
export interface PreviewTiming {
  ms: number;
  phases: [phase: string, ms: number][];
  conflicts: number;
  changed: number;
}

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

let seeded: Seeded | null = null;

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
      const bytes = new TextEncoder().encode(theirs.text);
      const picked = new File([bytes as BlobPart], 'laptop-b.json', { type: 'application/json' });
      seeded = { bytes, picked, changed: theirs.changed };
      return { megabytes: seeded.bytes.length / 1e6 };
    },
    /**
     * The preview as the user gets it: the merge starts (the merge Worker is started and
     * reads the store, as startMerge does before the file picker opens), the user spends
     * `pickMs` in the file picker (0: none at all), the platform reads the picked File (as the
     * browser's open dialog does), previewMerge sends it to the merge Worker, which decodes,
     * parses, checks, reads the store, folds its log and plans; the Merge dialog then renders.
     * Timed from the picked file. `newWorker`: stop the merge Worker first, so this preview
     * is a new Worker's first, as after opening the app.
     */
    async preview(pickMs = 0, newWorker = false): Promise<PreviewTiming> {
      if (!seeded) throw new Error('seed first');
      useMergeDialog.getState().close();
      if (newWorker) cancelMergeWork();
      await nextFrame();
      // As startMerge does before the file picker opens.
      void warmMergeWorker();
      if (pickMs > 0) await new Promise((picked) => setTimeout(picked, pickMs));
      const t0 = clockNow();
      const [opened] = await readFiles([seeded.picked], (m) => {
        throw new Error(m);
      });
      if (!opened) throw new Error('the file was not read');
      const read = clockNow();
      await previewMerge(opened);
      const replied = clockNow();
      const summary = useMergeDialog.getState().summary;
      if (!summary) throw new Error('no preview was shown');
      // Shown: React has rendered the dialog and the browser has painted a frame of it.
      await nextFrame();
      if (!document.querySelector('#merge-title')) throw new Error('the dialog did not render');
      const shown = clockNow();
      const worker = lastPreviewPhases();
      if (!worker) throw new Error('the worker sent no phases');
      const inWorker = worker.steps.reduce((sum, [, ms]) => sum + ms, 0);
      const phases: [string, number][] = [
        ['read file', read - t0],
        ['to worker', worker.startedAt - read],
        ...worker.steps,
        ['to window', replied - worker.startedAt - inWorker],
        ['render', shown - replied],
      ];
      let changed = 0;
      for (const c of Object.values(summary.counts)) changed += c.added + c.changed + c.removed;
      return { ms: shown - t0, phases, conflicts: summary.conflicts.length, changed };
    },
    /** How long a new merge Worker takes to start and read the store (no preview meanwhile). */
    async warmUp(): Promise<number> {
      cancelMergeWork();
      const t = await timed(() => warmMergeWorker());
      return t.ms;
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
