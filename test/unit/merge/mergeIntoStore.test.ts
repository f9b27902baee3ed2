// Two managers open the sample on their own laptops, each changes their part, and they merge
// each other's shared file: both end with the same workspace, one undo step each way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDb } from '../../../renderer/src/store/db';
import { commit, history, undo } from '../../../renderer/src/store/changes';
import { readEveryTable, readRow } from '../../../renderer/src/store/reads';
import { setSyncClockForTests } from '../../../renderer/src/store/syncLog';
import { replaceWorkspace } from '../../../renderer/src/features/workspace/workspaceStore';
import { backupWorkspace } from '../../../renderer/src/features/workspace/backup';
import { applyMerge, prepareMerge } from '../../../renderer/src/features/merge/mergeIntoStore';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import { mergeHandlers } from '../../../renderer/src/features/merge/mergeHandlers';
import { commitWritten } from '../../../renderer/src/store/changes';
import { conflictId } from '../../../shared/merge/mergeWorkspaces';
import type { Account, Motion } from '../../../shared/domain/types';

const TODAY = '2027-01-10';
const sample = buildSampleWorkspace(TODAY);
const laptopA = `laptop-a-${Math.random()}`;
const laptopB = `laptop-b-${Math.random()}`;
let now = Date.UTC(2027, 0, 10, 9);

function use(name: string) {
  resetDb(name);
  history.clear();
}

async function share(name: string) {
  use(name);
  const { bytes } = await backupWorkspace(new Date(now));
  return { name: `${name}.json`, bytes };
}

async function mergeFrom(file: { name: string; bytes: Uint8Array }, theirs: string[] = []) {
  const prepared = await prepareMerge(file);
  if (!prepared.ok) throw new Error(prepared.error);
  const fields: Record<string, 'theirs'> = {};
  for (const id of theirs) fields[id] = 'theirs';
  const result = await applyMerge(prepared.merge, { fields });
  return { plan: prepared.merge.plan, result };
}

beforeEach(async () => {
  setSyncClockForTests(() => (now += 1000));
  for (const name of [laptopA, laptopB]) {
    use(name);
    await replaceWorkspace('Open the sample workspace', sample);
  }
});
afterEach(() => setSyncClockForTests(null));

const firstMotion = sample.motions[0] as Motion;
const firstAccount = sample.accounts[0] as Account;

describe('merging a colleague’s workspace into the store', () => {
  it('takes each side’s changes, both ways, and ends with the same workspace', async () => {
    use(laptopA);
    await commit('Move campaign', {
      motions: { put: [{ ...firstMotion, start: '2027-02-01', end: '2027-02-28' }] },
    });
    await commit('Add blackout', {
      blackouts: {
        put: [
          {
            id: 'bo-a',
            scope: { kind: 'everyone' },
            start: '2027-03-01',
            end: '2027-03-05',
            reason: 'Kick-off',
          },
        ],
      },
    });
    use(laptopB);
    await commit('Primary team', {
      accounts: { put: [{ ...firstAccount, primaryTeam: 'sales' }] },
    });

    const fromB = await share(laptopB);
    use(laptopA);
    const { plan, result } = await mergeFrom(fromB);
    expect(plan.conflicts).toEqual([]);
    expect(plan.preview.accounts.changed).toEqual([
      { key: firstAccount.id, fields: ['primaryTeam'] },
    ]);
    expect(result).toMatchObject({ ok: true });
    expect((await readRow('accounts', firstAccount.id))?.primaryTeam).toBe('sales');
    expect((await readRow('motions', firstMotion.id))?.start).toBe('2027-02-01');

    const fromA = await share(laptopA);
    use(laptopB);
    const back = await mergeFrom(fromA);
    expect(back.plan.conflicts).toEqual([]);
    expect(back.plan.preview.blackouts.added).toEqual(['bo-a']);
    const onB = await readEveryTable();
    use(laptopA);
    expect(await readEveryTable()).toEqual(onB);

    // Merging the same file again changes nothing.
    const again = await mergeFrom(fromB);
    const preview = Object.values(again.plan.preview);
    expect(preview.every((t) => t.added.length + t.changed.length + t.removed.length === 0)).toBe(
      true,
    );
  });

  it('a field both changed is a conflict; deciding theirs takes it, and merging back asks nothing', async () => {
    use(laptopA);
    await commit('Rename', { motions: { put: [{ ...firstMotion, name: 'Nurture (A)' }] } });
    use(laptopB);
    await commit('Rename', { motions: { put: [{ ...firstMotion, name: 'Nurture (B)' }] } });
    const fromB = await share(laptopB);
    use(laptopA);
    const prepared = await prepareMerge(fromB);
    if (!prepared.ok) throw new Error(prepared.error);
    const ids = prepared.merge.plan.conflicts.map((c) => c.id);
    expect(ids).toEqual([conflictId('motions', firstMotion.id, 'name')]);
    const refused = await applyMerge(prepared.merge, {});
    expect(refused).toMatchObject({ ok: false, undecided: 1 });
    expect((await readRow('motions', firstMotion.id))?.name).toBe('Nurture (A)');

    const { result } = await mergeFrom(fromB, ids);
    expect(result.ok).toBe(true);
    expect((await readRow('motions', firstMotion.id))?.name).toBe('Nurture (B)');

    const fromA = await share(laptopA);
    use(laptopB);
    const back = await mergeFrom(fromA);
    expect(back.plan.conflicts).toEqual([]);
    const onB = await readEveryTable();
    use(laptopA);
    expect(await readEveryTable()).toEqual(onB);
  });

  it('the merge is one undo step', async () => {
    use(laptopB);
    await commit('Rename', { motions: { put: [{ ...firstMotion, name: 'Renamed' }] } });
    await commit('Primary team', {
      accounts: { put: [{ ...firstAccount, primaryTeam: 'marketing' }] },
    });
    const fromB = await share(laptopB);
    use(laptopA);
    await mergeFrom(fromB);
    expect(await undo()).toBe(`Merge ${fromB.name}`);
    expect((await readRow('motions', firstMotion.id))?.name).toBe(firstMotion.name);
    expect((await readRow('accounts', firstAccount.id))?.primaryTeam).toBe(
      firstAccount.primaryTeam,
    );
  });

  it('refuses a plan made before the workspace changed, writing nothing', async () => {
    use(laptopB);
    await commit('Rename', { motions: { put: [{ ...firstMotion, name: 'Renamed' }] } });
    const fromB = await share(laptopB);
    use(laptopA);
    const prepared = await prepareMerge(fromB);
    if (!prepared.ok) throw new Error(prepared.error);
    await commit('Notes', {
      accounts: { put: [{ ...firstAccount, notes: 'call after renewal' }] },
    });
    const result = await applyMerge(prepared.merge, {});
    expect(result).toMatchObject({ ok: false });
    expect((await readRow('motions', firstMotion.id))?.name).toBe(firstMotion.name);
  });

  it('a bad file is refused with its name and the row and field at fault', async () => {
    use(laptopA);
    const { bytes } = await backupWorkspace(new Date(now));
    const doc = JSON.parse(new TextDecoder().decode(bytes)) as {
      data: { motions: Record<string, unknown>[] };
    };
    doc.data.motions[2]!.start = 'next week';
    const bad = await prepareMerge({
      name: 'dana.json',
      bytes: new TextEncoder().encode(JSON.stringify(doc)),
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error).toMatch(/^dana\.json: /);
    expect(bad.error).toMatch(/motions/);
    expect(bad.error).toMatch(/start/);
    expect(bad.error).toMatch(/Nothing was merged\.$/);
  });

  it('the merge worker plans and writes it; the window records it as one undo step', async () => {
    use(laptopB);
    await commit('Rename', { motions: { put: [{ ...firstMotion, name: 'From B' }] } });
    const fromB = await share(laptopB);
    use(laptopA);
    const preview = await mergeHandlers.preview(fromB);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.summary.counts.motions).toEqual({
      added: 0,
      changed: 1,
      removed: 0,
      conflicts: 0,
    });
    const progress: number[] = [];
    const context = {
      emit: (e: { done: number; total: number }) => progress.push(e.done),
      signal: new AbortController().signal,
      fail: (message: string): never => {
        throw new Error(message);
      },
    };
    await commitWritten(`Merge ${fromB.name}`, async () => {
      const reply = await mergeHandlers.apply({}, context);
      if (!reply.ok) throw new Error(reply.error);
      return reply.written;
    });
    expect((await readRow('motions', firstMotion.id))?.name).toBe('From B');
    expect(progress.length).toBeGreaterThan(0);
    expect(await undo()).toBe(`Merge ${fromB.name}`);
    expect((await readRow('motions', firstMotion.id))?.name).toBe(firstMotion.name);
  });
});
