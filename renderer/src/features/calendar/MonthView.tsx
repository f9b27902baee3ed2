/**
 * The month view for the monthly planning meeting: one Monday-first calendar grid per month
 * of the visible range, each motion drawn as a bar across the days it runs in each week.
 * A week with more motions than rows says "+N more", which opens all of them; blackouts of
 * everyone shade their days, account and segment blackouts are markers that open the
 * accounts they cover. Bars move by drag (onto another day, even in another week or month;
 * the days the motion would cover are highlighted) or keyboard; each change is one commit.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Account, Blackout, IsoDate, Motion } from '../../../../shared/domain/types';
import { toDayNumber, fromDayNumber } from '../../../../shared/dates/calendarDate';
import { monthsInRange, weeksInRange, type DateRange } from '../../../../shared/dates/fiscal';
import { formatDateRange, monthName } from '../../../../shared/dates/parseUserDate';
import { countOf } from '../../../../shared/text/countOf';
import { barLabel } from './Bar';
import { shiftMotion } from './calendarActions';
import { useMonthDrag } from './useMonthDrag';
import {
  MAX_ROWS,
  blackoutAccounts,
  daysOfWeekInMonth,
  everyoneBlackoutDays,
  weekBlackoutMarkers,
  weekLayout,
} from './monthLayout';
import { BlackoutAccountsDialog, WeekMotionsDialog, blackoutText } from './MonthDetails';
import type { ViewRange } from './viewRange';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const ROW = 22;
const MARKER = 18;

interface MonthViewProps {
  motions: Motion[];
  blackouts: Blackout[];
  /** Every account (null while loading): a segment blackout names the ones it covers. */
  accounts: Account[] | null;
  accountsById: ReadonlyMap<string, Account> | null;
  range: ViewRange;
  today: IsoDate;
  sizes: ReadonlyMap<string, number>;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onEdit: (motion: Motion) => void;
}

type Opened = { kind: 'week'; title: string; motions: Motion[] } | { kind: 'blackout'; id: string };

export function MonthView(props: MonthViewProps) {
  const months = useMemo(() => monthsInRange(props.range), [props.range]);
  const drag = useMonthDrag();
  const preview = drag.preview;
  const [opened, setOpened] = useState<Opened | null>(null);
  const covered = useMemo(() => {
    const out = new Map<string, Account[]>();
    for (const b of props.blackouts)
      if (b.scope.kind !== 'everyone') out.set(b.id, blackoutAccounts(b, props.accounts));
    return out;
  }, [props.blackouts, props.accounts]);
  const onKey = (e: KeyboardEvent<HTMLElement>, m: Motion) => {
    if (e.key === 'Enter') return props.onEdit(m);
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const step = e.key === 'ArrowLeft' ? -1 : 1;
    if (e.shiftKey) {
      if (step > 0 || m.end > m.start) void shiftMotion(m, 0, step);
    } else void shiftMotion(m, step, step);
  };
  const openedBlackout =
    opened?.kind === 'blackout' ? props.blackouts.find((b) => b.id === opened.id) : undefined;

  const renderWeek = (week: DateRange, month: DateRange, shaded: Set<number>) => {
    const monday = toDayNumber(week.start);
    const { shown, all, hidden } = weekLayout(props.motions, week, month);
    const markers = weekBlackoutMarkers(props.blackouts, week, month);
    const rows = Math.min(
      MAX_ROWS,
      shown.reduce((n, s) => Math.max(n, s.row + 1), 0),
    );
    const moreTop = ROW + rows * ROW;
    const markerTop = moreTop + (hidden ? 20 : 0);
    const markerRows = markers.reduce((n, m) => Math.max(n, m.row + 1), 0);
    const [ws, we] = daysOfWeekInMonth(week, month);
    return (
      <div
        key={week.start}
        className="cal-month-week"
        style={{ minHeight: markerTop + markerRows * MARKER + 4 }}
      >
        {WEEKDAYS.map((_, i) => {
          const day = monday + i;
          const inMonth = day >= toDayNumber(month.start) && day <= toDayNumber(month.end);
          const iso = fromDayNumber(day);
          const target = preview && day >= preview.start && day <= preview.end;
          const cls = `cal-month-day${inMonth ? '' : ' outside'}${iso === props.today ? ' today' : ''}${shaded.has(day) ? ' blackout' : ''}${target ? ' drop-target' : ''}`;
          return (
            <div key={i} className={cls} data-date={iso} style={{ left: `${(i / 7) * 100}%` }}>
              {inMonth ? Number(iso.slice(8)) : ''}
            </div>
          );
        })}
        {shown.map((s) => {
          const label = barLabel(s.motion, props.sizes.get(s.motion.id));
          return (
            <div
              key={s.motion.id}
              role="button"
              tabIndex={0}
              className={`cal-month-bar${props.selectedId === s.motion.id ? ' selected' : ''}`}
              aria-label={label}
              title={`${label}. Drag to another day to move, drag the first or last day's edge to change dates; arrows move a day, Shift+arrows change the end, Enter edits.`}
              data-motion-id={s.motion.id}
              style={{
                left: `${((s.from - monday) / 7) * 100}%`,
                width: `calc(${((s.to - s.from + 1) / 7) * 100}% - 3px)`,
                top: ROW + s.row * ROW,
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
          );
        })}
        {hidden > 0 && (
          <button
            type="button"
            className="cal-month-more"
            style={{ top: moreTop }}
            aria-haspopup="dialog"
            aria-label={`${hidden} more ${hidden === 1 ? 'motion' : 'motions'} in the week of ${formatDateRange(fromDayNumber(ws), fromDayNumber(we))}`}
            onClick={() =>
              setOpened({
                kind: 'week',
                title: `${countOf(all.length, 'motion')}, ${formatDateRange(fromDayNumber(ws), fromDayNumber(we))}`,
                motions: all,
              })
            }
          >
            +{hidden} more
          </button>
        )}
        {markers.map((mk) => {
          const count = covered.get(mk.blackout.id)?.length ?? 0;
          const text = `${blackoutText(mk.blackout, props.accountsById)}: ${props.accounts ? countOf(count, 'account') : 'counting accounts'}`;
          return (
            <button
              key={mk.blackout.id}
              type="button"
              className={`cal-month-blackout cal-blackout-${mk.blackout.scope.kind}`}
              style={{
                left: `${((mk.from - monday) / 7) * 100}%`,
                width: `calc(${((mk.to - mk.from + 1) / 7) * 100}% - 3px)`,
                top: markerTop + mk.row * MARKER,
              }}
              aria-haspopup="dialog"
              aria-label={text}
              title={text}
              onClick={() => setOpened({ kind: 'blackout', id: mk.blackout.id })}
            >
              {mk.blackout.reason || 'Blackout'} · {props.accounts ? count : '…'}
            </button>
          );
        })}
      </div>
    );
  };

  return (
    <div className="cal-months" role="region" aria-label="Month view">
      {months.map((month) => {
        const shaded = everyoneBlackoutDays(props.blackouts, month);
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
            {weeksInRange(month).map((week) => renderWeek(week, month, shaded))}
          </section>
        );
      })}
      {opened?.kind === 'week' && (
        <WeekMotionsDialog
          title={opened.title}
          motions={opened.motions}
          sizes={props.sizes}
          onEdit={(m) => {
            setOpened(null);
            props.onEdit(m);
          }}
          onClose={() => setOpened(null)}
        />
      )}
      {openedBlackout && (
        <BlackoutAccountsDialog
          blackout={openedBlackout}
          accounts={covered.get(openedBlackout.id) ?? []}
          accountsById={props.accountsById}
          onClose={() => setOpened(null)}
        />
      )}
    </div>
  );
}
