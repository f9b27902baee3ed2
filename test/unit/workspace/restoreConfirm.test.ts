// Restore shows what it will replace (rows per table, now and in the file) and replaces the
// workspace only when the user confirms; a "no" leaves every table as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDb } from '../../../renderer/src/store/db';
import { history } from '../../../renderer/src/store/changes';
import {
  readWorkspace,
  replaceWorkspace,
} from '../../../renderer/src/features/workspace/workspaceStore';
import {
  restoreWorkspace,
  type RestorePlan,
} from '../../../renderer/src/features/workspace/backup';
import { serializeWorkspace } from '../../../shared/workspace/workspaceFile';
import { emptyWorkspace } from '../../../shared/workspace/workspaceData';
import { makeAccount } from './fixtures';

beforeEach(() => {
  resetDb(`test-${Math.random()}`);
  history.clear();
});

const current = {
  ...emptyWorkspace(),
  accounts: [makeAccount({ id: 'a1' }), makeAccount({ id: 'a2' }), makeAccount({ id: 'a3' })],
};
const file = {
  name: 'backup.json',
  bytes: new TextEncoder().encode(
    serializeWorkspace(
      { ...emptyWorkspace(), accounts: [makeAccount({ id: 'b1' })] },
      '2027-01-01T00:00:00.000Z',
    ),
  ),
};

describe('restore asks first', () => {
  it('shows the rows per table now and in the file; "no" changes nothing', async () => {
    await replaceWorkspace('Seed', current);
    const before = await readWorkspace();
    let shown: RestorePlan | null = null;
    const result = await restoreWorkspace(file, (plan) => {
      shown = plan;
      return Promise.resolve(false);
    });
    expect(result).toEqual({
      ok: false,
      cancelled: true,
      error: 'Restore cancelled: nothing was changed.',
    });
    expect(shown).toMatchObject({ file: 'backup.json', migratedFrom: null });
    expect(shown!.tables.find((t) => t.table === 'accounts')).toEqual({
      table: 'accounts',
      now: 3,
      inFile: 1,
    });
    expect(shown!.tables).toHaveLength(15);
    expect(await readWorkspace()).toEqual(before);
    expect(history.snapshot().undoLabel).toBe('Seed');
  });

  it('"yes" replaces the workspace as one undo step', async () => {
    await replaceWorkspace('Seed', current);
    const result = await restoreWorkspace(file, () => Promise.resolve(true));
    expect(result).toMatchObject({ ok: true, accounts: 1 });
    expect((await readWorkspace()).accounts.map((a) => a.id)).toEqual(['b1']);
    expect(history.snapshot().undoLabel).toBe('Restore backup.json');
  });
});
