// The directory is written like every other table: the import Worker's one transaction
// holds the accounts and the owners it learnt (one undo step), and so does a users file.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDb } from '../../../renderer/src/store/db';
import { commit, commitWritten, history, redo, undo } from '../../../renderer/src/store/changes';
import { applyWritten } from '../../../renderer/src/store/applyChanges';
import { importChangeSet } from '../../../renderer/src/features/accounts/import/importRecord';
import { importAccounts } from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import { importUsersFile } from '../../../shared/owners';
import { salesforceReport, salesforceUsersReport } from './crmFiles';
import { countRows, readAll } from '../../../renderer/src/store/reads';

const NOW = '2027-01-04T09:00:00.000Z';

beforeEach(() => {
  resetDb(`owners-${Math.random()}`);
  history.clear();
});

describe('writing the owner directory', () => {
  it('an account import writes its accounts and its owners in one undo step', async () => {
    const preview = importAccounts([{ name: 'r.csv', bytes: salesforceReport(20) }], [], {
      policy: 'fill-empty',
      defaultStatus: 'candidate',
      now: NOW,
      newId: sequentialIds('a'),
      profile: null,
      owners: await db.owners.toArray(),
    });
    if (!preview.ok) throw new Error('preview');
    const batch = {
      id: 'b',
      kind: 'accounts' as const,
      files: ['r.csv'],
      at: NOW,
      counts: preview.counts,
    };
    await commitWritten('Import r.csv', () =>
      applyWritten(importChangeSet(preview.put, batch, [], preview.owners.put)),
    );
    expect(await countRows('accounts')).toBe(20);
    expect(await db.owners.count()).toBe(5);
    expect(await undo()).toBe('Import r.csv');
    expect([await countRows('accounts'), await db.owners.count()]).toEqual([0, 0]);
    await redo();
    expect([await countRows('accounts'), await db.owners.count()]).toEqual([20, 5]);
  });

  it('a users file fills the owners and their accounts’ e-mails in one undo step', async () => {
    const preview = importAccounts([{ name: 'r.csv', bytes: salesforceReport(20) }], [], {
      policy: 'fill-empty',
      defaultStatus: 'candidate',
      now: NOW,
      newId: sequentialIds('a'),
      profile: null,
    });
    if (!preview.ok) throw new Error('preview');
    await commit('Import', { accounts: { put: preview.put }, owners: { put: preview.owners.put } });
    const users = importUsersFile(
      { name: 'users.csv', bytes: salesforceUsersReport() },
      { owners: await db.owners.toArray(), accounts: await readAll('accounts') },
      { now: NOW, newId: sequentialIds('o') },
    );
    if (!users.ok) throw new Error('users');
    await commit('Import users users.csv', {
      owners: { put: users.owners },
      accounts: { put: users.accounts },
    });
    const withEmail = (await readAll('accounts')).filter((a) => a.ownerEmail !== '').length;
    expect(withEmail).toBe(users.accounts.length);
    expect(withEmail).toBeGreaterThan(15);
    expect(await db.owners.count()).toBe(5);
    await undo();
    expect((await readAll('accounts')).every((a) => a.ownerEmail === '')).toBe(true);
    expect((await db.owners.toArray()).every((o) => o.email === '')).toBe(true);
  });

  it('an import that folds a bare-name owner into the person deletes it in the same step', async () => {
    const bare = {
      id: 'bare',
      name: 'Raj Patel',
      email: '',
      salesforceUserId: '',
      hubspotOwnerId: '',
      createdAt: NOW,
      updatedAt: NOW,
    };
    const nameless = { ...bare, id: 'mail', name: '', email: 'raj.patel@example.com' };
    await commit('Owners', { owners: { put: [bare, nameless] } });
    const hubspot =
      'Record ID,Company name,Company Domain Name,Company owner\n9,Co,co.com,raj.patel@example.com';
    const preview = importAccounts([{ name: 'h.csv', bytes: hubspot }], [], {
      policy: 'fill-empty',
      defaultStatus: 'candidate',
      now: NOW,
      newId: sequentialIds('a'),
      profile: null,
      owners: await db.owners.toArray(),
    });
    if (!preview.ok) throw new Error('preview');
    expect(preview.owners.removed).toEqual(['bare']);
    const batch = {
      id: 'b',
      kind: 'accounts' as const,
      files: ['h.csv'],
      at: NOW,
      counts: preview.counts,
    };
    await commitWritten('Import h.csv', () =>
      applyWritten(
        importChangeSet(preview.put, batch, [], preview.owners.put, preview.owners.removed),
      ),
    );
    expect((await db.owners.toArray()).map((o) => [o.id, o.name, o.email])).toEqual([
      ['mail', 'Raj Patel', 'raj.patel@example.com'],
    ]);
    await undo();
    expect((await db.owners.toArray()).map((o) => o.id).sort()).toEqual(['bare', 'mail']);
  });
});
