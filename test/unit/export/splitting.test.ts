// Salesforce's Data Import Wizard takes fewer than 50,000 records a file, so the export
// splits: every part carries the header, no row is lost or repeated, problems follow their row.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportSalesforceAccounts } from '../../../shared/export/salesforceAccounts';
import { SALESFORCE_MAX_ROWS_PER_FILE } from '../../../shared/export/exportColumns';
import { account, sourceOf } from './exportFixtures';

function accounts(count: number, withId: (i: number) => boolean) {
  return Array.from({ length: count }, (_, i) =>
    account({
      id: `a${i}`,
      name: i % 7 === 3 ? '' : `Account ${i}`,
      domain: `a${i}.com`,
      // 15 digits and the checksum of no upper-case letters: a valid 18-character id.
      salesforceId: withId(i) ? `001000000${String(i).padStart(6, '0')}AAA` : '',
    }),
  );
}

describe('splitting Salesforce account files', () => {
  it('keeps each file below 50,000 rows', () => {
    expect(SALESFORCE_MAX_ROWS_PER_FILE).toBeLessThan(50_000);
    const result = exportSalesforceAccounts(sourceOf({ accounts: accounts(120_000, () => false) }));
    expect(result.tables.map((t) => [t.suffix, t.rows.length])).toEqual([
      ['new-1', 49_999],
      ['new-2', 49_999],
      ['new-3', 20_002],
    ]);
  });

  it('puts known Salesforce IDs in update files and the rest in new files', () => {
    const result = exportSalesforceAccounts(sourceOf({ accounts: accounts(5, (i) => i < 2) }), 3);
    expect(result.tables.map((t) => t.suffix)).toEqual(['update', 'new']);
    expect(result.tables[0]?.headers[0]).toBe('Account ID');
    expect(result.tables[1]?.headers[0]).toBe('Account Name');
  });

  it('loses no row, repeats none, and points each problem at its part and row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 9 }), (count, max) => {
        const source = sourceOf({ accounts: accounts(count, (i) => i % 3 === 0) });
        const result = exportSalesforceAccounts(source, max);
        const column = (t: { headers: string[]; rows: string[][] }, header: string) => {
          const col = t.headers.indexOf(header);
          return t.rows.map((r) => r[col]);
        };
        for (const table of result.tables) {
          expect(table.rows.length).toBeLessThanOrEqual(max);
        }
        const isNew = (t: { suffix: string }) => t.suffix.startsWith('new');
        const news = result.tables.filter(isNew);
        const updates = result.tables.filter((t) => !isNew(t));
        // New records match by Name and Website; updates by ID (a name only where it changed).
        expect(news.flatMap((t) => column(t, 'Account Name')).sort()).toEqual(
          source.accounts
            .filter((a) => a.salesforceId === '')
            .map((a) => a.name)
            .sort(),
        );
        expect(updates.flatMap((t) => column(t, 'Account ID')).sort()).toEqual(
          source.accounts
            .filter((a) => a.salesforceId !== '')
            .map((a) => a.salesforceId)
            .sort(),
        );
        for (const problem of result.problems) {
          const table = news.find((t) => problem.file === `salesforce-accounts-${t.suffix}.csv`);
          expect(table && column(table, 'Account Name')[problem.row - 2]).toBe('');
        }
        expect(result.problems.length).toBe(
          source.accounts.filter((a) => a.name === '' && a.salesforceId === '').length,
        );
      }),
    );
  });
});
