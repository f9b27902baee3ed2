// The holes a reliability review found in Excel-safe export, one by one: a name that German
// or French Excel splits into a formula, arithmetic passing as a phone number, and values that
// already start with an apostrophe coming back changed from the motion and conflict files.
import { describe, expect, it } from 'vitest';
import { importAccounts } from '../../../shared/accounts/importPipeline';
import { sequentialIds } from '../../../shared/domain/ids';
import { isFormulaLike, neutralizeForExcel, restoreFromExcel } from '../../../shared/csv/excelSafe';
import { readCsv } from '../../../shared/csv/readCsv';
import { writeCsvBytes, writeCsvText } from '../../../shared/csv/writeCsv';
import { exportMotionsCsv } from '../../../shared/motions/exportMotionsCsv';
import { previewMotionImport } from '../../../shared/motions/importMotions';
import { newMotion } from '../../../shared/motions/motionDefaults';
import { raciFromCsv, raciToCsvBytes } from '../../../shared/raci/raciCsv';
import type { RaciGrid } from '../../../shared/domain/types';

const NOW = '2027-01-15T09:00:00.000Z';

/** Line 2 of an Excel-safe file split the way German Excel splits it: on ';', quotes or not. */
function germanCells(text: string): string[] {
  return (text.split('\r\n')[1] ?? '').split(';');
}

describe('Excel-safe in German and French Excel', () => {
  it('a name holding ";=" is quoted and every piece of it neutralized', () => {
    const text = writeCsvText(['Name', 'Website'], [['Acme;=1+1;x', 'acme.com']], {
      mode: 'excel',
    });
    expect(text.split('\r\n')[1]).toBe(`"Acme;'=1+1;x",acme.com`);
    for (const cell of germanCells(text)) expect(cell.startsWith('=')).toBe(false);
  });

  it('neutralizes every formula start after , ; tab or a line break', () => {
    expect(neutralizeForExcel('Acme;=1+1;x')).toBe("Acme;'=1+1;x");
    expect(neutralizeForExcel('a,@SUM(A1)')).toBe("a,'@SUM(A1)");
    expect(neutralizeForExcel('a\t+cmd|x')).toBe("a\t'+cmd|x");
    expect(neutralizeForExcel('line one\r\n-2+3')).toBe("line one\r\n'-2+3");
    expect(neutralizeForExcel('a; =1')).toBe("a;' =1");
    expect(neutralizeForExcel('a;"=1')).toBe(`a;'"=1`);
  });

  it('neutralizes the full-width = + - @ a Japanese or Chinese IME types', () => {
    for (const cell of ['\uFF1D1+1', '\uFF0Bcmd', '\uFF0D2', '\uFF20x', 'a;\uFF1D1'])
      expect(neutralizeForExcel(cell), cell).not.toBe(cell);
  });

  it('quotes any cell holding , ; tab, a quote or a line break', () => {
    const row = ['a,b', 'a;b', 'a\tb', 'say "hi"', 'one\r\ntwo', 'a|b', 'plain'];
    const text = writeCsvText(['1', '2', '3', '4', '5', '6', '7'], [row], { mode: 'excel' });
    expect(text).toBe(
      '\uFEFF1,2,3,4,5,6,7\r\n"a,b","a;b","a\tb","say ""hi""","one\r\ntwo","a|b",plain\r\n',
    );
  });
});

describe('numbers and phone numbers stay readable; arithmetic does not pass as a phone', () => {
  it('leaves numbers and real phone numbers as they are', () => {
    for (const cell of [
      '-12.5',
      '1,234',
      '-1,234.50',
      '-1.234,50',
      '+3',
      '+49 30 1234567',
      '+1 (555) 010-0000',
      '+44 (0)20 7946 0958',
      '+33 1 23 45 67 89',
    ]) {
      expect(neutralizeForExcel(cell), cell).toBe(cell);
      expect(isFormulaLike(cell), cell).toBe(false);
    }
  });

  it('neutralizes +1-2-3-4 and other arithmetic Excel would compute', () => {
    for (const cell of ['+1-2-3-4', '+1-555-010-0000', '+1 2-3', '-1,5+A1', '+49 30 123+A1']) {
      expect(isFormulaLike(cell), cell).toBe(true);
      expect(neutralizeForExcel(cell), cell).toBe(`'${cell}`);
    }
  });

  it('a readable negative number is followed by a quoted cell, so no locale reads on from it', () => {
    const text = writeCsvText(['A', 'B', 'C'], [['-1,5', '5+A1', 'x']], { mode: 'excel' });
    // German Excel reads '-1,5' and what follows as one value: a string literal, no formula.
    expect(text.split('\r\n')[1]).toBe('"-1,5","5+A1",x');
  });
});

describe('values that already start with an apostrophe come back as they were', () => {
  const TRICKY = ["'=already", "''@twice", "'plain", "Acme;'=x", '=SUM(1)', 'Acme;=1+1;x'];

  it('through the motion file, exported Excel-safe and imported again', () => {
    const motions = TRICKY.map((name, i) =>
      newMotion(`m-${i}`, '2027-01-01', NOW, { name, theme: name }),
    );
    const file = exportMotionsCsv(motions, [], 'excel');
    const back = previewMotionImport('motions.csv', file.bytes, {
      accounts: [],
      motions: [],
      newId: sequentialIds('n'),
      now: NOW,
    });
    expect(back.errors).toEqual([]);
    const byId = new Map(back.rows.map((r) => [r.motion.id, r.motion]));
    expect(motions.map((m) => [byId.get(m.id)?.name, byId.get(m.id)?.theme])).toEqual(
      TRICKY.map((name) => [name, name]),
    );
  });

  it('through a conflict-list style file (the writer the conflict export uses) read by readCsv', () => {
    const bytes = writeCsvBytes(
      ['Note', 'Account'],
      TRICKY.map((t) => [t, 'x']),
      {
        mode: 'excel',
      },
    );
    const table = readCsv('conflicts.csv', bytes);
    if (!table.ok) throw new Error(table.error.message);
    expect(table.rows.map((r) => r[0])).toEqual(TRICKY);
  });

  it('through the account import, which reads the same Excel-safe files', () => {
    const bytes = writeCsvBytes(
      ['Account Name', 'Website', 'Notes'],
      TRICKY.map((t, i) => [t, `site${i}.example`, t]),
      { mode: 'excel' },
    );
    const preview = importAccounts([{ name: 'accounts.csv', bytes }], [], {
      policy: 'overwrite',
      defaultStatus: 'candidate',
      now: NOW,
      newId: sequentialIds('a'),
      profile: null,
    });
    if (!preview.ok) throw new Error(preview.errors[0]?.message);
    expect(preview.newAccounts.map((a) => [a.name, a.notes])).toEqual(TRICKY.map((t) => [t, t]));
  });

  it('through a RACI grid exported Excel-safe', () => {
    const grid: RaciGrid = {
      id: 'g',
      name: 'Grid',
      source: '',
      roles: [{ id: 'r1', name: "'=Sales" }],
      activities: TRICKY.map((name, i) => ({ id: `a${i}`, name, phase: '', note: '' })),
      cells: {},
      createdAt: NOW,
      updatedAt: NOW,
    };
    const back = raciFromCsv('Grid.csv', raciToCsvBytes(grid, 'excel'), sequentialIds('x'), NOW);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.grid.roles.map((r) => r.name)).toEqual(["'=Sales"]);
    expect(back.grid.activities.map((a) => a.name)).toEqual(TRICKY);
  });

  it('restoreFromExcel strips exactly the apostrophe neutralizeForExcel added', () => {
    for (const cell of TRICKY) expect(restoreFromExcel(neutralizeForExcel(cell))).toBe(cell);
    expect(neutralizeForExcel("'=already")).toBe("''=already");
    expect(neutralizeForExcel("'-12.5")).toBe("''-12.5");
  });
});
