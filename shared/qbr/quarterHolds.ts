/**
 * Whether a QBR pack for a quarter would hold anything of the workspace: a motion running in
 * the quarter or the one it reviews, an opportunity created or closed in the reviewed one, or
 * a TAL snapshot of either. The command line refuses a quarter that holds nothing (a typo such
 * as FY1900 would otherwise write an empty pack and succeed), and names the quarters the
 * workspace's motions run in instead.
 */
import { fiscalQuarterOf, type FiscalQuarter } from '../dates/fiscal';
import type { IsoDate } from '../domain/types';
import type { QbrSource } from './packTypes';

const within = (d: IsoDate | null, q: FiscalQuarter) => d !== null && d >= q.start && d <= q.end;

export function quarterHoldsWorkspace(
  source: Pick<QbrSource, 'motions' | 'opportunities' | 'talSnapshots'>,
  quarter: FiscalQuarter,
  review: FiscalQuarter,
): boolean {
  const labels = new Set([quarter.label, review.label]);
  return (
    source.motions.some((m) => m.start <= quarter.end && m.end >= review.start) ||
    source.opportunities.some(
      (o) => within(o.createdDate, review) || within(o.closeDate, review),
    ) ||
    source.talSnapshots.some((s) => labels.has(s.quarter))
  );
}

/** The first and last fiscal quarters the workspace's motions run in, e.g. "FY2026 Q4 to FY2027 Q2"; null with no motion. */
export function motionQuarterSpan(
  motions: QbrSource['motions'],
  fiscalYearStartMonth: number,
): string | null {
  if (motions.length === 0) return null;
  let first = motions[0]!.start;
  let last = motions[0]!.end;
  for (const m of motions) {
    if (m.start < first) first = m.start;
    if (m.end > last) last = m.end;
  }
  const a = fiscalQuarterOf(first, fiscalYearStartMonth).label;
  const b = fiscalQuarterOf(last, fiscalYearStartMonth).label;
  return a === b ? a : `${a} to ${b}`;
}
