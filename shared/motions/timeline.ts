/**
 * The calendar's layout, as pure data: swimlanes by team then channel, each packed into as few
 * rows as bars allow; and the touches a motion adds to each Monday week (touches per week ×
 * active days in the week ÷ 7, PRODUCT.md "Weeks").
 */
import { CHANNELS, TEAMS, type Channel, type Motion, type Team } from '../domain/types';
import { toDayNumber } from '../dates/calendarDate';
import type { DateRange } from '../dates/fiscal';

export interface PlacedMotion<M> {
  motion: M;
  /** Row inside the lane, 0-based. */
  row: number;
}

export interface Lane<M> {
  key: string;
  team: Team;
  channel: Channel;
  rows: number;
  items: PlacedMotion<M>[];
}

type LaneMotion = Pick<Motion, 'id' | 'team' | 'channel' | 'start' | 'end'>;

/** Lanes in team order, then channel order; bars in a lane never overlap in one row. */
export function layoutLanes<M extends LaneMotion>(motions: readonly M[]): Lane<M>[] {
  const groups = new Map<string, M[]>();
  for (const m of motions) {
    const key = `${m.team}|${m.channel}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(m);
  }
  const lanes: Lane<M>[] = [];
  for (const team of TEAMS) {
    for (const channel of CHANNELS) {
      const list = groups.get(`${team}|${channel}`);
      if (!list) continue;
      const sorted = [...list].sort((a, b) =>
        a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
      );
      const rowEnds: string[] = [];
      const items = sorted.map((motion) => {
        let row = rowEnds.findIndex((end) => end < motion.start);
        if (row < 0) row = rowEnds.push(motion.end) - 1;
        else rowEnds[row] = motion.end;
        return { motion, row };
      });
      lanes.push({
        key: `${team}|${channel}`,
        team,
        channel,
        rows: Math.max(1, rowEnds.length),
        items,
      });
    }
  }
  return lanes;
}

/** Touches a motion adds to one week: touches per week × (active days in the week ÷ 7). */
export function touchesInWeek(
  motion: Pick<Motion, 'start' | 'end' | 'touchesPerWeek'>,
  week: DateRange,
): number {
  const first = Math.max(toDayNumber(motion.start), toDayNumber(week.start));
  const last = Math.min(toDayNumber(motion.end), toDayNumber(week.end));
  if (last < first) return 0;
  return (motion.touchesPerWeek * (last - first + 1)) / 7;
}

export interface WeekTouches<M> {
  week: DateRange;
  total: number;
  parts: { motion: M; touches: number }[];
}

/** Per week, each motion's touches stacked, for one account's timeline. */
export function stackTouches<M extends Pick<Motion, 'start' | 'end' | 'touchesPerWeek'>>(
  motions: readonly M[],
  weeks: readonly DateRange[],
): WeekTouches<M>[] {
  return weeks.map((week) => {
    const parts = motions
      .map((motion) => ({ motion, touches: touchesInWeek(motion, week) }))
      .filter((p) => p.touches > 0);
    return { week, total: parts.reduce((sum, p) => sum + p.touches, 0), parts };
  });
}
