// A RACI grid as CSV: what the file looks like, the errors a bad file gets, and the round trip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsvError } from '../../../shared/csv/csvError';
import { sequentialIds } from '../../../shared/domain/ids';
import { RACI_LETTERS, type RaciGrid, type RaciLetter } from '../../../shared/domain/types';
import { groupByPhase } from '../../../shared/raci/gridOps';
import { cellKey } from '../../../shared/raci/letters';
import { isReservedRoleName, normalizeLineBreaks, normalizeName } from '../../../shared/raci/names';
import { raciFromCsv, raciToCsvBytes, raciToCsvText } from '../../../shared/raci/raciCsv';
import { abmResponsibilityTemplate, gridFromTemplate } from '../../../shared/raci/templates';
import { NOW, gridOf, picture } from './helpers';

const ids = () => sequentialIds('imp');
const read = (file: string, text: string | Uint8Array) => raciFromCsv(file, text, ids(), NOW);
function errorOf(file: string, text: string): string {
  const result = read(file, text);
  if (result.ok) throw new Error('expected an error');
  return formatCsvError(result.error);
}

/** Everything a user sees in a grid, without ids or timestamps. */
function content(grid: RaciGrid) {
  return {
    name: grid.name,
    roles: grid.roles.map((r) => r.name),
    activities: grid.activities.map((a) => ({
      name: a.name,
      phase: a.phase,
      note: a.note,
      cells: grid.roles.map((r) => (grid.cells[cellKey(a.id, r.id)] ?? []).join('')),
    })),
  };
}

describe('RACI CSV export', () => {
  it('writes activities first, one column per role, letters in the cells', () => {
    const grid = gridFromTemplate(abmResponsibilityTemplate, ids(), NOW);
    const lines = raciToCsvText(grid).split('\r\n');
    expect(lines[0]).toBe('Activity,Sales Ops,Marketing Ops,Sales,Marketing,Note');
    expect(lines[1]).toBe('Define ICP,R,C,I,C,');
    expect(lines[2]).toBe('Build TAL,R,C,C,I,Escalation: account inclusion in TAL → VP Sales.');
  });

  it('adds a Phase column only when a row has a phase; quotes names with separators', () => {
    const grid = gridOf(['Sales, EMEA', 'Ops'], [['Say "hi"', 'RA', 'C']], { phase: ['Plan'] });
    expect(raciToCsvText(grid)).toBe(
      'Activity,"Sales, EMEA",Ops,Phase\r\n"Say ""hi""",RA,C,Plan\r\n',
    );
  });

  it('Excel-safe mode adds a BOM and neutralizes formula-looking names', () => {
    const grid = gridOf(['=cmd', 'Ops'], [['@risk', 'RA', '']]);
    const text = raciToCsvText(grid, 'excel');
    expect(text).toBe("\uFEFFActivity,'=cmd,Ops\r\n'@risk,RA,\r\n");
    const back = read('x.csv', raciToCsvBytes(grid, 'excel'));
    expect(back.ok && content(back.grid).roles).toEqual(['=cmd', 'Ops']);
    expect(back.ok && back.grid.activities[0]?.name).toBe('@risk');
  });
});

describe('RACI CSV import', () => {
  it('reads the letters however Excel users wrote them, named after the file', () => {
    const result = read(
      'exports/QBR grid.csv',
      'Activity,Sales,Marketing\nPlan,"R, A",consulted\nRun, r ,I\n',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.grid.name).toBe('QBR grid');
    expect(result.grid.source).toBe('Imported from exports/QBR grid.csv');
    expect(picture(result.grid)).toEqual([
      ['Plan', 'RA', 'C'],
      ['Run', 'R', 'I'],
    ]);
  });

  it('understands a Phase column first and groups its rows', () => {
    const result = read('g.csv', 'Phase;Activity;Ops\nPlan;a;R\nRun;b;A\nPlan;c;C\n');
    expect(result.ok && result.grid.activities.map((a) => `${a.phase}/${a.name}`)).toEqual([
      'Plan/a',
      'Plan/c',
      'Run/b',
    ]);
    expect(result.ok && result.notices).toContain(
      'Rows of the same phase were scattered; they are now grouped by phase.',
    );
  });

  it('a bad letter names the file, row and role column, and gives no grid', () => {
    expect(errorOf('raci.csv', 'Activity,Sales,Marketing\nPlan,R,A\nRun,X,\n')).toBe(
      'raci.csv, row 3, column "Sales": "X" is not a RACI letter: use R, A, C and I (several in one cell, e.g. "RA").',
    );
  });

  it('a row without an activity name is an error naming the row', () => {
    expect(errorOf('raci.csv', 'Activity,Sales\nPlan,R\n ,A\n')).toBe(
      'raci.csv, row 3, column "Activity": The activity name is empty.',
    );
  });

  it('letters under an empty header are an error; an empty unnamed column is left out', () => {
    expect(errorOf('raci.csv', 'Activity,Sales,\nPlan,R,A\n')).toBe(
      'raci.csv, row 1, column "column C": This column holds letters but its header (the role name) is empty.',
    );
    const ok = read('raci.csv', 'Activity,Sales,\nPlan,R,\n');
    expect(ok.ok && ok.grid.roles.map((r) => r.name)).toEqual(['Sales']);
  });

  it("broken quoting and empty files get the CSV reader's clear messages", () => {
    expect(errorOf('raci.csv', '')).toBe('raci.csv: The file is empty.');
    expect(errorOf('raci.csv', 'Activity,Sales\n"Plan,R\n')).toMatch(/^raci\.csv, row 2/);
  });
});

// ---- the round trip ---------------------------------------------------------------------

const tricky = fc.constantFrom(
  'Sales, EMEA',
  'He said "hi"',
  'Line\nbreak',
  'Продажи',
  '営業 チーム',
  'مبيعات',
  'Ελληνικά',
  '=SUM(A1)',
  "'=x",
  "''-y",
  '-5',
  '+49 30 1234',
  'a;b|c\td',
  'Zoë & Åsa',
  '🚀 Growth',
);
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), tricky);
const name = text.map(normalizeName).filter((n) => n !== '');
const roleName = name.filter((n) => !isReservedRoleName(n));
const letters = fc.subarray([...RACI_LETTERS] as RaciLetter[]);

const gridArb = fc
  .record({
    roles: fc.uniqueArray(roleName, { maxLength: 6, selector: (n) => n.toLowerCase() }),
    rows: fc.array(
      fc.record({
        name,
        phase: fc.oneof(fc.constant(''), name),
        note: fc.oneof(fc.constant(''), text.map(normalizeLineBreaks)),
        cells: fc.array(letters, { minLength: 6, maxLength: 6 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ roles, rows }) => {
    const next = sequentialIds('p');
    const grid: RaciGrid = {
      id: next(),
      name: 'Round trip',
      source: '',
      roles: roles.map((n) => ({ id: next(), name: n })),
      activities: [],
      cells: {},
      createdAt: NOW,
      updatedAt: NOW,
    };
    const activities = rows.map((row) => {
      const activity = { id: next(), name: row.name, phase: row.phase, note: row.note };
      grid.roles.forEach((role, i) => {
        const cell = row.cells[i] ?? [];
        if (cell.length > 0) grid.cells[cellKey(activity.id, role.id)] = cell;
      });
      return activity;
    });
    return { ...grid, activities: groupByPhase(activities) };
  });

describe('RACI CSV round trip', () => {
  it.each(['plain', 'excel'] as const)(
    'any grid exported as %s CSV imports back as the same grid, and exports the same bytes',
    (mode) => {
      fc.assert(
        fc.property(gridArb, (grid) => {
          const csv = raciToCsvText(grid, mode);
          const result = read('Round trip.csv', raciToCsvBytes(grid, mode));
          if (!result.ok) throw new Error(`${formatCsvError(result.error)}\n${csv}`);
          expect(content(result.grid)).toEqual(content(grid));
          expect(raciToCsvText(result.grid, mode)).toBe(csv);
        }),
        { numRuns: 300 },
      );
    },
  );
});

describe('RACI CSV files as they come from spreadsheets', () => {
  const fixture = (name: string) =>
    new Uint8Array(readFileSync(join(__dirname, '../../fixtures/raci', name)));

  it('reads a German Excel export: BOM, semicolons, Phase first, letters written out', () => {
    const result = read('excel-german-semicolons.csv', fixture('excel-german-semicolons.csv'));
    if (!result.ok) throw new Error(formatCsvError(result.error));
    expect(result.grid.roles.map((r) => r.name)).toEqual([
      'Sales Ops',
      'Marketing Ops',
      'Vertrieb',
      'Marketing',
    ]);
    expect(picture(result.grid)).toEqual([
      ['Define ICP', 'RA', 'C', 'I', 'C'],
      ['Build TAL', 'RA', 'C', 'C', 'I'],
      ['Develop campaign', 'I', 'RA', 'C', 'R'],
      ['Execute outreach', 'R', 'I', 'RA', 'I'],
    ]);
    expect(result.grid.activities.map((a) => a.phase)).toEqual([
      'Planung',
      'Planung',
      'Umsetzung',
      'Umsetzung',
    ]);
    expect(result.grid.activities[1]?.note).toBe('Escalation: account inclusion in TAL → VP Sales');
    expect(result.grid.activities[3]?.note).toBe('Zeile 1\nZeile 2');
  });

  it('names the file, row and column of a wrong letter', () => {
    const result = read('bad-letter.csv', fixture('bad-letter.csv'));
    expect(!result.ok && formatCsvError(result.error)).toBe(
      'bad-letter.csv, row 3, column "Marketing Ops": "Owner" is not a RACI letter: use R, A, C and I (several in one cell, e.g. "RA").',
    );
  });

  it('leaves out an unnamed empty column and says so', () => {
    const result = read('empty-column.csv', fixture('empty-column.csv'));
    expect(result.ok && result.grid.roles.map((r) => r.name)).toEqual([
      'Sales Ops',
      'Marketing Ops',
    ]);
    expect(result.ok && result.notices).toContain(
      'Column C has no header and no letters; it was left out.',
    );
  });
});
