// The change log is compacted (after Share, and inside a write once it grows long) to one
// entry that keeps what a merge needs: the same edits, with and without compaction, give the
// same stamps, tombstones and version vector, and merging a colleague's copy gives the same
// preview, conflicts and merged workspace.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db, resetDb } from '../../../renderer/src/store/db';
import { commit, history, redo, undo } from '../../../renderer/src/store/changes';
import {
  compactSyncLog,
  readStampedWorkspace,
  setCompactAfterForTests,
  setSyncClockForTests,
  SYNC_LOG_TABLE,
  SYNC_META_TABLE,
} from '../../../renderer/src/store/syncLog';
import { backupWorkspace } from '../../../renderer/src/features/workspace/backup';
import { newMotion } from '../../../shared/motions/motionDefaults';
import { makeAccount } from '../workspace/fixtures';
import { createHlc, ZERO_STAMP } from '../../../shared/merge/hlc';
import { planMerge, type StampedWorkspace } from '../../../shared/merge/mergeWorkspaces';
import { applyMergeDecisions } from '../../../shared/merge/applyMergeDecisions';
import { stampEdits } from '../../../shared/merge/stampEdits';
import type { WorkspaceSync } from '../../../shared/merge/syncState';
import type { Account, Motion } from '../../../shared/domain/types';

type Op =
  | { kind: 'add'; id: number }
  | { kind: 'rename'; id: number; name: string }
  | { kind: 'delete'; id: number }
  | { kind: 'tier'; ids: number[]; tier: 1 | 2 | 3 }
  | { kind: 'remove account'; id: number }
  | { kind: 'undo' }
  | { kind: 'redo' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), id: fc.nat(5) }),
  fc.record({ kind: fc.constant('rename' as const), id: fc.nat(5), name: fc.string() }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.nat(5) }),
  fc.record({
    kind: fc.constant('tier' as const),
    ids: fc.uniqueArray(fc.nat(9), { minLength: 1, maxLength: 4 }),
    tier: fc.constantFrom(1 as const, 2 as const, 3 as const),
  }),
  fc.record({ kind: fc.constant('remove account' as const), id: fc.nat(9) }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
);

const motion = (id: number, name = `Motion ${id}`): Motion =>
  newMotion(`m${id}`, '2027-01-04', '2027-01-04T09:00:00.000Z', { name });
const ACCOUNTS: Account[] = Array.from({ length: 10 }, (_, i) =>
  makeAccount({ id: `a${i}`, name: `Account ${i}`, tier: 3 }),
);

let now = 0;
/** A fresh store of installation "laptop-a" with a clock from a fixed start, seeded alike. */
async function freshStore(compactAfter: number): Promise<void> {
  resetDb(`compaction-${Math.random()}`);
  history.clear();
  now = Date.UTC(2027, 0, 4, 9);
  setSyncClockForTests(() => (now += 1000));
  setCompactAfterForTests(compactAfter);
  await db
    .table(SYNC_META_TABLE)
    .put({ key: 'clock', installationId: 'laptop-a', last: ZERO_STAMP });
  await commit('Seed', { accounts: { put: ACCOUNTS }, motions: { put: [motion(0)] } });
}

async function play(ops: readonly Op[]): Promise<void> {
  for (const o of ops) {
    const { data } = await readStampedWorkspace();
    const has = (id: number) => data.motions.some((m) => m.id === `m${id}`);
    const hasAccount = (id: number) => data.accounts.some((a) => a.id === `a${id}`);
    if (o.kind === 'add' && !has(o.id)) await commit('Add', { motions: { put: [motion(o.id)] } });
    if (o.kind === 'rename' && has(o.id)) {
      const m = data.motions.find((x) => x.id === `m${o.id}`)!;
      await commit('Rename', { motions: { put: [{ ...m, name: o.name }] } });
    }
    if (o.kind === 'delete' && has(o.id))
      await commit('Delete', { motions: { delete: [`m${o.id}`] } });
    if (o.kind === 'tier') {
      const rows = data.accounts.filter((a) => o.ids.includes(Number(a.id.slice(1))));
      if (rows.length > 0) {
        await commit('Tier', { accounts: { put: rows.map((a) => ({ ...a, tier: o.tier })) } });
      }
    }
    if (o.kind === 'remove account' && hasAccount(o.id)) {
      await commit('Remove', { accounts: { delete: [`a${o.id}`] } });
    }
    if (o.kind === 'undo') await undo();
    if (o.kind === 'redo') await redo();
  }
}

/** A sync section as a merge reads it: a row with no field stamps the same with or without {}. */
function normalized(sync: WorkspaceSync): unknown {
  const stamps: Record<string, Record<string, unknown>> = {};
  for (const [table, rows] of Object.entries(sync.stamps)) {
    if (Object.keys(rows).length === 0) continue;
    stamps[table] = {};
    for (const [key, rs] of Object.entries(rows)) {
      const fields = Object.keys(rs.fields ?? {}).length > 0 ? { ...rs.fields } : undefined;
      stamps[table][key] = fields ? { base: rs.base, fields } : { base: rs.base };
    }
  }
  const tombstones: Record<string, unknown> = {};
  for (const [table, rows] of Object.entries(sync.tombstones)) {
    if (Object.keys(rows).length > 0) tombstones[table] = { ...rows };
  }
  return { versionVector: { ...sync.versionVector }, stamps, tombstones };
}

/** The colleague's copy: the workspace as it was at `at`, edited on laptop-b. */
function theirCopy(at: StampedWorkspace): StampedWorkspace {
  let t = Date.UTC(2027, 0, 4, 10);
  const clock = createHlc('laptop-b', () => (t += 1000));
  const after = {
    ...at.data,
    motions: [...at.data.motions.map((m) => ({ ...m, name: `${m.name} (Dana)` })), motion(9)],
    accounts: at.data.accounts.map((a, i) => (i % 2 === 0 ? { ...a, tier: 1 as const } : a)),
  };
  return { data: after, sync: stampEdits(at.data, after, at.sync, clock).sync };
}

function mergeOutcome(mine: StampedWorkspace, theirs: StampedWorkspace) {
  const plan = planMerge(mine, theirs);
  const clock = createHlc('laptop-a', () => Date.UTC(2027, 0, 5));
  const merged = applyMergeDecisions(plan, { all: 'theirs' }, clock);
  if (!merged.ok) throw new Error('undecided');
  return {
    preview: plan.preview,
    conflicts: plan.conflicts.map((c) => c.id).sort(),
    data: merged.merged.data,
    sync: normalized(merged.merged.sync),
  };
}

beforeEach(() => setCompactAfterForTests(null));
afterEach(() => {
  setSyncClockForTests(null);
  setCompactAfterForTests(null);
});

describe('compacting the change log', () => {
  it('Share leaves one entry that folds to the same stamps, and merging after it gives the same result', async () => {
    await freshStore(1e9);
    await play([
      { kind: 'add', id: 1 },
      { kind: 'rename', id: 1, name: 'Q1 nurture' },
      { kind: 'tier', ids: [1, 2, 3], tier: 1 },
      { kind: 'delete', id: 0 },
      { kind: 'remove account', id: 4 },
      { kind: 'undo' },
      { kind: 'tier', ids: [2], tier: 2 },
    ]);
    const before = await readStampedWorkspace();
    const theirs = theirCopy(before);
    await play([{ kind: 'rename', id: 1, name: 'Q1 nurture EMEA' }]);
    const uncompacted = await readStampedWorkspace();
    expect(await db.table(SYNC_LOG_TABLE).count()).toBeGreaterThan(5);

    await backupWorkspace(new Date(now));
    const log = (await db.table(SYNC_LOG_TABLE).toArray()) as { kind: string }[];
    expect(log.map((e) => e.kind)).toEqual(['snapshot']);
    const compacted = await readStampedWorkspace();
    expect(normalized(compacted.sync)).toEqual(normalized(uncompacted.sync));
    const expected = mergeOutcome(uncompacted, theirs);
    expect(expected.conflicts.length).toBeGreaterThan(0);
    expect(mergeOutcome(compacted, theirs)).toEqual(expected);

    // Writes after the compaction stamp on top of the snapshot.
    await play([{ kind: 'rename', id: 1, name: 'Q1 nurture DACH' }, { kind: 'undo' }]);
    await compactSyncLog();
    expect(await db.table(SYNC_LOG_TABLE).count()).toBe(1);
  });

  it('a log past its limit is compacted inside the write, and every edit sequence merges as if it never was (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const half = Math.floor(ops.length / 2);
        const run = async (compactAfter: number) => {
          await freshStore(compactAfter);
          await play(ops.slice(0, half));
          const theirs = theirCopy(await readStampedWorkspace());
          await play(ops.slice(half));
          const entries = await db.table(SYNC_LOG_TABLE).count();
          return { mine: await readStampedWorkspace(), theirs, entries };
        };
        const plain = await run(1e9);
        const compacted = await run(3);
        expect(compacted.entries).toBeLessThanOrEqual(3);
        expect(compacted.mine.data).toEqual(plain.mine.data);
        expect(normalized(compacted.mine.sync)).toEqual(normalized(plain.mine.sync));
        expect(mergeOutcome(compacted.mine, compacted.theirs)).toEqual(
          mergeOutcome(plain.mine, plain.theirs),
        );
      }),
      { numRuns: 15 },
    );
  });
});
