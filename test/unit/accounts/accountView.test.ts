import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/types';
import {
  AccountView,
  type ViewQuery,
} from '../../../renderer/src/features/accounts/grid/accountView';
import type { GridContext } from '../../../renderer/src/features/accounts/grid/accountValues';
import type { IncrementalOrder } from '../../../renderer/src/features/accounts/grid/incrementalOrder';
import { makeAccount } from '../workspace/fixtures';

const context: GridContext = { score: (a) => a.icpScore, suggest: () => null, conflicts: null };
const byName: ViewQuery = {
  sort: [{ colId: 'name', sort: 'asc' }],
  filter: {},
  quick: '',
  quickColumns: ['name', 'owner'],
  context,
};
const id = (i: number) => `acc-${String(i).padStart(6, '0')}`;
/** Rows as the store returns them: in primary-key order, a new object on every read. */
const read = (rows: Account[]) => rows.map((r) => structuredClone(r));
const names = (list: readonly Account[]) => list.map((a) => a.name);
const never = () => false;

describe('AccountView (the list behind the grid)', () => {
  it('filters, searches and sorts case-insensitively', async () => {
    const view = new AccountView();
    await view.setRows(
      read([
        makeAccount({ id: id(1), name: 'zeta', owner: 'Jane Doe', annualRevenue: 5 }),
        makeAccount({ id: id(2), name: 'Acme', owner: 'Li Wei', annualRevenue: 50 }),
        makeAccount({ id: id(3), name: 'beta', owner: 'Jane Doe', annualRevenue: null }),
      ]),
      never,
    );
    expect(names(view.compute(byName))).toEqual(['Acme', 'beta', 'zeta']);
    const revenue = { ...byName, sort: [{ colId: 'annualRevenue', sort: 'desc' as const }] };
    expect(names(view.compute(revenue))).toEqual(['Acme', 'zeta', 'beta']);
    const jane = {
      ...byName,
      filter: { owner: { filterType: 'text', type: 'contains', filter: 'jane' } },
    };
    expect(names(view.compute(jane))).toEqual(['beta', 'zeta']);
    expect(names(view.compute({ ...jane, quick: 'ZET' }))).toEqual(['zeta']);
  });

  it('filters and sorts by "Not a company domain", computed from the website', async () => {
    const view = new AccountView();
    await view.setRows(
      read([
        makeAccount({ id: id(1), name: 'Acme', website: 'acme.com', domain: 'acme.com' }),
        makeAccount({ id: id(2), name: 'Beta', website: 'linkedin.com/company/beta', domain: '' }),
        makeAccount({ id: id(3), name: 'Gamma', website: 'gamma@gmail.com', domain: '' }),
      ]),
      never,
    );
    const flagged = {
      ...byName,
      filter: { nonCompanyWebsite: { filterType: 'text', type: 'notBlank' } },
    };
    expect(names(view.compute(flagged))).toEqual(['Beta', 'Gamma']);
    const social = {
      ...byName,
      filter: { nonCompanyWebsite: { filterType: 'text', type: 'contains', filter: 'social' } },
    };
    expect(names(view.compute(social))).toEqual(['Beta']);
    const sorted = { ...byName, sort: [{ colId: 'nonCompanyWebsite', sort: 'desc' as const }] };
    expect(names(view.compute(sorted))).toEqual(['Beta', 'Gamma', 'Acme']);
  });

  it('showing or hiding a column re-sorts nothing unless a quick search looks in it', async () => {
    const view = new AccountView();
    await view.setRows(read([makeAccount({ id: id(1), name: 'Acme' })]), never);
    view.compute(byName);
    expect(view.isReady({ ...byName, quickColumns: ['name'] })).toBe(true);
    const searching = { ...byName, quick: 'acme' };
    view.compute(searching);
    expect(view.isReady({ ...searching, quickColumns: ['name'] })).toBe(false);
  });

  it('a fresh read keeps unchanged rows and sorts only an edited one into place', async () => {
    const view = new AccountView();
    const rows = Array.from({ length: 50 }, (_, i) =>
      makeAccount({ id: id(i), name: `Co ${i + 10}` }),
    );
    await view.setRows(read(rows), never);
    const before = view.compute(byName);
    const edited = rows.map((r, i) => (i === 7 ? { ...r, name: 'AAA' } : r));
    expect(await view.setRows(read(edited), never)).toBe('changed');
    const after = view.compute(byName);
    expect(after[0]?.name).toBe('AAA');
    expect(after[1]).toBe(before[0]);
    expect(await view.setRows(read(edited), never)).toBe('same');
  });

  it('a bulk edit of thousands of rows that moves none keeps the order without sorting again', async () => {
    const view = new AccountView();
    const rows = Array.from({ length: 6_000 }, (_, i) =>
      makeAccount({ id: id(i), name: `Co ${(i * 7919) % 6_000}`, tier: 3 }),
    );
    await view.setRows(read(rows), never);
    const before = view.compute(byName);
    const order = (view as unknown as { order: IncrementalOrder<Account> }).order;
    expect(order.lastRun).toBe('full');
    // Every row's tier changes, no name does: each row stays where it was, as its new object.
    await view.setRows(read(rows.map((r) => ({ ...r, tier: 1 as const }))), never);
    const after = view.compute(byName);
    expect(order.lastRun).toBe('delta');
    expect(after.map((a) => a.id)).toEqual(before.map((a) => a.id));
    expect(after.every((a) => a.tier === 1)).toBe(true);
    // Sorted by the tier that changes, the list is sorted again, and right.
    const byTier: ViewQuery = { ...byName, sort: [{ colId: 'tier', sort: 'asc' }] };
    view.compute(byTier);
    await view.setRows(
      read(rows.map((r, i) => ({ ...r, tier: i % 2 === 0 ? 2 : 3 }) as Account)),
      never,
    );
    const tiers = view.compute(byTier).map((a) => a.tier);
    expect([tiers[0], tiers.indexOf(3), tiers.at(-1)]).toEqual([2, 3_000, 3]);
    expect(order.lastRun).toBe('full');
  });

  it('a row edited twice appears once; a row changed then deleted stays deleted', async () => {
    const view = new AccountView();
    const rows = Array.from({ length: 30 }, (_, i) => makeAccount({ id: id(i), name: `Co ${i}` }));
    await view.setRows(read(rows), never);
    view.compute(byName);
    const once = rows.map((r, i) => (i === 3 ? { ...r, name: 'First edit' } : r));
    await view.setRows(read(once), never);
    const twice = once.map((r, i) => (i === 3 ? { ...r, name: 'Second edit' } : r));
    await view.setRows(read(twice), never);
    const changedThenGone = twice.map((r, i) => (i === 5 ? { ...r, name: 'Gone soon' } : r));
    await view.setRows(read(changedThenGone), never);
    await view.setRows(read(changedThenGone.filter((_, i) => i !== 5)), never);
    const list = view.compute(byName);
    expect(list).toHaveLength(29);
    expect(names(list).filter((n) => n.endsWith('edit'))).toEqual(['Second edit']);
    expect(names(list)).not.toContain('Gone soon');
    expect(new Set(list.map((a) => a.id)).size).toBe(29);
  });

  it('rows that arrive while a text sort runs in slices are not lost', async () => {
    const view = new AccountView();
    const rows = Array.from({ length: 45_000 }, (_, i) =>
      makeAccount({ id: id(i), name: `Company ${(i * 7919) % 45_000}` }),
    );
    await view.setRows(read(rows), never);
    const sorting = view.prepare(byName);
    // A new read lands between two slices of the sort.
    const edited = rows.map((r, i) => (i === 10 ? { ...r, name: '0 first now' } : r));
    await view.setRows(read(edited), never);
    expect(await sorting).toBe(false);
    expect(view.isReady(byName)).toBe(false);
    expect(await view.prepare(byName)).toBe(true);
    const list = view.compute(byName);
    expect(list).toHaveLength(45_000);
    expect(list[0]?.name).toBe('0 first now');
    const oldName = `Company ${(10 * 7919) % 45_000}`;
    expect(names(list).filter((n) => n === oldName)).toEqual([]);
  });

  it('is current for a list only once it took that list and computed the rows shown from it', async () => {
    // The first 200 rows after a page load, then the full list: until the view has sorted
    // the full list, "select all" would take the first rows' order (isCurrentFor says wait).
    const all = Array.from({ length: 3_000 }, (_, i) => makeAccount({ id: id(i), name: `n${i}` }));
    const first = read(all.slice(0, 200));
    const view = new AccountView();
    view.seed(first);
    expect(view.isCurrentFor(first)).toBe(false);
    view.compute(byName);
    expect(view.isCurrentFor(first)).toBe(true);
    const full = read(all);
    expect(view.isCurrentFor(full)).toBe(false);
    await view.setRows(full, never);
    expect(view.isCurrentFor(full)).toBe(false);
    expect(view.shown).toHaveLength(200);
    await view.prepare(byName);
    expect(view.isCurrentFor(full)).toBe(true);
    expect(view.shown).toHaveLength(3_000);
    // An equal list read again (a new array, the same rows) is current at once.
    const again = read(all);
    expect(await view.setRows(again, never)).toBe('same');
    expect(view.isCurrentFor(again)).toBe(true);
  });
});
