/**
 * The import's shortcuts in reading numbers give what the full reading gives: parseNumber's
 * one-test path for "$1,234.00"-like values (against parseNumberInFull), and the non-number
 * finder's remembered verdicts (against the finder without them, as it was).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumber, parseNumberInFull } from '../../../shared/accounts/parseNumber';
import { findNonNumericValues, type NonNumericValue } from '../../../shared/accounts/emptyValues';
import type { CsvTable } from '../../../shared/csv/readCsv';

const numberish = fc.string({
  unit: fc.constantFrom('0', '1', '9', ',', '.', '$', '-', ' ', '(', ')', 'k', 'M', "'"),
  maxLength: 12,
});
const digits = fc
  .tuple(fc.nat(999), fc.array(fc.nat(999), { maxLength: 6 }), fc.option(fc.nat(99_999)))
  .map(
    ([head, groups, cents]) =>
      `${head}${groups.map((g) => `,${String(g).padStart(3, '0')}`).join('')}${cents === null ? '' : `.${cents}`}`,
  );

/** findNonNumericValues as it was before its verdicts were remembered. */
function reference(table: CsvTable): Record<string, NonNumericValue[]> {
  const decimal = table.delimiter === ';' ? ',' : '.';
  const found: Record<string, NonNumericValue[]> = {};
  table.headers.forEach((header, col) => {
    const byKey = new Map<string, NonNumericValue>();
    let numbers = 0;
    for (let r = 0; r < table.rows.length; r++) {
      const raw = (table.rows[r]?.[col] ?? '').trim();
      if (raw === '') continue;
      if (parseNumberInFull(raw, decimal).ok) {
        numbers++;
        continue;
      }
      const key = raw.toLowerCase();
      const seen = byKey.get(key);
      if (seen) seen.count++;
      else byKey.set(key, { value: raw, count: 1, firstRow: table.rowNumbers[r] as number });
      if (byKey.size > 12) return;
    }
    const placeholdersOnly = [...byKey.keys()].every((key) =>
      /^(?:n\/?a|-+|\?+|unknown|none|tbd|null|nil|—|–|\.)$/.test(key),
    );
    if (byKey.size > 0 && (numbers > 0 || placeholdersOnly)) found[header] = [...byKey.values()];
  });
  return found;
}

describe('number reading shortcuts', () => {
  it('parseNumber equals the full reading, for either decimal mark', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          numberish,
          digits,
          digits.map((d) => `$${d}`),
        ),
        fc.constantFrom('.' as const, ',' as const),
        (raw, decimal) => {
          expect(parseNumber(raw, decimal)).toEqual(parseNumberInFull(raw, decimal));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('the non-number finder equals the finder without remembered verdicts', () => {
    const cell = fc.oneof(
      fc.constantFrom('', 'n/a', 'N/A', ' USA ', 'usa', 'Germany', '-', 'Prospect', 'tbd'),
      digits,
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, fc.nat(90)), { minLength: 1, maxLength: 120 }),
        fc.constantFrom(',' as const, ';' as const),
        (cells, delimiter) => {
          // The third column: a few values repeated, or all different once past 64.
          const rows = cells.map(([a, b, n], i) => [a, b, i > 70 ? `v${n}-${i}` : `v${n % 5}`]);
          const table = {
            ok: true,
            file: 'f.csv',
            headers: ['A', 'B', 'C'],
            rows,
            rowNumbers: rows.map((_, i) => i + 2),
            delimiter,
          } as unknown as CsvTable;
          expect(findNonNumericValues(table)).toEqual(reference(table));
        },
      ),
      { numRuns: 500 },
    );
  });
});
