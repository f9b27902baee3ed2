/**
 * The planned quarter's calendar as timeline slides: one per month (default) or one for the
 * quarter, lanes by team and channel as the app's calendar lays them out (shared/motions/
 * timeline.ts), bars clipped to the page. A page holds ROWS_PER_TIMELINE bar rows so the
 * names stay readable at 1280×720; a busier month continues on the next page.
 */
import { fromDayNumber, mondayOfDay, toDayNumber } from '../dates/calendarDate';
import { monthsInRange, type DateRange } from '../dates/fiscal';
import type { Motion } from '../domain/types';
import { layoutLanes } from '../motions/timeline';
import { dayText, monthText, rangeText } from './dateText';
import type { QbrContext, QbrPage, TimelineBar, TimelineLane } from './packTypes';
import { partText } from './pageRows';
import { sectionTitle } from './sectionTitles';

export const ROWS_PER_TIMELINE = 12;
const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const DEFAULT_COLOR = '#2563eb';

type PageRange = DateRange & { label: string };

export function calendarPages(ctx: QbrContext): QbrPage[] {
  const ranges: PageRange[] =
    ctx.calendarScale === 'quarter'
      ? [{ start: ctx.quarter.start, end: ctx.quarter.end, label: ctx.quarter.label }]
      : monthsInRange(ctx.quarter).map((m) => ({ ...m, label: monthText(m.start) }));
  const live = ctx.source.motions.filter((m) => m.status !== 'Aborted');
  return ranges.flatMap((range) => timelinePages(ctx, range, live));
}

function timelinePages(ctx: QbrContext, range: PageRange, motions: readonly Motion[]): QbrPage[] {
  const first = toDayNumber(range.start);
  const last = toDayNumber(range.end);
  const inRange = motions.filter(
    (m) => toDayNumber(m.start) <= last && toDayNumber(m.end) >= first,
  );
  const lanes: TimelineLane[] = layoutLanes(inRange).map((lane) => {
    const rows: TimelineBar[][] = Array.from({ length: lane.rows }, () => []);
    for (const { motion, row } of lane.items) rows[row]?.push(barOf(motion, first, last));
    return { label: `${lane.team} · ${lane.channel}`, rows };
  });
  const pages = packRows(lanes);
  const ticks = ticksOf(range, ctx.calendarScale);
  const title = `${sectionTitle('calendar')}: ${range.label}`;
  const subtitle = `${rangeText(range)} · ${inRange.length.toLocaleString('en-US')} motion${inRange.length === 1 ? '' : 's'}`;
  return pages.map((pageLanes, i) => ({
    section: 'calendar',
    title: `${title}${partText(i + 1, pages.length)}`,
    subtitle,
    blocks: [
      {
        kind: 'timeline',
        start: range.start,
        end: range.end,
        ticks,
        lanes: pageLanes,
        empty: `No motion runs in ${range.label}.`,
      },
    ],
    footnote: i + 1 < pages.length ? 'Continued on the next page.' : '',
  }));
}

function barOf(m: Motion, first: number, last: number): TimelineBar {
  const s = toDayNumber(m.start);
  const e = toDayNumber(m.end);
  return {
    label: m.name,
    start: fromDayNumber(Math.max(s, first)),
    end: fromDayNumber(Math.min(e, last)),
    color: COLOR.test(m.color) ? m.color : DEFAULT_COLOR,
    clippedStart: s < first,
    clippedEnd: e > last,
  };
}

/** Lanes onto pages of at most ROWS_PER_TIMELINE rows; a lane taller than a page is cut. */
function packRows(lanes: readonly TimelineLane[]): TimelineLane[][] {
  const pages: TimelineLane[][] = [[]];
  let used = 0;
  for (const lane of lanes) {
    let rows = lane.rows;
    while (rows.length > 0) {
      if (used === ROWS_PER_TIMELINE) {
        pages.push([]);
        used = 0;
      }
      const take = rows.slice(0, ROWS_PER_TIMELINE - used);
      pages[pages.length - 1]!.push({ label: lane.label, rows: take });
      used += take.length;
      rows = rows.slice(take.length);
    }
  }
  return pages;
}

function ticksOf(range: DateRange, scale: 'month' | 'quarter'): { day: string; label: string }[] {
  if (scale === 'quarter') {
    return monthsInRange(range).map((m) => ({ day: m.start, label: monthText(m.start) }));
  }
  const first = toDayNumber(range.start);
  const last = toDayNumber(range.end);
  const out = [{ day: range.start, label: dayText(range.start) }];
  for (let d = mondayOfDay(first) + 7; d <= last; d += 7) {
    if (d - first >= 3) out.push({ day: fromDayNumber(d), label: dayText(fromDayNumber(d)) });
  }
  return out;
}
