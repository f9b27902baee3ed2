// The merge worker's warm-up (its read of the store as the merge starts, before the file is
// picked) changes no preview: one that starts while the warm-up reads, and one after a write
// made since the warm-up, plan against the store as the preview finds it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDb } from '../../../renderer/src/store/db';
import { commit, history } from '../../../renderer/src/store/changes';
import { setSyncClockForTests } from '../../../renderer/src/store/syncLog';
import { replaceWorkspace } from '../../../renderer/src/features/workspace/workspaceStore';
import { backupWorkspace } from '../../../renderer/src/features/workspace/backup';
import { mergeHandlers } from '../../../renderer/src/features/merge/mergeHandlers';
import { accountCopy } from '../../../renderer/src/store/accountPages';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import type { Account } from '../../../shared/domain/types';

const sample = buildSampleWorkspace('2027-01-10');
const mine = `warm-a-${Math.random()}`;
const theirs = `warm-b-${Math.random()}`;
let now = Date.UTC(2027, 0, 10, 9);
const first = sample.accounts[0] as Account;

function use(name: string) {
  resetDb(name);
  history.clear();
}

async function theirFile() {
  use(theirs);
  await commit('Theirs', { accounts: { put: [{ ...first, notes: 'from B' }] } });
  const { bytes } = await backupWorkspace(new Date(now));
  return { name: 'b.json', bytes };
}

beforeEach(async () => {
  setSyncClockForTests(() => (now += 1000));
  for (const name of [mine, theirs]) {
    use(name);
    await replaceWorkspace('Open the sample workspace', sample);
  }
});
afterEach(() => setSyncClockForTests(null));

describe('the merge worker warms up', () => {
  it('a preview during the warm-up plans as one without it', async () => {
    const file = await theirFile();
    use(mine);
    const cold = await mergeHandlers.preview({ ...file, bytes: file.bytes.slice() });
    use(mine);
    accountCopy.reset();
    const warming = mergeHandlers.warm();
    const warm = await mergeHandlers.preview({ ...file, bytes: file.bytes.slice() });
    await warming;
    if (!cold.ok || !warm.ok) throw new Error('no preview');
    expect(warm.summary).toEqual(cold.summary);
    expect(warm.summary.counts.accounts.changed).toBe(1);
  });

  it('a write after the warm-up is in the preview', async () => {
    const file = await theirFile();
    use(mine);
    await mergeHandlers.warm();
    await commit('Mine', { accounts: { put: [{ ...first, notes: 'from A' }] } });
    const preview = await mergeHandlers.preview(file);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.summary.conflicts.map((c) => [c.kind, c.key])).toEqual([['field', first.id]]);
  });
});
