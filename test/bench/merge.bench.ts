/**
 * Merge speed (issue 19): two copies of a 100,000-account, 1,000-motion workspace that each
 * changed 10,000 accounts and 100 motions since they diverged (1,000 of the accounts on both
 * sides: half of them in different fields, half in the same field, i.e. 500 conflicts).
 * Measures the preview (planMerge, pure engine; target ≤ 2 s) and the merge (preview +
 * applying "theirs" for the conflicts), against the same run's plain put of the changed rows
 * by id into copies of the tables. The second target (≤ 1.5 × a Dexie bulkPut) is for
 * the store's merge transaction, measured in Chromium by mergeStore.bench.ts.
 */
import type { Account, Motion } from '../../shared/domain/types';
import { applyMergeDecisions } from '../../shared/merge/applyMergeDecisions';
import { createHlc, type Stamp } from '../../shared/merge/hlc';
import { planMerge, type StampedWorkspace } from '../../shared/merge/mergeWorkspaces';
import { emptySync, type RowStamps } from '../../shared/merge/syncState';
import { emptyWorkspace } from '../../shared/workspace/workspaceData';
import type { BenchContext, BenchResult } from './types';
import { account, motion } from './data/mergeScenario';

/** The common ancestor: every row written by one import at stamp `base`. */
function ancestor(accounts: number, motions: number): StampedWorkspace {
  const data = emptyWorkspace();
  const sync = emptySync('laptop-a');
  const base: Stamp = createHlc('import', () => Date.UTC(2027, 0, 1)).tick();
  const stamps: Record<string, RowStamps> = {};
  for (let i = 0; i < accounts; i++) {
    data.accounts.push(account(i));
    stamps[`a${i}`] = { base };
  }
  const motionStamps: Record<string, RowStamps> = {};
  for (let i = 0; i < motions; i++) {
    data.motions.push(motion(i));
    motionStamps[`m${i}`] = { base };
  }
  sync.stamps = { accounts: stamps, motions: motionStamps };
  sync.versionVector = { import: base };
  return { data, sync };
}

/** A copy that edited `field` of the accounts and motions with the given indexes. */
function editedCopy(
  from: StampedWorkspace,
  installation: string,
  accounts: number[],
  accountField: (i: number) => 'notes' | 'territory',
  motions: number[],
): { ws: StampedWorkspace; changed: { accounts: Account[]; motions: Motion[] } } {
  let t = Date.UTC(2027, 0, 5);
  const clock = createHlc(installation, () => t++);
  const data = { ...from.data, accounts: [...from.data.accounts], motions: [...from.data.motions] };
  const accStamps = { ...from.sync.stamps.accounts };
  const motStamps = { ...from.sync.stamps.motions };
  const changed = { accounts: [] as Account[], motions: [] as Motion[] };
  let last: Stamp = '';
  for (const i of accounts) {
    const field = accountField(i);
    const row = { ...data.accounts[i]!, [field]: `${installation} ${i}` };
    data.accounts[i] = row;
    changed.accounts.push(row);
    last = clock.tick();
    accStamps[row.id] = { base: accStamps[row.id]!.base, fields: { [field]: last } };
  }
  for (const i of motions) {
    const row = { ...data.motions[i]!, theme: `${installation} theme` };
    data.motions[i] = row;
    changed.motions.push(row);
    last = clock.tick();
    motStamps[row.id] = { base: motStamps[row.id]!.base, fields: { theme: last } };
  }
  const sync = {
    ...from.sync,
    installationId: installation,
    stamps: { ...from.sync.stamps, accounts: accStamps, motions: motStamps },
    versionVector: { ...from.sync.versionVector, [installation]: last },
  };
  return { ws: { data, sync }, changed };
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

function putById<T extends { id: string }>(rows: readonly T[], changed: readonly T[]): T[] {
  const index = new Map<string, number>();
  rows.forEach((r, i) => index.set(r.id, i));
  const out = [...rows];
  for (const r of changed) {
    const i = index.get(r.id);
    if (i === undefined) out.push(r);
    else out[i] = r;
  }
  return out;
}

export default async function mergeBench(ctx: BenchContext): Promise<BenchResult[]> {
  const accounts = ctx.smoke ? 1_000 : 100_000;
  const perSide = accounts / 10;
  const overlap = perSide / 10;
  const base = ancestor(accounts, ctx.smoke ? 200 : 1_000);
  const range = (from: number, n: number) => Array.from({ length: n }, (_, k) => from + k);
  // Mine: accounts 0 … perSide-1; theirs: the last `overlap` of mine, then new ones.
  const mine = editedCopy(base, 'laptop-a', range(0, perSide), () => 'notes', range(0, 100));
  const theirs = editedCopy(
    base,
    'laptop-b',
    range(perSide - overlap, perSide),
    (i) => (i % 2 === 0 ? 'notes' : 'territory'),
    range(50, 100),
  );
  const best = (n: number, run: () => number) => Math.min(...Array.from({ length: n }, run));
  const runs = ctx.smoke ? 1 : 3;
  let plan = planMerge(mine.ws, theirs.ws);
  const previewMs = best(runs, () => {
    const t = time(() => planMerge(mine.ws, theirs.ws));
    plan = t.value;
    return t.ms;
  });
  const clock = createHlc('laptop-a', () => Date.UTC(2027, 0, 6));
  const mergeMs = best(runs, () => {
    const t = time(() =>
      applyMergeDecisions(planMerge(mine.ws, theirs.ws), { all: 'theirs' }, clock),
    );
    if (!t.value.ok) throw new Error('undecided conflicts');
    return t.ms;
  });
  const putMs = best(
    runs,
    () =>
      time(() => {
        putById(mine.ws.data.accounts, theirs.changed.accounts);
        putById(mine.ws.data.motions, theirs.changed.motions);
      }).ms,
  );
  const counts = plan.preview;
  ctx.log(
    `${accounts} accounts: ${counts.accounts.changed.length} accounts and ${counts.motions.changed.length} motions changed, ${plan.conflicts.length} conflicts; preview ${previewMs.toFixed(0)} ms, merge ${mergeMs.toFixed(0)} ms, plain put ${putMs.toFixed(1)} ms`,
  );
  const size = ctx.smoke ? 'smoke' : '100k';
  return [
    {
      name: `merge preview ${size} (10% changed per side)`,
      value: Math.round(previewMs),
      unit: 'ms',
      target: '≤ 2000',
      pass: previewMs <= 2000,
      note: `${plan.conflicts.length} conflicts, ${counts.accounts.changed.length + counts.motions.changed.length} records changed`,
    },
    {
      name: `merge preview + apply ${size}`,
      value: Math.round(mergeMs),
      unit: 'ms',
      baseline: {
        name: 'plain put of the changed rows by id',
        value: Math.round(putMs * 10) / 10,
        unit: 'ms',
      },
      note: "pure engine; the issue's ≤ 1.5 × bulkPut target is the store's (mergeStore.bench.ts)",
    },
  ];
}
