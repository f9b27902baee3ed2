/**
 * The store's merge (issue 19), end to end as the app runs it, on IndexedDB (fake-indexeddb in
 * Node: the same Dexie code, a slower engine than Chromium's): a 100,000-account, 1,000-motion
 * store that changed 10,000 accounts and 100 motions through commit() (so its change log holds
 * them), and a colleague's file that changed 10,000 other accounts (1,000 of them also changed
 * here, half in the same field: 500 conflicts) and 50 motions.
 *   - preview: read and check the colleague's file, read the store with its stamps, plan;
 *     target ≤ 2 s;
 *   - merge: apply "theirs" and write the one transaction (rows and stamps); target ≤ 1.5 × a
 *     plain bulkPut of the same changed rows into a table of the same engine, same run.
 * Also the cost of change tracking itself: a 10,000-account commit with and without its entry.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Account, Motion } from '../../shared/domain/types';
import { resetDb } from '../../renderer/src/store/db';
import { commit, history, undo } from '../../renderer/src/store/changes';
import { readStampedWorkspace } from '../../renderer/src/store/syncLog';
import { applyMerge, prepareMerge } from '../../renderer/src/features/merge/mergeIntoStore';
import { createHlc, type Stamp } from '../../shared/merge/hlc';
import { parseWorkspaceFile, serializeWorkspace } from '../../shared/workspace/workspaceFile';
import { planMerge } from '../../shared/merge/mergeWorkspaces';
import type { RowStamps } from '../../shared/merge/syncState';
import { account, motion } from './merge.bench';
import type { BenchContext, BenchResult } from './types';

function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  return run().then((value) => ({ ms: performance.now() - started, value }));
}

export default async function mergeStoreBench(ctx: BenchContext): Promise<BenchResult[]> {
  const n = ctx.smoke ? 1_000 : 100_000;
  const perSide = n / 10;
  const overlap = perSide / 10;
  const motions = ctx.smoke ? 200 : 1_000;
  resetDb(`bench-merge-${Date.now()}`);
  history.clear();
  const accounts = Array.from({ length: n }, (_, i) => account(i));
  const allMotions = Array.from({ length: motions }, (_, i) => motion(i));
  await commit('Seed', { accounts: { put: accounts }, motions: { put: allMotions } });
  const ancestor = await readStampedWorkspace();

  // Theirs: the ancestor plus their edits, stamped by their installation.
  let t = Date.now() - 60_000;
  const clock = createHlc('laptop-b', () => t++);
  const theirAccounts = [...ancestor.data.accounts];
  const theirMotions = [...ancestor.data.motions];
  const accStamps: Record<string, RowStamps> = { ...ancestor.sync.stamps.accounts };
  const motStamps: Record<string, RowStamps> = { ...ancestor.sync.stamps.motions };
  let last: Stamp = '';
  const changedAccounts: Account[] = [];
  const changedMotions: Motion[] = [];
  // The store keeps rows in key order ('a0', 'a1', 'a10', …): find each by its id.
  const at = new Map<string, number>();
  theirAccounts.forEach((a, i) => at.set(a.id, i));
  theirMotions.forEach((m, i) => at.set(m.id, i));
  for (let i = perSide - overlap; i < 2 * perSide - overlap; i++) {
    const field = i % 2 === 0 ? 'notes' : 'territory';
    const k = at.get(`a${i}`)!;
    const row = { ...theirAccounts[k]!, [field]: `laptop-b ${i}` };
    theirAccounts[k] = row;
    changedAccounts.push(row);
    last = clock.tick();
    accStamps[row.id] = { base: accStamps[row.id]?.base ?? last, fields: { [field]: last } };
  }
  for (let i = 50; i < 100; i++) {
    const k = at.get(`m${i}`)!;
    const row = { ...theirMotions[k]!, theme: 'laptop-b theme' };
    theirMotions[k] = row;
    changedMotions.push(row);
    last = clock.tick();
    motStamps[row.id] = { base: motStamps[row.id]?.base ?? last, fields: { theme: last } };
  }
  const theirsText = serializeWorkspace(
    { ...ancestor.data, accounts: theirAccounts, motions: theirMotions },
    new Date().toISOString(),
    undefined,
    {
      installationId: 'laptop-b',
      stamps: { ...ancestor.sync.stamps, accounts: accStamps, motions: motStamps },
      tombstones: ancestor.sync.tombstones,
      versionVector: { ...ancestor.sync.versionVector, 'laptop-b': last },
    },
  );
  const file = { name: 'laptop-b.json', bytes: new TextEncoder().encode(theirsText) };

  // Mine: 10,000 accounts' notes and 100 motions' themes, through commit() like the app.
  const mine = accounts.slice(0, perSide).map((a) => ({ ...a, notes: `laptop-a ${a.id}` }));
  const tracked = await time(() => commit('My edits', { accounts: { put: mine } }));
  await commit('My motions', {
    motions: { put: allMotions.slice(0, 100).map((m) => ({ ...m, theme: 'laptop-a theme' })) },
  });

  // Where the preview's time goes.
  const parse = await time(async () => parseWorkspaceFile(theirsText, file.name));
  const read = await time(() => readStampedWorkspace());
  const parsed = parse.value;
  if (!parsed.ok) throw new Error(parsed.error);
  const planOnly = await time(async () =>
    planMerge(read.value, { data: parsed.data, sync: parsed.sync }),
  );
  ctx.log(
    `preview parts: file check ${parse.ms.toFixed(0)} ms, store read ${read.ms.toFixed(0)} ms, plan ${planOnly.ms.toFixed(0)} ms`,
  );
  const preview = await time(() => prepareMerge(file));
  if (!preview.value.ok) throw new Error(preview.value.error);
  const plan = preview.value.merge.plan;
  const merged = await time(() =>
    applyMerge(preview.value.ok ? preview.value.merge : (null as never), { all: 'theirs' }),
  );
  if (!merged.value.ok) throw new Error(merged.value.error);

  // The store's own plain write of the same rows: undo the merge, then commit() them as they
  // came out of it (no merge, no stamps taken from elsewhere).
  const mergedRows = await readStampedWorkspace();
  const byId = new Map(mergedRows.data.accounts.map((a) => [a.id, a]));
  const mergedAccounts = plan.outcomes.accounts.map((o) => byId.get(o.key)!).filter(Boolean);
  const motionById = new Map(mergedRows.data.motions.map((m) => [m.id, m]));
  const mergedMotions = plan.outcomes.motions.map((o) => motionById.get(o.key)!).filter(Boolean);
  await undo();
  const stored = await time(() =>
    commit('Plain', { accounts: { put: mergedAccounts }, motions: { put: mergedMotions } }),
  );

  // The baseline: a plain bulkPut of the same changed rows, same engine, same run.
  const plain = new Dexie(`bench-plain-${Date.now()}`);
  plain.version(1).stores({ accounts: 'id', motions: 'id' });
  await plain.table('accounts').bulkPut(accounts);
  const put = await time(() =>
    plain.transaction('rw', [plain.table('accounts'), plain.table('motions')], async () => {
      await plain.table('accounts').bulkPut(changedAccounts);
      await plain.table('motions').bulkPut(changedMotions);
    }),
  );
  plain.close();

  const ratio = merged.ms / put.ms;
  const storeRatio = merged.ms / stored.ms;
  const size = ctx.smoke ? 'smoke' : '100k';
  ctx.log(
    `${n} accounts: ${plan.preview.accounts.changed.length} accounts and ${plan.preview.motions.changed.length} motions from theirs, ${plan.conflicts.length} conflicts; preview ${preview.ms.toFixed(0)} ms, merge ${merged.ms.toFixed(0)} ms, plain bulkPut ${put.ms.toFixed(0)} ms (× ${ratio.toFixed(2)}), the store's commit() of the same rows ${stored.ms.toFixed(0)} ms (× ${storeRatio.toFixed(2)}); a tracked 10,000-account commit ${tracked.ms.toFixed(0)} ms`,
  );
  return [
    {
      name: `store merge preview ${size} (file read + store read + plan)`,
      value: Math.round(preview.ms),
      unit: 'ms',
      target: '≤ 2000',
      pass: preview.ms <= 2000,
      note: `${plan.conflicts.length} conflicts; fake-indexeddb`,
    },
    {
      name: `store merge write ${size} vs plain bulkPut of the changed rows`,
      value: Math.round(ratio * 100) / 100,
      unit: 'x',
      target: '≤ 1.5',
      pass: ratio <= 1.5,
      baseline: {
        name: 'plain bulkPut of the changed rows',
        value: Math.round(put.ms),
        unit: 'ms',
      },
      note: `merge ${Math.round(merged.ms)} ms (decisions + one transaction with the stamps); fake-indexeddb`,
    },
    {
      name: `store merge write ${size} vs the store's commit() of the same rows`,
      value: Math.round(storeRatio * 100) / 100,
      unit: 'x',
      target: '≤ 1.5',
      pass: storeRatio <= 1.5,
      baseline: { name: 'commit() of the merged rows', value: Math.round(stored.ms), unit: 'ms' },
      note: 'the accounts live in pages of 500 (store version 7): both rewrite every page holding a changed row',
    },
  ];
}
