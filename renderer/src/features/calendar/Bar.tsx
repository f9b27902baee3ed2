/**
 * One motion's bar on the timeline. Memoized on what it draws, so selecting a bar or saving a
 * drag re-renders one or two bars, not a thousand. The conflict badge is its own part of the
 * bar, never drawn over the name; a bar too short for its name shows it beside the bar, or in
 * a tip on hover and on keyboard focus.
 */
import { useIsSelected } from './selection';
import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import type { Motion } from '../../../../shared/domain/types';
import { fromDayNumber, toDayNumber } from '../../../../shared/dates/calendarDate';
import {
  accountDatesLabel,
  accountDatesShort,
  summarizeAccountDates,
  type AccountDatesSummary,
} from '../../../../shared/motions/accountDatesSummary';
import { formatDateRange } from '../../../../shared/dates/parseUserDate';
import { labelPlace, textWidth } from './barText';

/** 12345 → '12,345' without Intl (a NumberFormat per bar is measurably slow at 1,000 bars). */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * "SDR outbound, Feb 1 – Feb 28, 2027, 106 accounts (staggered: 2 waves, 40 accounts from
 * Feb 8)": what a bar says to a screen reader and in its tip. `waves`: the motion's
 * per-account days said short (accountDatesLabel), by default read from `m`.
 */
export function barLabel(
  m: Pick<Motion, 'name' | 'start' | 'end' | 'accountDates'>,
  size: number | undefined,
  waves: string = accountDatesLabel(summarizeAccountDates(m)),
): string {
  const audience =
    size === undefined ? '' : `, ${formatCount(size)} ${size === 1 ? 'account' : 'accounts'}`;
  return `${m.name}, ${formatDateRange(m.start, m.end)}${audience}${waves ? ` (${waves})` : ''}`;
}

/** The bar's marks: a line where each later wave starts, a hatch from the first hand-over. */
function AccountDayMarks({
  summary,
  dayToPx,
  width,
}: {
  summary: AccountDatesSummary;
  dayToPx: (day: number) => number;
  width: number;
}) {
  const inside = (x: number) => x > 2 && x < width - 2;
  const waves = summary.laterWaves
    .slice(0, MAX_WAVE_MARKS)
    .map((w) => dayToPx(toDayNumber(w.start)))
    .filter(inside);
  const handover = summary.lastDays ? dayToPx(toDayNumber(summary.lastDays.first) + 1) : null;
  return (
    <>
      {waves.map((x) => (
        <span key={x} className="cal-bar-wave" style={{ left: x }} aria-hidden="true" />
      ))}
      {handover !== null && inside(handover) && (
        <span className="cal-bar-handover" style={{ left: handover }} aria-hidden="true" />
      )}
    </>
  );
}

/** More waves than this are said in the label, not drawn. */
const MAX_WAVE_MARKS = 12;

export interface BarHandlers {
  onPointerDown: (e: PointerEvent<HTMLElement>, id: string) => void;
  onPointerMove: (e: PointerEvent<HTMLElement>) => void;
  onPointerUp: (e: PointerEvent<HTMLElement>, id: string) => void;
  onPointerCancel: (e: PointerEvent<HTMLElement>) => void;
  onKey: (e: KeyboardEvent<HTMLElement>, id: string) => void;
  onEdit: (id: string) => void;
  onSelect: (id: string) => void;
}

interface BarProps {
  motion: Motion;
  /** Shown days (after an optimistic drag), as day numbers. */
  startDay: number;
  endDay: number;
  left: number;
  width: number;
  top: number;
  /** Free pixels after the bar before the next bar in its row (or the canvas end). */
  room: number;
  /** The first day the bar is drawn from (it may start before the period) and the scale. */
  firstShownDay: number;
  pxPerDay: number;
  size: number | undefined;
  conflicts: number;
  handlers: BarHandlers;
}

function Badge({ conflicts }: { conflicts: number }) {
  const text = `${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'}`;
  return (
    <span className="cal-badge" aria-label={text} title={text}>
      {conflicts}
    </span>
  );
}

function BarView({
  motion: m,
  startDay,
  endDay,
  left,
  width,
  top,
  room,
  firstShownDay,
  pxPerDay,
  size,
  conflicts,
  handlers: h,
}: BarProps) {
  const selected = useIsSelected(m.id);
  const start = fromDayNumber(startDay);
  const end = fromDayNumber(endDay);
  // Waves and hand-overs as saved; a bar being moved takes them along.
  const summary = summarizeAccountDates(m);
  const waves = accountDatesLabel(summary);
  const label = barLabel({ name: m.name, start, end }, size, waves);
  const moved = startDay - toDayNumber(m.start) === endDay - toDayNumber(m.end);
  const along = moved ? startDay - toDayNumber(m.start) : 0;
  const dayToPx = (day: number) => (day + along - firstShownDay) * pxPerDay;
  const place = labelPlace(m.name, width, room, conflicts > 0);
  const badge = conflicts > 0 && <Badge conflicts={conflicts} />;
  const tipText = `${label}${conflicts > 0 ? ` · ${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'}` : ''}`;
  // A tip wider than the bar and the room after it opens leftwards from the bar's end, so a
  // bar near the period's end keeps its whole name on screen.
  const tipSide = textWidth(tipText) + 16 > width + room ? 'end' : 'start';
  return (
    <>
      <div
        role="button"
        tabIndex={0}
        className={`cal-bar${selected ? ' selected' : ''}`}
        data-label={place}
        data-tip={tipSide}
        data-motion-id={m.id}
        aria-label={label}
        aria-description={
          conflicts > 0 ? `${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'}` : undefined
        }
        aria-pressed={selected}
        title={`${label}. Drag to move, drag an edge to change dates; arrows move a day, Shift+arrows change the end, Enter edits.`}
        style={{
          left,
          width,
          top,
          background: m.color || 'var(--accent)',
          // No text inside: without the padding a bar of a few days at year zoom keeps its
          // true width instead of growing past its last day (and past the period's end).
          ...(place !== 'inside' && width < 40 ? { padding: 0 } : null),
        }}
        onPointerDown={(e) => h.onPointerDown(e, m.id)}
        onPointerMove={h.onPointerMove}
        onPointerUp={(e) => h.onPointerUp(e, m.id)}
        onPointerCancel={h.onPointerCancel}
        onFocus={() => h.onSelect(m.id)}
        onKeyDown={(e) => h.onKey(e, m.id)}
      >
        <span className="cal-bar-edge start" data-edge="start" aria-hidden="true" />
        {summary && <AccountDayMarks summary={summary} dayToPx={dayToPx} width={width} />}
        {place === 'inside' && (
          <>
            <span className="cal-bar-text" aria-hidden="true">
              {m.name}
              <small>
                {' '}
                {formatDateRange(start, end)}
                {size !== undefined && ` · ${formatCount(size)}`}
                {summary && ` · ${accountDatesShort(summary)}`}
              </small>
            </span>
            {badge}
          </>
        )}
        {place === 'tip' && width >= 40 && (
          // As much of the name as fits; the tip below has all of it.
          <span className="cal-bar-text" aria-hidden="true">
            {m.name}
          </span>
        )}
        {place !== 'inside' && (
          // Read by hover and by keyboard focus (CSS shows it); the bar's name says it already.
          <span className="cal-bar-tip" aria-hidden="true">
            {tipText}
          </span>
        )}
        <span className="cal-bar-edge end" data-edge="end" aria-hidden="true" />
      </div>
      {place === 'beside' && (
        <span
          className="cal-bar-beside"
          style={{ left: left + width + 4, top, maxWidth: room - 4 }}
          aria-hidden="true"
        >
          {m.name}
          {badge}
        </span>
      )}
    </>
  );
}

function same(a: BarProps, b: BarProps): boolean {
  return (
    a.startDay === b.startDay &&
    a.endDay === b.endDay &&
    a.left === b.left &&
    a.width === b.width &&
    a.top === b.top &&
    a.room === b.room &&
    a.firstShownDay === b.firstShownDay &&
    a.pxPerDay === b.pxPerDay &&
    a.motion.accountDates === b.motion.accountDates &&
    a.motion.start === b.motion.start &&
    a.motion.end === b.motion.end &&
    a.size === b.size &&
    a.conflicts === b.conflicts &&
    a.handlers === b.handlers &&
    a.motion.id === b.motion.id &&
    a.motion.name === b.motion.name &&
    a.motion.color === b.motion.color
  );
}

export const Bar = memo(BarView, same);
