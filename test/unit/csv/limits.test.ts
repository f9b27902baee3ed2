// Files past a limit are refused with a message naming the file, row and column; control
// characters are removed and the user is told where; no file overflows the stack.
import { describe, expect, it } from 'vitest';
import { importAccounts } from '../../../shared/accounts/importPipeline';
import { formatCsvError, noticeOf } from '../../../shared/csv/csvError';
import { CSV_LIMITS, fileSizeError } from '../../../shared/csv/limits';
import { readCsv, type ReadCsvResult } from '../../../shared/csv/readCsv';
import { previewMotionImport } from '../../../shared/motions/importMotions';
import { sequentialIds } from '../../../shared/domain/ids';

const utf8 = (s: string) => new TextEncoder().encode(s);

function refused(result: ReadCsvResult): string {
  if (result.ok) throw new Error('expected the file to be refused');
  return formatCsvError(result.error);
}

describe('a header that repeats a name 130,000 times', () => {
  const header = new Array<string>(130_000).fill('Name').join(',');
  const text = `${header}\n${new Array<string>(130_000).fill('x').join(',')}\n`;

  it('is refused for its width, naming the file, row 1 and the first column past the limit', () => {
    expect(refused(readCsv('repeats.csv', utf8(text)))).toBe(
      'repeats.csv, row 1, column "column BXY": The header has 130,000 columns; the workbench ' +
        'reads at most 2,000. Remove the columns you do not need before importing.',
    );
  });

  it('gives the account import and the motion import the same clear error', () => {
    const accounts = importAccounts([{ name: 'repeats.csv', bytes: utf8(text) }], [], {
      policy: 'overwrite',
      defaultStatus: 'candidate',
      now: '2027-01-01T00:00:00.000Z',
      newId: sequentialIds('a'),
      profile: null,
    });
    expect(accounts.ok).toBe(false);
    if (!accounts.ok) expect(accounts.errors[0]).toMatchObject({ file: 'repeats.csv', row: 1 });
    const motions = previewMotionImport('repeats.csv', text, {
      accounts: [],
      motions: [],
      newId: sequentialIds('m'),
      now: '2027-01-01T00:00:00.000Z',
    });
    expect(motions.errors[0]?.message).toMatch(/130,000 columns/);
  });

  it('within the limit, one notice per repeated name instead of one per column', () => {
    const width = CSV_LIMITS.columns;
    const t = readCsv(
      'wide.csv',
      `${new Array<string>(width).fill('Name').join(',')}\n${new Array<string>(width).fill('x').join(',')}\n`,
    );
    if (!t.ok) throw new Error(t.error.message);
    expect(t.headers[1]).toBe('Name (2)');
    expect(t.headers[width - 1]).toBe(`Name (${width})`);
    expect(t.notices).toHaveLength(1);
    expect(t.notices[0]).toMatch(
      /^The header "Name" appears 2000 times; the repeats are read apart: column B as "Name \(2\)"/,
    );
  });
});

describe('limits of size, rows and cells', () => {
  it('refuses a 20 MB value, naming its row and column', () => {
    const big = 'A'.repeat(20 * 1024 * 1024);
    expect(
      refused(readCsv('big.csv', utf8(`Name,Website\nAcme,acme.com\n${big},b.com\n`))),
    ).toMatch(
      /^big\.csv, row 3, column "Name": This value is 20,971,520 characters long; the workbench reads values of up to 131,072 characters/,
    );
  });

  it('takes a value of exactly the limit', () => {
    const t = readCsv('ok.csv', `Name,Notes\nAcme,${'n'.repeat(CSV_LIMITS.cellChars)}\n`);
    expect(t.ok).toBe(true);
  });

  it('names the column by letter when a header cell itself is too long', () => {
    const e = readCsv('h.csv', `Name,${'H'.repeat(CSV_LIMITS.cellChars + 1)}\nA,B\n`);
    expect(!e.ok && e.error).toMatchObject({ file: 'h.csv', row: 1, column: 'column B' });
  });

  it('refuses a file with more rows than Excel holds, naming the first row past the limit', () => {
    const text = `Name\n${'a\n'.repeat(CSV_LIMITS.rows)}`;
    const e = readCsv('long.csv', text);
    expect(!e.ok && e.error).toMatchObject({ file: 'long.csv', row: 1_048_577 });
    expect(refused(e)).toMatch(/more than 1,048,576 rows/);
  });

  it('takes a file of exactly the row limit', () => {
    const t = readCsv('full.csv', `Name\n${'a\n'.repeat(CSV_LIMITS.rows - 1)}`);
    expect(t.ok && t.rows.length).toBe(CSV_LIMITS.rows - 1);
  });

  it('refuses a file over 512 MB by its size, before reading it', () => {
    expect(fileSizeError('huge.csv', CSV_LIMITS.fileBytes)).toBeNull();
    const e = fileSizeError('huge.csv', 600_000_000);
    expect(e && formatCsvError(e)).toBe(
      'huge.csv: The file is 600 MB; the workbench reads files up to 512 MB. Split it into ' +
        'smaller files and import them together.',
    );
  });
});

describe('control characters', () => {
  it('removes NUL and other control characters from values, naming row and column', () => {
    const text =
      'Account Name,Website,Notes\nAc\u0000me,acme.com,ok\nBeta,beta.com,line\u000Bfeed\u0007\n';
    const t = readCsv('nul.csv', utf8(text));
    if (!t.ok) throw new Error(t.error.message);
    expect(t.rows).toEqual([
      ['Acme', 'acme.com', 'ok'],
      ['Beta', 'beta.com', 'linefeed'],
    ]);
    expect(t.notices).toEqual([
      'Removed 3 invisible control character(s) (such as NUL) from row 2, column "Account Name"; ' +
        'row 3, column "Notes".',
    ]);
  });

  it('a plain ASCII file with one NUL gets the removal notice only, no encoding warning', () => {
    const t = readCsv('nul.csv', utf8('Account Name,Website\nAc\u0000me,acme.com\n'));
    if (!t.ok) throw new Error(t.error.message);
    expect(t.rows).toEqual([['Acme', 'acme.com']]);
    expect(t.encoding).toBe('utf-8');
    expect(t.encodingSuspect).toBe(false);
    expect(t.encodingWarning).toBeNull();
    expect(t.notices).toEqual([
      'Removed 1 invisible control character(s) (such as NUL) from row 2, column "Account Name".',
    ]);
  });

  it('a Windows-1252 file with one NUL is read as Windows-1252 without a warning that it looks wrong', () => {
    // "Müller GmbH" in Windows-1252 (0xFC is ü), a NUL inside the name of the second row.
    const bytes = new Uint8Array([
      ...utf8('Account Name,Website\nM'),
      0xfc,
      ...utf8('ller GmbH,mueller.de\nAc\u0000me,acme.com\n'),
    ]);
    const t = readCsv('legacy.csv', bytes);
    if (!t.ok) throw new Error(t.error.message);
    expect(t.encoding).toBe('windows-1252');
    expect(t.rows).toEqual([
      ['Müller GmbH', 'mueller.de'],
      ['Acme', 'acme.com'],
    ]);
    expect(t.encodingSuspect).toBe(false);
    expect(t.notices).toHaveLength(2);
    expect(t.notices[0]).toMatch(/^legacy\.csv is not UTF-8; it was read as Windows-1252/);
    expect(t.notices[1]).toBe(
      'Removed 1 invisible control character(s) (such as NUL) from row 3, column "Account Name".',
    );
  });

  it('a list of files’ notices names each file once', () => {
    expect(noticeOf('a.csv', 'Removed 1 invisible control character(s).')).toBe(
      'a.csv: Removed 1 invisible control character(s).',
    );
    expect(noticeOf('a.csv', 'a.csv is not UTF-8; it was read as Windows-1252.')).toBe(
      'a.csv is not UTF-8; it was read as Windows-1252.',
    );
    expect(noticeOf('a.csv', 'a.csv: the text read as UTF-8 looks wrong.')).toBe(
      'a.csv: the text read as UTF-8 looks wrong.',
    );
  });

  it('keeps tabs and line breaks inside quoted values', () => {
    const t = readCsv('t.csv', 'Name,Notes\nAcme,"one\ttwo\r\nthree"\n');
    expect(t.ok && t.rows[0]).toEqual(['Acme', 'one\ttwo\r\nthree']);
    expect(t.ok && t.notices).toEqual([]);
  });

  it('removes NUL bytes deep in a large file too, and no account name keeps them', () => {
    let text = 'Account Name,Website\n';
    for (let i = 0; i < 2000; i++) text += `Account ${i},site${i}.example\n`;
    text += 'Evil\u0000Corp,evil.example\n';
    const preview = importAccounts([{ name: 'deep.csv', bytes: utf8(text) }], [], {
      policy: 'overwrite',
      defaultStatus: 'candidate',
      now: '2027-01-01T00:00:00.000Z',
      newId: sequentialIds('a'),
      profile: null,
    });
    if (!preview.ok) throw new Error(preview.errors[0]?.message);
    expect(preview.newAccounts.some((a) => a.name.includes('\u0000'))).toBe(false);
    expect(preview.newAccounts.at(-1)?.name).toBe('EvilCorp');
    expect(preview.files[0]?.notices.join(' ')).toMatch(/row 2002, column "Account Name"/);
  });

  it('still refuses a binary file such as a workbook', () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(refused(readCsv('book.xls', xls))).toMatch(/not a text file/);
  });
});
