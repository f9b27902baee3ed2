/**
 * The account list's column filters and quick search, evaluated over our own rows (the grid
 * shows only the rows in view; the full list is sorted and filtered here). Filter models are
 * the ones the grid's text and number filters produce, with the grid's meaning: text matches
 * ignore case, an empty cell passes only "blank", "not equal" and "not contains", and number
 * ranges exclude their ends.
 */
export interface SimpleFilter {
  filterType?: string;
  type?: string | null;
  filter?: string | number | null;
  filterTo?: string | number | null;
}
export interface CombinedFilter {
  filterType?: string;
  operator: 'AND' | 'OR';
  conditions: SimpleFilter[];
}
export type ColumnFilter = SimpleFilter | CombinedFilter;
export type FilterModel = Record<string, ColumnFilter>;

type CellValue = string | number | boolean | readonly string[] | null | undefined;

function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'number' && Number.isNaN(v);
}

function textOf(v: CellValue): string {
  return (Array.isArray(v) ? v.join('; ') : String(v)).toLowerCase();
}

function matchesText(v: CellValue, f: SimpleFilter): boolean {
  const type = f.type ?? 'contains';
  if (type === 'blank') return isBlank(v);
  if (type === 'notBlank') return !isBlank(v);
  if (isBlank(v)) return type === 'notEqual' || type === 'notContains';
  const cell = textOf(v);
  const wanted = String(f.filter ?? '').toLowerCase();
  switch (type) {
    case 'equals':
      return cell === wanted;
    case 'notEqual':
      return cell !== wanted;
    case 'notContains':
      return !cell.includes(wanted);
    case 'startsWith':
      return cell.startsWith(wanted);
    case 'endsWith':
      return cell.endsWith(wanted);
    default:
      return cell.includes(wanted);
  }
}

function matchesNumber(v: CellValue, f: SimpleFilter): boolean {
  const type = f.type ?? 'equals';
  if (type === 'blank') return isBlank(v);
  if (type === 'notBlank') return !isBlank(v);
  const n = typeof v === 'number' ? v : Number.NaN;
  if (Number.isNaN(n)) return false;
  const a = Number(f.filter);
  const b = Number(f.filterTo);
  switch (type) {
    case 'notEqual':
      return n !== a;
    case 'lessThan':
      return n < a;
    case 'lessThanOrEqual':
      return n <= a;
    case 'greaterThan':
      return n > a;
    case 'greaterThanOrEqual':
      return n >= a;
    case 'inRange':
      return n > Math.min(a, b) && n < Math.max(a, b);
    default:
      return n === a;
  }
}

function matchesSimple(v: CellValue, f: SimpleFilter, kind: string | undefined): boolean {
  return kind === 'number' ? matchesNumber(v, f) : matchesText(v, f);
}

/** Whether one cell value passes one column's filter (simple or AND/OR of conditions). */
export function matchesColumnFilter(v: CellValue, f: ColumnFilter): boolean {
  if ('conditions' in f && Array.isArray(f.conditions)) {
    const kind = f.filterType;
    return f.operator === 'OR'
      ? f.conditions.some((c) => matchesSimple(v, c, c.filterType ?? kind))
      : f.conditions.every((c) => matchesSimple(v, c, c.filterType ?? kind));
  }
  return matchesSimple(v, f as SimpleFilter, f.filterType);
}

/** A row predicate for a filter model; `valueOf` reads a column's value from a row. */
export function filterPredicate<T>(
  model: FilterModel,
  valueOf: (row: T, colId: string) => CellValue,
): ((row: T) => boolean) | null {
  const entries = Object.entries(model);
  if (entries.length === 0) return null;
  return (row) => entries.every(([colId, f]) => matchesColumnFilter(valueOf(row, colId), f));
}

/** The words of a quick search, each of which a row must contain somewhere (any case). */
export function quickSearchWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** The text a quick search looks in: the row's values in the given columns. */
export function quickSearchText(values: readonly CellValue[]): string {
  return values
    .filter((v) => !isBlank(v))
    .map(textOf)
    .join('\n');
}
