// An Excel-safe file opened in English Excel (splits on ','), German or French Excel (';') or
// as tab-separated text yields no cell Excel would run as a formula, whatever the values;
// numbers and phone numbers keep their text; and both modes read back to the same values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeForExcel, restoreFromExcel } from '../../../shared/csv/excelSafe';
import { readCsv } from '../../../shared/csv/readCsv';
import { writeCsvBytes, writeCsvText, type CsvMode } from '../../../shared/csv/writeCsv';

type Delimiter = ',' | ';' | '\t';

/**
 * The fields Excel finds splitting the text on `delimiter`, record after record, reading
 * quotes as Excel does: a quote opens a quoted value only as a field's first character
 * (`""` inside is one quote), text after the closing quote is kept, and a quote inside an
 * unquoted field is a plain character. A file written with ',' and opened in German Excel
 * is split on ';' this way, so its quotes guard nothing where a field does not start.
 */
function fieldsAsRead(text: string, delimiter: Delimiter): string[] {
  const fields: string[] = [];
  let value = '';
  let inQuotes = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else value += c;
      continue;
    }
    if (c === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
    } else if (c === delimiter || c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(value);
      value = '';
      atFieldStart = true;
    } else {
      value += c;
      atFieldStart = false;
    }
  }
  fields.push(value);
  return fields;
}

// The oracle is written apart from the writer: what Excel runs, judged from the value alone.
const STARTERS = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
const EXCEL_NUMBER = /^[+-]?\d[\d.,]*(?:[eE][+-]?\d+)?$/;
// Digit groups with a space between: Excel cannot read constants apart by spaces as a formula.
const SPACED_DIGITS = /^\+[\d ()\-./]+$/;

function isConstant(text: string): boolean {
  const trimmed = text.trim();
  return EXCEL_NUMBER.test(trimmed) || (SPACED_DIGITS.test(trimmed) && /\d[ ]+[\d(]/.test(trimmed));
}

/**
 * Whether Excel would run the value as a formula: it starts with = + - @ (or a full-width
 * form; spaces and tabs before it count as nothing, as some readers trim them; a line break
 * does not, Excel keeps it as text) and is not a number or phone number. A number
 * read together with the next field (`-1,5,"x"` in German Excel) is no formula either when a
 * string literal follows it, with at most a delimiter between: Excel's grammar has no way to
 * go on from a constant to a string there (`,` and `;` outside a function are errors).
 */
function excelRunsAsFormula(value: string): boolean {
  const text = value.replace(/^[ \t\u00A0\u3000]+/, '');
  if (!STARTERS.test(text)) return false;
  if (isConstant(text)) return false;
  const quote = text.indexOf('"');
  if (quote > 0 && isConstant(text.slice(0, quote).replace(/[,;\t]$/, ''))) return false;
  return true;
}

const PIECES = [
  '=',
  '+',
  '-',
  '@',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
  "'",
  '"',
  ',',
  ';',
  '\t',
  '|',
  '\r\n',
  '\n',
  '\r',
  ' ',
  '\u00A0',
  '1',
  '2.5',
  '(',
  ')',
  'A1',
  'SUM(',
  'cmd|',
  'Acme',
  'ß',
  '株',
];
const cellArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join(''));
const tableArb = fc.array(fc.array(cellArb, { minLength: 3, maxLength: 3 }), {
  minLength: 1,
  maxLength: 6,
});
const HEADERS = ['Name', 'Phone', 'Notes'];

describe('Excel-safe files in every Excel locale', () => {
  it('no field is a formula, whichever delimiter Excel splits the file on', () => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const text = writeCsvText(HEADERS, rows, { mode: 'excel' }).replace(/^\uFEFF/, '');
        for (const delimiter of [',', ';', '\t'] as const) {
          for (const field of fieldsAsRead(text, delimiter)) {
            expect(
              excelRunsAsFormula(field),
              `${JSON.stringify(field)} split on ${JSON.stringify(delimiter)}`,
            ).toBe(false);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the cells written with ; (German Excel) are as safe as those written with ,', () => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const text = writeCsvText(HEADERS, rows, { mode: 'excel', delimiter: ';' }).slice(1);
        for (const delimiter of [',', ';', '\t'] as const) {
          for (const field of fieldsAsRead(text, delimiter))
            expect(excelRunsAsFormula(field), JSON.stringify(field)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  const digits = (min: number, max: number) =>
    fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`));
  const numberArb = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }).map(String),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => n.toFixed(2)),
    fc.integer({ min: 1000, max: 1e9 }).map((n) => n.toLocaleString('en-US')),
    fc.integer({ min: 1000, max: 1e9 }).map((n) => `-${n.toLocaleString('de-DE')},5`),
  );
  const phoneArb = fc.oneof(
    fc.tuple(digits(1, 3), digits(2, 4), digits(5, 8)).map(([cc, a, b]) => `+${cc} ${a} ${b}`),
    fc.tuple(digits(3, 3), digits(3, 3), digits(4, 4)).map(([a, b, c]) => `+1 (${a}) ${b}-${c}`),
    fc.tuple(digits(2, 4), digits(6, 8)).map(([a, b]) => `+49 (0)${a} ${b}`),
  );

  it('numbers and phone numbers keep their text and are not quoted', () => {
    fc.assert(
      fc.property(fc.oneof(numberArb, phoneArb), (value) => {
        expect(neutralizeForExcel(value)).toBe(value);
        const line = writeCsvText(['A', 'B'], [['x', value]], { mode: 'excel' }).split('\r\n')[1];
        expect(line).toBe(/[,;]/.test(value) ? `x,"${value}"` : `x,${value}`);
      }),
    );
  });

  it('text that only looks like a number or phone is neutralized', () => {
    for (const cell of ['+1-2-3-4', '+1-555-010-0000', '-1,5+A1', '+49 30 1234567+A1', '-1;=2'])
      expect(neutralizeForExcel(cell), cell).not.toBe(cell);
  });
});

describe('both modes read back to the original values', () => {
  // readCsv leaves blank rows out; the import trims nothing else.
  const notBlank = (rows: string[][]) => rows.filter((r) => r.some((c) => c.trim() !== ''));

  it.each<CsvMode>(['crm', 'excel'])('%s mode, through readCsv', (mode) => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const back = readCsv('t.csv', writeCsvBytes(HEADERS, rows, { mode }));
        if (notBlank(rows).length === 0) return;
        if (!back.ok) throw new Error(back.error.message);
        expect(back.headers).toEqual(HEADERS);
        expect(back.rows).toEqual(notBlank(rows));
      }),
      { numRuns: 300 },
    );
  });

  it('restoreFromExcel undoes neutralizeForExcel for any text', () => {
    fc.assert(
      fc.property(cellArb, (cell) => {
        expect(restoreFromExcel(neutralizeForExcel(cell))).toBe(cell);
      }),
      { numRuns: 2000 },
    );
  });
});
