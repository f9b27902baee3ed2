// The bulk edit bar writes a field edit: the fields it sets on the selected accounts, not
// whole rows. What the user chose lands on exactly those rows, as one undo step, and a row
// removed since the selection was made stays removed.
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDb } from '../../../renderer/src/store/db';
import { commit, commitFieldEdit, history, redo, undo } from '../../../renderer/src/store/changes';
import { readAll } from '../../../renderer/src/store/reads';
import {
  bulkFieldEdit,
  choosesNothing,
  type BulkChoices,
} from '../../../renderer/src/features/accounts/bulkFieldEdit';
import { ownerDirectory } from '../../../shared/owners';
import { makeAccount } from '../workspace/fixtures';

const NOW = '2027-01-04T09:00:00.000Z';
const keep: BulkChoices = {
  tier: '',
  status: '',
  team: '',
  owner: '',
  addTags: '',
  removeTags: '',
};
const dana = {
  id: 'o1',
  name: 'Dana Reyes',
  email: 'dana@corp.example',
  salesforceUserId: '',
  hubspotOwnerId: '',
  createdAt: NOW,
  updatedAt: NOW,
};

beforeEach(() => {
  resetDb(`test-${Math.random()}`);
  history.clear();
});

describe('the bulk edit bar’s field edit', () => {
  it('sets the chosen tier, status and owner on every selected row, tags row by row', async () => {
    const rows = [
      makeAccount({
        id: 'a1',
        name: 'Acme',
        tier: 3,
        tags: ['EU', 'fintech'],
        status: 'removed',
        removedReason: 'lost',
      }),
      makeAccount({ id: 'a2', name: 'Globex', tier: null, tags: [] }),
    ];
    const edit = await bulkFieldEdit(
      rows,
      {
        ...keep,
        tier: '1',
        status: 'target',
        owner: 'dana reyes',
        addTags: 'priority, eu',
        removeTags: 'fintech',
      },
      ownerDirectory([dana]),
      NOW,
    );
    expect(edit.ids).toEqual(['a1', 'a2']);
    await commit('Seed', { accounts: { put: rows } });
    await commitFieldEdit('Bulk edit 2 accounts', edit);
    const [a1, a2] = await readAll('accounts');
    expect(a1).toMatchObject({
      tier: 1,
      status: 'target',
      removedReason: '',
      owner: 'Dana Reyes',
      ownerEmail: 'dana@corp.example',
      tags: ['EU', 'priority'],
      updatedAt: NOW,
    });
    expect(a2).toMatchObject({ tier: 1, owner: 'Dana Reyes', tags: ['priority', 'eu'] });
    // The fields it did not set are the rows' own.
    expect(a1?.name).toBe('Acme');
    expect(a2?.website).toBe(rows[1]?.website);

    expect(await undo()).toBe('Bulk edit 2 accounts');
    expect(await readAll('accounts')).toEqual(rows);
    await redo();
    expect((await readAll('accounts')).map((a) => a.tier)).toEqual([1, 1]);
  });

  it('an owner the directory does not know keeps a row’s e-mail only where it names the same person', async () => {
    const rows = [
      makeAccount({ id: 'a1', owner: 'Sam Lee', ownerEmail: 'sam@corp.example' }),
      makeAccount({ id: 'a2', owner: 'Kim Ito', ownerEmail: 'kim@corp.example' }),
    ];
    const edit = await bulkFieldEdit(rows, { ...keep, owner: 'sam lee' }, ownerDirectory([]), NOW);
    expect(edit.fields.find((f) => f.field === 'ownerEmail')).toEqual({
      field: 'ownerEmail',
      values: ['sam@corp.example', ''],
    });
  });

  it('a row removed since it was selected is not brought back', async () => {
    const rows = [makeAccount({ id: 'a1', tier: 3 }), makeAccount({ id: 'a2', tier: 3 })];
    await commit('Seed', { accounts: { put: rows } });
    const edit = await bulkFieldEdit(rows, { ...keep, tier: '2' }, ownerDirectory([]), NOW);
    await commit('Delete a2', { accounts: { delete: ['a2'] } });
    await commitFieldEdit('Bulk edit 2 accounts', edit);
    expect((await readAll('accounts')).map((a) => [a.id, a.tier])).toEqual([['a1', 2]]);
  });

  it('nothing chosen is nothing to write', () => {
    expect(choosesNothing(keep)).toBe(true);
    expect(choosesNothing({ ...keep, owner: '  ' })).toBe(true);
    expect(choosesNothing({ ...keep, removeTags: 'eu' })).toBe(false);
  });
});
