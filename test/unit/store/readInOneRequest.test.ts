/**
 * A Worker reads the accounts' pages in one request (readPagesInOneRequest), and a copy never
 * read asks for them with the revision row: the same rows, in the same order, at the same
 * revision as the paged read, and later reads catch up with writes as before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDb } from '../../../renderer/src/store/db';
import { commit, history } from '../../../renderer/src/store/changes';
import { readFreshAccounts } from '../../../renderer/src/store/reads';
import { readPagesInOneRequest } from '../../../renderer/src/store/accountSync';
import { accountCopy, setPageRowsForTests } from '../../../renderer/src/store/accountPages';
import { makeAccount } from '../workspace/fixtures';

beforeEach(() => {
  resetDb(`test-${Math.random()}`);
  history.clear();
  setPageRowsForTests(4);
});

afterEach(() => {
  readPagesInOneRequest(false);
  setPageRowsForTests(500);
});

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('reading the pages in one request', () => {
  it('reads what the paged read reads, then follows writes', async () => {
    const accounts = Array.from({ length: 11 }, (_, i) =>
      makeAccount({ id: `a${i}`, notes: i % 3 === 0 ? '' : `n${i}` }),
    );
    await commit('Add', { accounts: { put: accounts } });
    accountCopy.reset();
    const paged = [...(await readFreshAccounts())];
    const rev = accountCopy.rev;
    accountCopy.reset();
    readPagesInOneRequest();
    const whole = [...(await readFreshAccounts())];
    expect(accountCopy.rev).toBe(rev);
    expect(whole).toEqual(paged);
    expect(ids(whole)).toEqual([...ids(accounts)].sort());

    await commit('Edit', {
      accounts: { put: [{ ...(accounts[5] as (typeof accounts)[0]), notes: 'x' }] },
    });
    await commit('Remove', { accounts: { delete: ['a2'] } });
    const caughtUp = [...(await readFreshAccounts())];
    accountCopy.reset();
    const after = await readFreshAccounts();
    expect(after).toEqual(caughtUp);
    expect(after.find((a) => a.id === 'a5')?.notes).toBe('x');
    expect(ids(after)).not.toContain('a2');
    expect(after).toHaveLength(10);
  });

  it('says when its requests are with the database, before they answer (the merge Worker parses then)', async () => {
    await commit('Add', {
      accounts: { put: [makeAccount({ id: 'a1' }), makeAccount({ id: 'a2' })] },
    });
    readPagesInOneRequest();
    for (const fresh of [false, true]) {
      if (!fresh) accountCopy.reset();
      const order: string[] = [];
      const read = readFreshAccounts(() => order.push('asked')).then((rows) => {
        order.push('read');
        return rows;
      });
      expect(ids(await read)).toEqual(['a1', 'a2']);
      expect(order).toEqual(['asked', 'read']);
    }
  });

  it('reads pages in parts of page numbers: every page once, in key order', async () => {
    // 4 rows a page: 61 pages, past the parts' ranges (25 pages each) and into the last.
    const many = Array.from({ length: 242 }, (_, i) => makeAccount({ id: `m${1000 + i}` }));
    await commit('Add', { accounts: { put: many } });
    accountCopy.reset();
    const paged = [...(await readFreshAccounts())];
    accountCopy.reset();
    readPagesInOneRequest();
    expect([...(await readFreshAccounts())]).toEqual(paged);
    expect(ids(paged)).toEqual(ids(many));
  });
});
