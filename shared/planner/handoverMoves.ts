/**
 * The hand-over move: "one team owns primary outreach; the other goes silent", day to day. A
 * motion of one side ends on an account the day before the other side's motion starts on it,
 * so the account hears from one side, then from the other, never from both. It only narrows
 * the account's days (Motion.accountDates), so it never creates a conflict. One change per
 * motion: "handed over to sales on 12 accounts from 3 Mar: clears …".
 */
import type { CompiledPlan } from '../conflicts/compiledPlan';
import { shortDate } from '../conflicts';
import { fromDayNumber } from '../dates/calendarDate';
import type { Side } from '../domain/types';
import type { ProposedChange } from './plannerTypes';
import { clearedText, plural, type Cleared } from './reasons';
import { ClearedTally, severityTotals } from './clearedTally';

/**
 * The last day of motion `m` on account `i` when it hands the account over to motion `other`
 * of the other side (the day before `other` starts on it); null when the sides are the same or
 * `m` would keep no day or lose none.
 */
export function handoverEnd(p: CompiledPlan, i: number, m: number, other: number): number | null {
  if (p.mSide[m] === p.mSide[other]) return null;
  const days = p.datesOn(i);
  const end = days.start[other]! - 1;
  return end >= days.start[m]! && end < days.end[m]! ? end : null;
}

interface MotionEnds {
  ends: Map<string, number>;
  cleared: ClearedTally;
}

export class HandoverTally {
  private readonly byMotion = new Map<number, MotionEnds>();

  add(
    m: number,
    accountId: string,
    end: number,
    cleared: readonly Cleared[],
    keys: readonly number[],
  ): void {
    let e = this.byMotion.get(m);
    if (!e) this.byMotion.set(m, (e = { ends: new Map(), cleared: new ClearedTally() }));
    e.ends.set(accountId, end);
    e.cleared.add(cleared, keys);
  }

  changes(p: CompiledPlan): ProposedChange[] {
    return [...this.byMotion.keys()]
      .sort((a, b) => a - b)
      .map((m) => {
        const e = this.byMotion.get(m)!;
        const motion = p.motions[m]!;
        const side: Side = p.mSide[m] === 0 ? 'sales' : 'marketing';
        const days = [...e.ends.values()].sort((a, b) => a - b);
        const first = shortDate(fromDayNumber(days[0]! + 1));
        const last = shortDate(fromDayNumber(days[days.length - 1]! + 1));
        const from = first === last ? `from ${first}` : `from ${first} – ${last}`;
        const cleared = e.cleared.values();
        return {
          id: `handover:${motion.id}`,
          kind: 'handover',
          motionId: motion.id,
          motionIds: [motion.id],
          side,
          ends: [...e.ends]
            .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
            .map(([accountId, day]) => ({ accountId, day: fromDayNumber(day) })),
          reason: `handed over to ${side} on ${plural(e.ends.size, 'account')} ${from}: ${clearedText(cleared)}`,
          clears: severityTotals(cleared),
        };
      });
  }
}
