// A HubSpot export writes "n/a" where nobody filled in Employees; a spreadsheet writes "-".
// Those are bad numbers like any other, each reported on its row, unless the person says
// in the mapping step that they mean "no value".
import { describe, expect, it } from 'vitest';
import {
  emptyValueChoices,
  importAccounts,
  parseEmptyValuesOption,
  parseImportFiles,
  type ImportOptions,
} from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';

const CSV =
  'Company name,Company Domain Name,Number of Employees,Annual Revenue,Description\r\n' +
  'Acme,acme.com,1200,"1,000,000",Old customer\r\n' +
  'Globex,globex.io,n/a,-,n/a\r\n' +
  'Initech,initech.example,N/A,unknown,Fine\r\n' +
  'Umbrella,umbrella.example,?,500000,\r\n';
const file = { name: 'hubspot.csv', bytes: CSV };

const options = (emptyValues?: string[]): ImportOptions => ({
  policy: 'fill-empty',
  defaultStatus: 'candidate',
  now: '2027-01-15T10:00:00.000Z',
  newId: sequentialIds('acc'),
  profile: null,
  ...(emptyValues ? { emptyValues } : {}),
});

describe('placeholders in number columns', () => {
  it('reports each "n/a", "-", "unknown" and "?" in a number column on its row and column', () => {
    const r = importAccounts([file], [], options());
    if (!r.ok) throw new Error('unexpected');
    expect(r.rejected.map((x) => [x.row, x.column, x.value, x.reason])).toEqual([
      [3, 'Number of Employees', 'n/a', '"n/a" is not a number'],
      [3, 'Annual Revenue', '-', '"-" is not a number'],
      [4, 'Number of Employees', 'N/A', '"N/A" is not a number'],
      [4, 'Annual Revenue', 'unknown', '"unknown" is not a number'],
      [5, 'Number of Employees', '?', '"?" is not a number'],
    ]);
    expect(r.counts).toMatchObject({ new: 1, rejected: 3 });
  });

  it('offers the distinct non-numbers of the columns mapped to number fields, and only those', () => {
    const parsed = parseImportFiles([file]);
    if (!parsed.ok) throw new Error('unexpected');
    const f = parsed.files[0]!;
    expect(f.mapping['Number of Employees']).toBe('employees');
    expect(f.nonNumeric['Description']).toBeUndefined();
    const choices = emptyValueChoices([
      { name: 'hubspot.csv', nonNumeric: f.nonNumeric, mapping: f.mapping },
    ]);
    expect(choices.map((c) => [c.value, c.count])).toEqual([
      ['n/a', 2],
      ['-', 1],
      ['?', 1],
      ['unknown', 1],
    ]);
    expect(choices[0]!.places).toEqual(['hubspot.csv, column "Number of Employees" (row 3)']);
    // Mapped elsewhere, the column's values are no longer offered.
    const unmapped = { ...f.mapping, 'Number of Employees': '' };
    expect(
      emptyValueChoices([{ name: 'hubspot.csv', nonNumeric: f.nonNumeric, mapping: unmapped }]).map(
        (c) => c.value,
      ),
    ).toEqual(['-', 'unknown']);
  });

  it('imports the values the person marked as empty as empty, and still rejects the others', () => {
    const r = importAccounts([file], [], options(['N/A', '-']));
    if (!r.ok) throw new Error('unexpected');
    expect(r.rejected.map((x) => [x.row, x.value])).toEqual([
      [4, 'unknown'],
      [5, '?'],
    ]);
    const globex = r.newAccounts.find((a) => a.domain === 'globex.io');
    expect(globex).toMatchObject({ employees: null, annualRevenue: null });
    // Marked empty in number columns only: a description saying "n/a" is kept as written.
    expect(globex?.notes).toBe('n/a');
  });

  it('reads the command line list', () => {
    expect(parseEmptyValuesOption(' n/a, -,,unknown ')).toEqual(['n/a', '-', 'unknown']);
  });
});

describe('a number column of placeholders only', () => {
  it('is offered as empty values too (else the preview would point to a choice that is not there)', () => {
    const csv = 'Account Name,Website,Employees\nAcme,acme.com,n/a\nGlobex,globex.io,-\n';
    const parsed = parseImportFiles([{ name: 'only-na.csv', bytes: csv }]);
    if (!parsed.ok) throw new Error('unexpected');
    const f = parsed.files[0]!;
    expect(f.mapping['Employees']).toBe('employees');
    expect(f.nonNumeric['Employees']?.map((v) => v.value)).toEqual(['n/a', '-']);
  });
});
