/**
 * The date columns of a motion CSV (start and end), each read in one order decided for the
 * whole column (dateOrder.ts): what each column's values show, what the person or the
 * setting decided, the question to ask when nothing did, and each row's date read so.
 */
import type { CsvTable } from '../csv/readCsv';
import {
  columnDateEvidence,
  dateOrderQuestion,
  describeAs,
  resolveColumnOrder,
  type ColumnDateEvidence,
  type DateOrder,
  type DateOrderSetting,
  type DatedCell,
  type DecidedBy,
} from '../dates/dateOrder';
import { parseUserDate, type ParsedDate } from '../dates/parseUserDate';

export type DateColumn = 'start' | 'end';
export const DATE_COLUMNS: readonly DateColumn[] = ['start', 'end'];

export interface MotionDateColumn<C extends string = DateColumn> {
  column: C;
  header: string;
  evidence: ColumnDateEvidence;
  order: DateOrder | null;
  decidedBy: DecidedBy | null;
}

/** Asked once per file: the columns it covers and the value to show. */
export interface DateOrderQuestion {
  headers: string[];
  example: DatedCell;
  /** '03/02/2027: 3 February 2027 or March 2, 2027?' */
  text: string;
}

export interface MotionDateDecision<C extends string = DateColumn> {
  columns: MotionDateColumn<C>[];
  question: DateOrderQuestion | null;
  /** Reads one row's cell of a date column in the column's order (conflicting rows refused). */
  read: (column: C, row: number, raw: string) => ParsedDate;
}

/**
 * How each date column of `dateColumns` (a motion file's start and end by default; the
 * results import passes its created and close dates) is read, and the question to ask.
 */
export function decideDateColumns<C extends string = DateColumn>(
  table: CsvTable,
  columnIndex: ReadonlyMap<string, number>,
  choice: DateOrder | undefined,
  setting: DateOrderSetting | undefined,
  dateColumns: readonly C[] = DATE_COLUMNS as readonly string[] as readonly C[],
): MotionDateDecision<C> {
  const columns: MotionDateColumn<C>[] = [];
  for (const column of dateColumns) {
    const index = columnIndex.get(column);
    if (index === undefined) continue;
    const cells = table.rows.map((cells, r) => ({
      row: table.rowNumbers[r] as number,
      value: (cells[index] ?? '').trim(),
    }));
    const evidence = columnDateEvidence(cells);
    columns.push({
      column,
      header: table.headers[index] as string,
      evidence,
      ...resolveColumnOrder(evidence, choice, setting),
    });
  }
  const open = columns.filter((c) => c.evidence.kind === 'ambiguous' && c.order === null);
  const first = open[0]?.evidence;
  const question =
    first?.kind === 'ambiguous'
      ? {
          headers: open.map((c) => c.header),
          example: first.example,
          text: dateOrderQuestion(first.example.value),
        }
      : null;

  const conflicting = new Map<string, string>();
  for (const c of columns) {
    if (c.evidence.kind !== 'conflict') continue;
    const { first: shown } = c.evidence;
    for (const cell of c.evidence.conflicts) {
      conflicting.set(
        `${c.column}:${cell.row}`,
        `"${cell.value}" can only be ${c.evidence.first.order === 'dmy' ? 'month' : 'day'} first, but row ${shown.row} ("${shown.value}") can only be ${shown.order === 'dmy' ? 'day' : 'month'} first: one column must keep one date order`,
      );
    }
  }
  const orderOf = new Map(columns.map((c) => [c.column, c.order]));
  return {
    columns,
    question,
    read: (column, row, raw) => {
      const conflict = conflicting.get(`${column}:${row}`);
      if (conflict) return { ok: false, reason: conflict };
      return parseUserDate(raw, orderOf.get(column) ?? null);
    },
  };
}

/** What the preview says about a decided column: 'StartDate: day first (row 4 holds 13/02/2027).' */
export function dateColumnNotice(c: MotionDateColumn<string>): string | null {
  if (c.order === null || c.evidence.kind === 'none' || c.evidence.kind === 'either') return null;
  const order = c.order === 'dmy' ? 'day first' : 'month first';
  if (c.evidence.kind === 'decided') {
    const e = c.evidence.evidence;
    return `Dates in "${c.header}" are read ${order}: row ${e.row} holds ${e.value}, which can only be ${describeAs(e.value, c.order)}.`;
  }
  if (c.evidence.kind === 'ambiguous') {
    const by = c.decidedBy === 'setting' ? 'as the date-order setting says' : 'as chosen';
    return `Dates in "${c.header}" are read ${order}, ${by}: ${c.evidence.example.value} is ${describeAs(c.evidence.example.value, c.order)}.`;
  }
  return null;
}
