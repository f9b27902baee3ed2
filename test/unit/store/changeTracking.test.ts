// Every write records what a merge needs, in its own transaction: per changed field a stamp of
// this installation's clock, a tombstone per deleted row; undo and redo are new versions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { db, resetDb, WorkbenchDb } from '../../../renderer/src/store/db';
import { commit, history, redo, undo } from '../../../renderer/src/store/changes';
import {
  readSync,
  readSyncClock,
  setSyncClockForTests,
  SYNC_LOG_TABLE,
} from '../../../renderer/src/store/syncLog';
import { SCHEMA_VERSIONS } from '../../../renderer/src/store/schema';
import { makeAccount } from '../workspace/fixtures';
import { newMotion } from '../../../shared/motions/motionDefaults';
import { fieldStamp, rowStamps, tombstone } from '../../../shared/merge/syncState';
import { stampInstallation, ZERO_STAMP } from '../../../shared/merge/hlc';
import { replaceWorkspace } from '../../../renderer/src/features/workspace/workspaceStore';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import { readElsewhere } from './accountsElsewhere';
import { backupWorkspace, restoreWorkspace } from '../../../renderer/src/features/workspace/backup';
import { parseWorkspaceFile } from '../../../shared/workspace/workspaceFile';

let now = Date.UTC(2027, 0, 4, 9);
beforeEach(() => {
  resetDb(`test-${Math.random()}`);
  history.clear();
  setSyncClockForTests(() => (now += 1000));
});
afterEach(() => setSyncClockForTests(null));

const motion = (id: string, name: string) =>
  newMotion(id, '2027-01-04', '2027-01-04T09:00:00.000Z', { name });

describe('change tracking in the store', () => {
  it('a new row gets one base stamp of this installation, an edit stamps only the fields it changed', async () => {
    await commit('Add', { motions: { put: [motion('m1', 'Q1 nurture')] } });
    const added = rowStamps(await readSync(), 'motions', 'm1');
    const { installationId } = await readSyncClock();
    expect(stampInstallation(added.base)).toBe(installationId);
    expect(added.fields).toBeUndefined();

    await commit('Rename', { motions: { put: [motion('m1', 'Q1 nurture EMEA')] } });
    const sync = await readSync();
    const edited = rowStamps(sync, 'motions', 'm1');
    expect(edited.base).toBe(added.base);
    expect(Object.keys(edited.fields ?? {})).toEqual(['name']);
    expect(fieldStamp(edited, 'name') > added.base).toBe(true);
    expect(sync.versionVector[installationId]).toBe(fieldStamp(edited, 'name'));
  });

  it('an accounts bulk edit costs one log entry holding one id list for the changed field', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => makeAccount({ id: `a${i}`, tier: 3 }));
    await commit('Seed', { accounts: { put: rows } });
    await commit('Tier 1', { accounts: { put: rows.map((a) => ({ ...a, tier: 1 as const })) } });
    const log = (await db.table(SYNC_LOG_TABLE).toArray()) as {
      kind: string;
      tables: Record<string, { fields?: Record<string, string[]> }>;
    }[];
    expect(log).toHaveLength(2);
    expect(log[1]?.tables.accounts?.fields).toEqual({ tier: rows.map((a) => a.id) });
    const sync = await readSync();
    expect(Object.keys(rowStamps(sync, 'accounts', 'a7').fields ?? {})).toEqual(['tier']);
  });

  it('a deletion leaves a tombstone; its undo brings the row back as a new version, and redo deletes it again', async () => {
    await commit('Add', { accounts: { put: [makeAccount({ id: 'a1' })] } });
    await commit('Delete', { accounts: { delete: ['a1'] } });
    const deleted = tombstone(await readSync(), 'accounts', 'a1');
    expect(deleted).toBeDefined();

    await undo();
    let sync = await readSync();
    expect(tombstone(sync, 'accounts', 'a1')).toBeUndefined();
    expect(rowStamps(sync, 'accounts', 'a1').base > (deleted ?? '')).toBe(true);

    await redo();
    sync = await readSync();
    expect(tombstone(sync, 'accounts', 'a1')! > (deleted ?? '')).toBe(true);
    expect(sync.stamps.accounts?.a1).toBeUndefined();
  });

  it('undo of a field edit stamps the field again, newer than the edit', async () => {
    await commit('Add', {
      blackouts: {
        put: [
          {
            id: 'b1',
            reason: 'Renewal',
            start: '2027-01-04',
            end: '2027-01-08',
            scope: { kind: 'everyone' },
          },
        ],
      },
    });
    await commit('Longer', {
      blackouts: {
        put: [
          {
            id: 'b1',
            reason: 'Renewal',
            start: '2027-01-04',
            end: '2027-01-15',
            scope: { kind: 'everyone' },
          },
        ],
      },
    });
    const edit = fieldStamp(rowStamps(await readSync(), 'blackouts', 'b1'), 'end');
    await undo();
    const back = fieldStamp(rowStamps(await readSync(), 'blackouts', 'b1'), 'end');
    expect(back > edit).toBe(true);
  });

  it("the settings merge as one record: a change stamps the setting's own field", async () => {
    await commit('Seed', { settings: { put: [{ key: 'settings', value: DEFAULT_SETTINGS }] } });
    await commit('Cap', {
      settings: { put: [{ key: 'settings', value: { ...DEFAULT_SETTINGS, weeklyTouchCap: 5 } }] },
    });
    const stamps = rowStamps(await readSync(), 'settings', 'settings');
    expect(Object.keys(stamps.fields ?? {})).toEqual(['weeklyTouchCap']);
  });

  it('a write that puts what is stored records nothing', async () => {
    await commit('Add', { motions: { put: [motion('m1', 'A')] } });
    await commit('Same', { motions: { put: [motion('m1', 'A')] } });
    expect(await db.table(SYNC_LOG_TABLE).count()).toBe(1);
  });

  it('the sample opens with no stamps: every copy of it has seen its rows', async () => {
    await commit('Add', { motions: { put: [motion('m1', 'A')] } });
    await replaceWorkspace('Open the sample workspace', buildSampleWorkspace('2027-01-10'));
    const sync = await readSync();
    expect(sync.stamps).toEqual({});
    expect(sync.tombstones).toEqual({});
    const first = buildSampleWorkspace('2027-01-10').motions[0]!;
    expect(fieldStamp(rowStamps(sync, 'motions', first.id), 'name')).toBe(ZERO_STAMP);
  });

  it('a version 8 store upgrades with its rows intact and carries the zero stamp', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 8)) {
      const declared = old.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    await old.open();
    const acme = makeAccount({ id: 'a1' });
    await old.table('accountPages').put({ id: 'p00000001', rows: [acme] });
    await old.table('motions').put(motion('m1', 'Q1'));
    old.close();

    const current = new WorkbenchDb(name);
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await readElsewhere(current, 'a1')).toEqual(acme);
    expect(await current.table('motions').get('m1')).toEqual(motion('m1', 'Q1'));
    expect(await current.table(SYNC_LOG_TABLE).count()).toBe(0);
    current.close();
  });

  it('Share writes the stamps into the file (format 7 sync section), and Restore takes them back', async () => {
    await commit('Add', { motions: { put: [motion('m1', 'A'), motion('m2', 'B')] } });
    await commit('Rename', { motions: { put: [motion('m1', 'A2')] } });
    await commit('Delete', { motions: { delete: ['m2'] } });
    const shared = await readSync();
    const { name, bytes } = await backupWorkspace(new Date(now));
    const parsed = parseWorkspaceFile(new TextDecoder().decode(bytes), name);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.sync.stamps.motions?.m1).toEqual(shared.stamps.motions?.m1);
    expect(parsed.sync.tombstones.motions?.m2).toBe(tombstone(shared, 'motions', 'm2'));
    expect(parsed.sync.installationId).toBe((await readSyncClock()).installationId);

    resetDb(`other-${Math.random()}`);
    const result = await restoreWorkspace({ name, bytes });
    expect(result.ok).toBe(true);
    const restored = await readSync();
    expect(restored.stamps.motions?.m1).toEqual(shared.stamps.motions?.m1);
    expect(restored.tombstones.motions?.m2).toBe(tombstone(shared, 'motions', 'm2'));
    expect(restored.versionVector).toEqual(shared.versionVector);
    // The other installation's clock goes on after what it took in.
    await commit('Rename again', { motions: { put: [motion('m1', 'A3')] } });
    const after = fieldStamp(rowStamps(await readSync(), 'motions', 'm1'), 'name');
    expect(after > fieldStamp(rowStamps(shared, 'motions', 'm1'), 'name')).toBe(true);
    expect(stampInstallation(after)).not.toBe(parsed.sync.installationId);
  });
});
