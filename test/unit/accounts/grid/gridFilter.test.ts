import { describe, expect, it } from 'vitest';
import {
  filterPredicate,
  matchesColumnFilter,
  quickSearchText,
  quickSearchWords,
} from '../../../../renderer/src/features/accounts/grid/gridFilter';

describe('column filters over the account list', () => {
  it('text filters ignore case; an empty cell passes only blank, not equal and not contains', () => {
    expect(
      matchesColumnFilter('Northwind', { filterType: 'text', type: 'contains', filter: 'WIND' }),
    ).toBe(true);
    expect(
      matchesColumnFilter('Northwind', { filterType: 'text', type: 'startsWith', filter: 'wind' }),
    ).toBe(false);
    expect(
      matchesColumnFilter('Northwind', { filterType: 'text', type: 'equals', filter: 'northwind' }),
    ).toBe(true);
    expect(matchesColumnFilter('', { filterType: 'text', type: 'contains', filter: 'x' })).toBe(
      false,
    );
    expect(matchesColumnFilter('', { filterType: 'text', type: 'notContains', filter: 'x' })).toBe(
      true,
    );
    expect(matchesColumnFilter('  ', { filterType: 'text', type: 'blank' })).toBe(true);
    expect(
      matchesColumnFilter(['abm', 'emea'], {
        filterType: 'text',
        type: 'contains',
        filter: 'EMEA',
      }),
    ).toBe(true);
  });

  it('number filters compare numbers, exclude range ends and never pass an empty cell', () => {
    const over = { filterType: 'number', type: 'greaterThan', filter: 1000 };
    expect(matchesColumnFilter(1001, over)).toBe(true);
    expect(matchesColumnFilter(1000, over)).toBe(false);
    expect(matchesColumnFilter(null, over)).toBe(false);
    const range = { filterType: 'number', type: 'inRange', filter: 10, filterTo: 20 };
    expect([10, 15, 20].map((n) => matchesColumnFilter(n, range))).toEqual([false, true, false]);
    expect(matchesColumnFilter(null, { filterType: 'number', type: 'blank' })).toBe(true);
  });

  it('combines conditions with AND and OR, and columns with AND', () => {
    const either = {
      filterType: 'text',
      operator: 'OR' as const,
      conditions: [
        { type: 'equals', filter: 'DE' },
        { type: 'equals', filter: 'FR' },
      ],
    };
    expect(matchesColumnFilter('fr', either)).toBe(true);
    expect(matchesColumnFilter('US', either)).toBe(false);
    const rows = [
      { country: 'DE', employees: 50 },
      { country: 'FR', employees: 5000 },
      { country: 'US', employees: 9000 },
    ];
    const keep = filterPredicate<(typeof rows)[number]>(
      { country: either, employees: { filterType: 'number', type: 'greaterThan', filter: 100 } },
      (r, c) => r[c as keyof typeof r],
    );
    expect(rows.filter(keep!).map((r) => r.country)).toEqual(['FR']);
    expect(filterPredicate({}, () => null)).toBeNull();
  });

  it('a quick search needs every word somewhere in the row, in any case', () => {
    const text = quickSearchText(['Northwind Analytics', 'northwind.example', 2, null, ['abm']]);
    const words = quickSearchWords('  NORTH  abm ');
    expect(words).toEqual(['north', 'abm']);
    expect(words.every((w) => text.includes(w))).toBe(true);
    expect(quickSearchWords('north emea').every((w) => text.includes(w))).toBe(false);
  });
});
