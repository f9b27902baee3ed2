/**
 * Day-first or month-first: '03/02/2027' is 3 February in London and March 2 in New York.
 * A column of an import decides for itself from its values (13/02/2027 can only be day
 * first, 02/13/2027 only month first); a column whose every value reads both ways takes the
 * person's answer, else the workspace's date-order setting, else the import asks once. A
 * column is never decided cell by cell, and a column holding both orders is an error.
 */
import { DAY_MONTH_FORM, MONTH_NAMES, type DateOrder } from './parseUserDate';

export type { DateOrder } from './parseUserDate';

/** The workspace setting: an order, or 'ask' (the import asks when a column does not show it). */
export type DateOrderSetting = DateOrder | 'ask';

export const DATE_ORDER_SETTINGS: readonly DateOrderSetting[] = ['ask', 'dmy', 'mdy'];

/** Which orders a value can be read in: 'dmy', 'mdy', both, or none (not a day/month-form date). */
export function ordersOf(value: string): { dmy: boolean; mdy: boolean } | null {
  const m = DAY_MONTH_FORM.exec(value.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  return {
    dmy: a >= 1 && a <= 31 && b >= 1 && b <= 12,
    mdy: a >= 1 && a <= 12 && b >= 1 && b <= 31,
  };
}

export interface DatedCell {
  row: number;
  value: string;
}

export type ColumnDateEvidence =
  /** No day/month-form dates (ISO dates only, or empty). */
  | { kind: 'none' }
  /** Day/month-form dates that read the same either way ('1/1/2027', '12/12/2027'). */
  | { kind: 'either' }
  /** The values show the order; `evidence` is the first value that shows it. */
  | { kind: 'decided'; order: DateOrder; evidence: DatedCell }
  /** Every value reads both ways; `example` is the first whose day and month differ. */
  | { kind: 'ambiguous'; example: DatedCell }
  /** Some values are day first, others month first. */
  | { kind: 'conflict'; first: DatedCell & { order: DateOrder }; conflicts: DatedCell[] };

/**
 * What a column's values say about their order. Values that fit neither order (13/13/2027)
 * say nothing: the date parser rejects them on their own row. '1/1/2027' reads the same
 * both ways, so it is not ambiguous.
 */
export function columnDateEvidence(cells: Iterable<DatedCell>): ColumnDateEvidence {
  let first: (DatedCell & { order: DateOrder }) | null = null;
  const conflicts: DatedCell[] = [];
  let example: DatedCell | null = null;
  let any = false;
  for (const cell of cells) {
    const orders = ordersOf(cell.value);
    if (!orders) continue;
    any = true;
    if (orders.dmy && orders.mdy) {
      const m = DAY_MONTH_FORM.exec(cell.value.trim()) as RegExpExecArray;
      if (!example && Number(m[1]) !== Number(m[3]))
        example = { row: cell.row, value: cell.value.trim() };
      continue;
    }
    if (!orders.dmy && !orders.mdy) continue;
    const order: DateOrder = orders.dmy ? 'dmy' : 'mdy';
    if (!first) first = { row: cell.row, value: cell.value.trim(), order };
    else if (order !== first.order) conflicts.push({ row: cell.row, value: cell.value.trim() });
  }
  if (first && conflicts.length > 0) return { kind: 'conflict', first, conflicts };
  if (first) return { kind: 'decided', order: first.order, evidence: first };
  if (example) return { kind: 'ambiguous', example };
  return { kind: any ? 'either' : 'none' };
}

export type DecidedBy = 'values' | 'choice' | 'setting';

export interface ColumnDateOrder {
  /** Null: ambiguous and nobody decided yet — the import must ask. */
  order: DateOrder | null;
  decidedBy: DecidedBy | null;
}

/**
 * The order a column is read in: its values first, then the person's answer for this
 * import (or --date-order), then the workspace setting; null when the import must ask.
 */
export function resolveColumnOrder(
  evidence: ColumnDateEvidence,
  choice: DateOrder | undefined,
  setting: DateOrderSetting | undefined,
): ColumnDateOrder {
  if (evidence.kind === 'decided') return { order: evidence.order, decidedBy: 'values' };
  if (evidence.kind === 'conflict') return { order: evidence.first.order, decidedBy: 'values' };
  if (evidence.kind === 'none') return { order: null, decidedBy: null };
  // Every value reads the same both ways: any order gives the same days.
  if (evidence.kind === 'either') return { order: choice ?? 'dmy', decidedBy: 'values' };
  if (choice) return { order: choice, decidedBy: 'choice' };
  if (setting && setting !== 'ask') return { order: setting, decidedBy: 'setting' };
  return { order: null, decidedBy: null };
}

/** '03/02/2027' read in an order, as words: '3 February 2027' or 'March 2, 2027'. */
export function describeAs(value: string, order: DateOrder): string {
  const m = DAY_MONTH_FORM.exec(value.trim());
  if (!m) return value;
  const [day, month] =
    order === 'dmy' ? [Number(m[1]), Number(m[3])] : [Number(m[3]), Number(m[1])];
  const name = MONTH_NAMES[month - 1] ?? `month ${month}`;
  return order === 'dmy' ? `${day} ${name} ${m[4]}` : `${name} ${day}, ${m[4]}`;
}

/** The question the import asks: '03/02/2027: 3 February 2027 or March 2, 2027?'. */
export function dateOrderQuestion(example: string): string {
  return `${example}: ${describeAs(example, 'dmy')} or ${describeAs(example, 'mdy')}?`;
}

/**
 * The order a locale writes numeric dates in (en-GB → 'dmy', en-US → 'mdy'); the UI offers
 * it first. ISO-like locales (year first) count as day-first, as Europe reads them.
 */
export function localeDateOrder(locale?: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date(Date.UTC(2027, 1, 3, 12)));
  const day = parts.findIndex((p) => p.type === 'day');
  const month = parts.findIndex((p) => p.type === 'month');
  return month >= 0 && day >= 0 && month < day && parts[0]?.type !== 'year' ? 'mdy' : 'dmy';
}
