/**
 * Placeholders in number columns ('n/a', '-', 'unknown', '?'): they are bad numbers, reported
 * per row like any other, unless the person marks them as empty in the mapping step (or with
 * --empty-values on the command line). This finds the distinct non-numeric values of each
 * column to offer, and reads the person's choice back.
 */
import type { CsvTable } from '../csv/readCsv';
import type { ImportField } from './accountFields';
import type { ColumnMap } from './columnMapping';
import { parseNumber } from './parseNumber';
import { StringTable } from '../text/stringTable';

/** The import fields read as numbers. */
export const NUMBER_FIELDS: readonly ImportField[] = ['employees', 'annualRevenue', 'intentScore'];

export function isNumberField(target: string): boolean {
  return (NUMBER_FIELDS as readonly string[]).includes(target);
}

export interface NonNumericValue {
  /** As first written in the column, trimmed. */
  value: string;
  /** How many cells of the column hold it (compared without case). */
  count: number;
  /** The spreadsheet row of the first one. */
  firstRow: number;
}

/** What a CRM or a spreadsheet writes for "no value": n/a, -, ?, unknown, none, tbd, null. */
const PLACEHOLDER = /^(?:n\/?a|-+|\?+|unknown|none|tbd|null|nil|—|–|\.)$/;

/** Distinct values of a column whose verdicts are remembered (most columns repeat far fewer). */
const MEMO_VALUES = 64;

/** More distinct non-numbers than this and the column holds text, not numbers with placeholders. */
const MAX_DISTINCT = 12;

/**
 * Per header, the distinct values that are not numbers, for columns that look like numbers
 * with a few placeholders; a column with many different non-numbers (names, notes) is left out.
 */
export function findNonNumericValues(table: CsvTable): Record<string, NonNumericValue[]> {
  const decimal = table.delimiter === ';' ? ',' : '.';
  const found: Record<string, NonNumericValue[]> = {};
  table.headers.forEach((header, col) => {
    const byKey = new Map<string, NonNumericValue>();
    // Each value's verdict (null: a number) while the column repeats a few values (a type,
    // a country): read once each instead of once a row. Off once it holds MEMO_VALUES.
    let memo: StringTable<NonNumericValue | null> | null = new StringTable();
    let memoized = 0;
    let numbers = 0;
    for (let r = 0; r < table.rows.length; r++) {
      const raw = (table.rows[r]?.[col] ?? '').trim();
      if (raw === '') continue;
      const known = memo?.get(raw);
      if (known !== undefined) {
        if (known === null) numbers++;
        else known.count++;
        continue;
      }
      let verdict: NonNumericValue | null = null;
      if (parseNumber(raw, decimal).ok) {
        numbers++;
      } else {
        const key = raw.toLowerCase();
        const seen = byKey.get(key);
        if (seen) seen.count++;
        else byKey.set(key, { value: raw, count: 1, firstRow: table.rowNumbers[r] as number });
        if (byKey.size > MAX_DISTINCT) return;
        verdict = byKey.get(key) as NonNumericValue;
      }
      if (memo && ++memoized > MEMO_VALUES) memo = null;
      memo?.set(raw, verdict);
    }
    // A column of placeholders only (every Employees cell "n/a") is offered too, else the
    // preview would point to a choice that is not there; a column of words is text.
    const placeholdersOnly = [...byKey.keys()].every((key) => PLACEHOLDER.test(key));
    if (byKey.size > 0 && (numbers > 0 || placeholdersOnly)) found[header] = [...byKey.values()];
  });
  return found;
}

export interface EmptyValueChoice {
  value: string;
  count: number;
  /** Where it occurs: 'accounts.csv, column "Employees" (row 4)'. */
  places: string[];
}

/**
 * The values the mapping step offers to treat as empty: the non-numbers of the columns now
 * mapped to number fields, across files, one entry per value (compared without case).
 */
export function emptyValueChoices(
  files: readonly {
    name: string;
    nonNumeric: Readonly<Record<string, NonNumericValue[]>>;
    mapping: ColumnMap;
  }[],
): EmptyValueChoice[] {
  const byKey = new Map<string, EmptyValueChoice>();
  for (const f of files) {
    for (const [header, values] of Object.entries(f.nonNumeric)) {
      if (!isNumberField(f.mapping[header] ?? '')) continue;
      for (const v of values) {
        const key = v.value.toLowerCase();
        const choice = byKey.get(key) ?? { value: v.value, count: 0, places: [] };
        choice.count += v.count;
        choice.places.push(`${f.name}, column "${header}" (row ${v.firstRow})`);
        byKey.set(key, choice);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The chosen values as the import compares them: trimmed, without case. */
export function emptyValueSet(values: readonly string[] | undefined): ReadonlySet<string> {
  return new Set((values ?? []).map((v) => v.trim().toLowerCase()).filter((v) => v !== ''));
}

/** '--empty-values "n/a, -,unknown"' → ['n/a', '-', 'unknown']. */
export function parseEmptyValuesOption(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
