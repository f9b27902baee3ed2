// Excel runs cells starting with = + - @ tab CR LF as formulas (CSV injection). Excel-safe
// files neutralize them but leave numbers, phone numbers and leading zeros readable;
// CRM files keep every value as it is, without a BOM.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeForExcel, restoreFromExcel } from '../../../shared/csv/excelSafe';
import { readCsv } from '../../../shared/csv/readCsv';
import { writeCsvTable } from '../../../shared/csv/writeCsv';

const CELLS = [
  '=SUM(A1:A9)',
  '+cmd|/C calc',
  '-2+3',
  '@foo',
  '\tindent',
  '\rcr',
  '\nlf',
  '-12.5',
  '+49 30 1234567',
  '00123',
  'plain, with comma',
];

/** The cells as written, before the import undoes the escapes (readCsv does for BOM files). */
function firstRow(text: string): string[] {
  const read = readCsv('out.csv', text.replace(/^\uFEFF/, ''));
  if (!read.ok) throw new Error(read.error.message);
  return read.rows[0] as string[];
}

describe('Excel-safe and CRM modes', () => {
  it('Excel-safe starts with a BOM and neutralizes formula cells only', () => {
    const text = writeCsvTable({ headers: CELLS.map((_, i) => `c${i}`), rows: [CELLS] }, 'excel');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(firstRow(text)).toEqual([
      "'=SUM(A1:A9)",
      "'+cmd|/C calc",
      "'-2+3",
      "'@foo",
      "'\tindent",
      "'\rcr",
      "'\nlf",
      '-12.5',
      '+49 30 1234567',
      '00123',
      'plain, with comma',
    ]);
  });

  it('Excel-safe neutralizes a formula in a header too', () => {
    const text = writeCsvTable({ headers: ['=cmd'], rows: [['x']] }, 'excel');
    expect(text).toBe("\uFEFF'=cmd\r\nx\r\n");
  });

  it('CRM mode has no BOM and keeps every value as it is', () => {
    const text = writeCsvTable({ headers: CELLS.map((_, i) => `c${i}`), rows: [CELLS] }, 'crm');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(firstRow(text)).toEqual(CELLS);
  });

  it('quotes commas, quotes and line breaks so the row reads back whole', () => {
    const row = ['a,b', 'say "hi"', 'one\r\ntwo', ' padded ', ''];
    const text = writeCsvTable({ headers: ['1', '2', '3', '4', '5'], rows: [row] }, 'crm');
    expect(text).toBe('1,2,3,4,5\r\n"a,b","say ""hi""","one\r\ntwo", padded ,\r\n');
    expect(firstRow(text)).toEqual(row);
  });
});

describe('reversible neutralization', () => {
  it('adds one apostrophe to text that already starts with apostrophes before a formula', () => {
    expect(neutralizeForExcel("'=x")).toBe("''=x");
    expect(neutralizeForExcel("'plain")).toBe("'plain");
    expect(neutralizeForExcel('-12.5')).toBe('-12.5');
  });

  it('restores every value it neutralized', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("'", '=', '+', '-', '@', '\t', '\n', '1', '.', ' ', 'a'), {
          maxLength: 8,
        }),
        (parts) => {
          const cell = parts.join('');
          expect(restoreFromExcel(neutralizeForExcel(cell))).toBe(cell);
        },
      ),
    );
  });
});
