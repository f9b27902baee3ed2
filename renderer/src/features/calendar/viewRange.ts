/**
 * What the timeline shows: a zoom (month, fiscal quarter, fiscal half, fiscal year) around an
 * anchor day, the range it covers, its title, and how many pixels one day takes.
 */
import type { IsoDate } from '../../../../shared/domain/types';
import {
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearRange,
  monthOf,
  shiftFiscalQuarter,
  addMonths,
  monthStart,
  type DateRange,
} from '../../../../shared/dates/fiscal';
import { monthName } from '../../../../shared/dates/parseUserDate';

export type Zoom = 'month' | 'quarter' | 'half' | 'year';
export const ZOOMS: readonly Zoom[] = ['month', 'quarter', 'half', 'year'];

export const PX_PER_DAY: Record<Zoom, number> = { month: 34, quarter: 13, half: 7, year: 3.6 };

export interface ViewRange extends DateRange {
  title: string;
}

export function viewRange(anchor: IsoDate, zoom: Zoom, startMonth: number): ViewRange {
  if (zoom === 'month') {
    const m = monthOf(anchor);
    return { start: m.start, end: m.end, title: `${monthName(m.month)} ${m.year}` };
  }
  const q = fiscalQuarterOf(anchor, startMonth);
  if (zoom === 'quarter') return { start: q.start, end: q.end, title: q.label };
  if (zoom === 'half') {
    const first = q.quarter <= 2 ? 1 : 3;
    const a = fiscalQuarterRange(q.fiscalYear, first, startMonth);
    const b = fiscalQuarterRange(q.fiscalYear, (first + 1) as 2 | 4, startMonth);
    return { start: a.start, end: b.end, title: `FY${q.fiscalYear} H${first === 1 ? 1 : 2}` };
  }
  const y = fiscalYearRange(anchor, startMonth);
  return { start: y.start, end: y.end, title: `FY${y.fiscalYear}` };
}

/** The anchor one zoom step earlier (−1) or later (+1). */
export function stepAnchor(anchor: IsoDate, zoom: Zoom, startMonth: number, step: -1 | 1): IsoDate {
  if (zoom === 'month') {
    const m = monthOf(anchor);
    const n = addMonths(m.year, m.month, step);
    return monthStart(n.year, n.month);
  }
  const quarters = zoom === 'quarter' ? 1 : zoom === 'half' ? 2 : 4;
  return shiftFiscalQuarter(anchor, startMonth, step * quarters).start;
}
