/**
 * The month view for the monthly planning meeting: one Monday-first calendar grid per month
 * of the visible range, each motion drawn as a bar across the days it runs in each week.
 * Bars move by drag (onto another day, even in another week or month; the days the motion
 * would cover are highlighted) or keyboard; each change is one commit.
 */
import { useMemo, type KeyboardEvent } from 'react';
import type { Blackout, IsoDate, Motion } from '../../../../shared/domain/types';
import { toDayNumber, fromDayNumber } from '../../../../shared/dates/calendarDate';
import { monthsInRange, weeksInRange, type DateRange } from '../../../../shared/dates/fiscal';
import { monthName } from '../../../../shared/dates/parseUserDate';
import { barLabel } from './QuarterView';
import { shiftMotion } from './calendarActions';
import { useMonthDrag } from './useMonthDrag';
import type { ViewRange } from './viewRange';

const MAX_ROWS = 4;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

interface MonthViewProps {
  motions: Motion[];
  blackouts: Blackout[];
  range: ViewRange;
  today: IsoDate;
  sizes: ReadonlyMap<string, number>;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onEdit: (motion: Motion) => void;
}

interface Segment {
  motion: Motion;
  from: number;
  to: number;
  row: number;
}

function weekSegments(
  motions: Motion[],
  week: DateRange,
  month: DateRange,
): { shown: Segment[]; hidden: number } {
  const ws = Math.max(toDayNumber(week.start), toDayNumber(month.start));
  const we = Math.min(toDayNumber(week.end), toDayNumber(month.end));
  const hits = motions
    .filter((m) => toDayNumber(m.start) <= we && toDayNumber(m.end) >= ws)
    .sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.end > b.end ? -1 : 1));
  const rowEnds: number[] = [];
  const shown: Segment[] = [];
  let hidden = 0;
  for (const motion of hits) {
    const from = Math.max(ws, toDayNumber(motion.start));
    const to = Math.min(we, toDayNumber(motion.end));
    let row = rowEnds.findIndex((end) => end < from);
    if (row < 0) row = rowEnds.push(to) - 1;
    else rowEnds[row] = to;
    if (row < MAX_ROWS) shown.push({ motion, from, to, row });
    else hidden++;
  }
  return { shown, hidden };
}

export function MonthView(props: MonthViewProps) {
  const months = useMemo(() => monthsInRange(props.range), [props.range]);
  const drag = useMonthDrag();
  const preview = drag.preview;
  const onKey = (e: KeyboardEvent<HTMLElement>, m: Motion) => {
    if (e.key === 'Enter') return props.onEdit(m);
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const step = e.key === 'ArrowLeft' ? -1 : 1;
    if (e.shiftKey) {
      if (step > 0 || m.end > m.start) void shiftMotion(m, 0, step);
    } else void shiftMotion(m, step, step);
  };
  return (
    <div className="cal-months" role="region" aria-label="Month view">
      {months.map((month) => {
        const weeks = weeksInRange(month);
        const blackoutDays = new Set<number>();
        for (const b of props.blackouts) {
          if (b.scope.kind !== 'everyone') continue;
          for (
            let d = Math.max(toDayNumber(b.start), toDayNumber(month.start));
            d <= Math.min(toDayNumber(b.end), toDayNumber(month.end));
            d++
          )
            blackoutDays.add(d);
        }
        return (
          <section
            key={month.start}
            className="cal-month"
            aria-label={`${monthName(month.month)} ${month.year}`}
          >
            <h2>
              {monthName(month.month)} {month.year}
            </h2>
            <div className="cal-month-days" aria-hidden="true">
              {WEEKDAYS.map((d) => (
                <div key={d}>{d}</div>
              ))}
            </div>
            {weeks.map((week) => {
              const monday = toDayNumber(week.start);
              const { shown, hidden } = weekSegments(props.motions, week, month);
              return (
                <div
                  key={week.start}
                  className="cal-month-week"
                  style={{
                    minHeight:
                      26 +
                      Math.min(
                        MAX_ROWS,
                        shown.reduce((n, s) => Math.max(n, s.row + 1), 0),
                      ) *
                        22 +
                      (hidden ? 16 : 0),
                  }}
                >
                  {WEEKDAYS.map((_, i) => {
                    const day = monday + i;
                    const inMonth =
                      day >= toDayNumber(month.start) && day <= toDayNumber(month.end);
                    const iso = fromDayNumber(day);
                    const target = preview && day >= preview.start && day <= preview.end;
                    const cls = `cal-month-day${inMonth ? '' : ' outside'}${iso === props.today ? ' today' : ''}${blackoutDays.has(day) ? ' blackout' : ''}${target ? ' drop-target' : ''}`;
                    return (
                      <div
                        key={i}
                        className={cls}
                        data-date={iso}
                        style={{ left: `${(i / 7) * 100}%` }}
                      >
                        {inMonth ? Number(iso.slice(8)) : ''}
                      </div>
                    );
                  })}
                  {shown.map((s) => (
                    <div
                      key={s.motion.id}
                      role="button"
                      tabIndex={0}
                      className={`cal-month-bar${props.selectedId === s.motion.id ? ' selected' : ''}`}
                      aria-label={barLabel(s.motion, props.sizes.get(s.motion.id))}
                      title="Drag to another day to move, drag the first or last day's edge to change dates; arrows move a day, Shift+arrows change the end, Enter edits."
                      data-motion-id={s.motion.id}
                      style={{
                        left: `${((s.from - monday) / 7) * 100}%`,
                        width: `calc(${((s.to - s.from + 1) / 7) * 100}% - 3px)`,
                        top: 22 + s.row * 22,
                        background: s.motion.color || 'var(--accent)',
                      }}
                      onPointerDown={(e) => drag.onPointerDown(e, s.motion)}
                      onPointerMove={drag.onPointerMove}
                      onPointerUp={drag.onPointerUp}
                      onPointerCancel={drag.onPointerCancel}
                      onClick={() => {
                        if (!drag.wasDrag()) props.onSelect(s.motion.id);
                      }}
                      onDoubleClick={() => props.onEdit(s.motion)}
                      onKeyDown={(e) => onKey(e, s.motion)}
                    >
                      {/* Edge handles only where the motion really starts or ends, not where a
                          week row cuts it. */}
                      {s.from === toDayNumber(s.motion.start) && (
                        <span className="cal-bar-edge start" data-edge="start" aria-hidden="true" />
                      )}
                      {s.motion.name}
                      {s.to === toDayNumber(s.motion.end) && (
                        <span className="cal-bar-edge end" data-edge="end" aria-hidden="true" />
                      )}
                    </div>
                  ))}
                  {hidden > 0 && (
                    <div className="cal-month-more" style={{ top: 22 + MAX_ROWS * 22 }}>
                      +{hidden} more
                    </div>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
