/**
 * The copy built from the pages a part at a time (accountCopyLoad.ts) is what one build of
 * all of them gives: the same rows by id (in the same order), pages, members and stored
 * fields, and the list in primary-key order, whatever the parts and even with an id on two
 * pages.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Account } from '../../../shared/domain/types';
import type { AccountPage } from '../../../renderer/src/store/accountPageMeta';
import { byId, PagesLoad } from '../../../renderer/src/store/accountCopyLoad';

const pageName = (n: number) => `p${String(n).padStart(6, '0')}`;

const pagesArb = fc
  .array(
    fc.array(
      fc.string({
        unit: fc.constantFrom('0', '1', '2', 'a', 'b', 'c'),
        minLength: 1,
        maxLength: 4,
      }),
      { maxLength: 12 },
    ),
    {
      maxLength: 14,
    },
  )
  .map((pages) =>
    pages.map((ids, p): AccountPage => ({
      id: pageName(p + 1),
      rows: ids.map((id, r) => ({ id, name: `${p}/${r}` }) as unknown as Account),
      stored: new Set(ids.length > 0 ? ['id', 'name'] : []),
    })),
  );

describe('PagesLoad', () => {
  it('built in parts is the copy built at once, its list sorted by id', () => {
    fc.assert(
      fc.property(pagesArb, fc.array(fc.nat(4), { maxLength: 14 }), (pages, cuts) => {
        const load = new PagesLoad();
        let at = 0;
        for (const cut of cuts) {
          load.add(pages.slice(at, at + cut));
          at += cut;
        }
        load.add(pages.slice(at));
        // What AccountPageCopy.load did before: one pass, then a sort of the map's rows.
        const rows = new Map<string, Account>();
        const pageOf = new Map<string, string>();
        const members = new Map<string, string[]>();
        for (const page of pages) {
          for (const row of page.rows) {
            rows.set(row.id, row);
            pageOf.set(row.id, page.id);
          }
          members.set(
            page.id,
            page.rows.map((r) => r.id),
          );
        }
        expect([...load.rows]).toEqual([...rows]);
        expect([...load.pageOf]).toEqual([...pageOf]);
        expect([...load.members]).toEqual([...members]);
        expect([...load.storedFields.keys()]).toEqual(pages.map((p) => p.id));
        expect(load.lastPage).toBe(pages.length);
        const sorted = load.sorted();
        const expected = [...rows.values()].sort(byId);
        expect(sorted.length).toBe(expected.length);
        sorted.forEach((row, i) => expect(row).toBe(expected[i]));
      }),
      { numRuns: 300 },
    );
  });
});
