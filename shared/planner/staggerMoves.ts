/**
 * The stagger move: a later wave of a motion for the accounts another motion (or a blackout)
 * holds at the same time. The wave starts on a whole week from the motion's start (same
 * weekday, so the cadence reads the same), the first one after the other ends; the account
 * keeps the rest of the motion, so nobody is taken out of an audience. A wave only narrows the
 * account's days (Motion.accountDates), so it never creates a conflict. One change per motion
 * lists its waves: "staggered into 2 waves: 40 accounts start 3 Mar: clears …".
 */
import type { CompiledPlan } from '../conflicts/compiledPlan';
import { shortDate } from '../conflicts';
import { fromDayNumber } from '../dates/calendarDate';
import type { ProposedChange } from './plannerTypes';
import { clearedText, plural, type Cleared } from './reasons';
import { ClearedTally, severityTotals } from './clearedTally';

/**
 * The first day of motion `m`'s wave on account `i` that starts after day `after`: whole weeks
 * from the motion's start, inside the account's days of it; null when none is left.
 */
export function waveStart(p: CompiledPlan, i: number, m: number, after: number): number | null {
  const days = p.datesOn(i);
  const origin = p.mStart[m]!;
  const start = origin + 7 * Math.ceil((after + 1 - origin) / 7);
  return start > days.start[m]! && start <= days.end[m]! ? start : null;
}

interface MotionWaves {
  starts: Map<string, number>;
  cleared: ClearedTally;
}

export class StaggerTally {
  private readonly byMotion = new Map<number, MotionWaves>();

  add(
    m: number,
    accountId: string,
    start: number,
    cleared: readonly Cleared[],
    keys: readonly number[],
  ): void {
    let w = this.byMotion.get(m);
    if (!w) this.byMotion.set(m, (w = { starts: new Map(), cleared: new ClearedTally() }));
    w.starts.set(accountId, start);
    w.cleared.add(cleared, keys);
  }

  changes(p: CompiledPlan): ProposedChange[] {
    return [...this.byMotion.keys()]
      .sort((a, b) => a - b)
      .map((m) => {
        const w = this.byMotion.get(m)!;
        const motion = p.motions[m]!;
        const byStart = new Map<number, number>();
        for (const day of w.starts.values()) byStart.set(day, (byStart.get(day) ?? 0) + 1);
        const later = [...byStart].sort((a, b) => a[0] - b[0]);
        // The accounts left on the motion's own start are the first wave.
        const rest = (p.audiences[m]?.length ?? 0) > w.starts.size ? 1 : 0;
        const waves = later.length + rest;
        const shown = later
          .slice(0, 3)
          .map(
            ([day, n]) =>
              `${plural(n, 'account')} start${n === 1 ? 's' : ''} ${shortDate(fromDayNumber(day))}`,
          );
        if (later.length > 3) shown.push(`${plural(later.length - 3, 'later wave')}`);
        const cleared = w.cleared.values();
        return {
          id: `stagger:${motion.id}`,
          kind: 'stagger',
          motionId: motion.id,
          motionIds: [motion.id],
          starts: [...w.starts]
            .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
            .map(([accountId, day]) => ({ accountId, day: fromDayNumber(day) })),
          waves,
          // Every account moved to one later wave: the motion starts later for all of them.
          reason: `${waves > 1 ? `staggered into ${waves} waves` : 'staggered'}: ${shown.join(', ')}: ${clearedText(cleared)}`,
          clears: severityTotals(cleared),
        };
      });
  }
}
