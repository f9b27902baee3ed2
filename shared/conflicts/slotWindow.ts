/**
 * A group slot's first and last day (day numbers), from the plan's day arrays alone: what a
 * group's window is, for materialize (which turns it into dates) and for callers that only
 * need to know whether a group reaches into a range without building it (the QBR pack).
 */
import type { CompiledPlan } from './compiledPlan';
import { REC_BLACKOUT, REC_PAIR, REC_PERSON, REC_PRESSURE } from './records';

/** The two record kinds whose groups are weeks (Monday-based) rather than motion dates. */
export function isWeekly(kind: number): boolean {
  return kind === REC_PRESSURE || kind === REC_PERSON;
}

export function slotWindow(p: CompiledPlan, kind: number, a: number, b: number): [number, number] {
  if (kind === REC_PAIR) {
    return [Math.max(p.mStart[a]!, p.mStart[b]!), Math.min(p.mEnd[a]!, p.mEnd[b]!)];
  }
  if (isWeekly(kind)) return [7 * a - 3, 7 * a + 3];
  if (kind === REC_BLACKOUT) {
    return [Math.max(p.mStart[a]!, p.bStart[b]!), Math.min(p.mEnd[a]!, p.bEnd[b]!)];
  }
  return [p.mStart[a]!, p.mEnd[a]!];
}
