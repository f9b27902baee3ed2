/**
 * What surrounds the bars: the header of months and Monday weeks, and the overlay of week
 * lines, shaded blackouts and the today line. Shared by the quarter view and an account's
 * timeline so both read the same way.
 */
import type { Account, Blackout, IsoDate } from '../../../../shared/domain/types';
import { toDayNumber } from '../../../../shared/dates/calendarDate';
import { isoWeekNumber, monthsInRange, weeksInRange } from '../../../../shared/dates/fiscal';
import { formatDateRange, monthName } from '../../../../shared/dates/parseUserDate';
import type { ViewRange } from './viewRange';

interface ChromeProps {
  range: ViewRange;
  pxPerDay: number;
  labelWidth: number;
}

function x(day: IsoDate, range: ViewRange, pxPerDay: number): number {
  return (toDayNumber(day) - toDayNumber(range.start)) * pxPerDay;
}

export function TimelineHeader({ range, pxPerDay, labelWidth }: ChromeProps) {
  const months = monthsInRange(range);
  const weeks = weeksInRange(range);
  const weekWidth = 7 * pxPerDay;
  return (
    <div className="cal-head" aria-hidden="true">
      <div className="cal-head-row">
        <div className="cal-head-corner" style={{ width: labelWidth }}>
          {range.title}
        </div>
        {months.map((m) => {
          const left = Math.max(0, x(m.start, range, pxPerDay));
          const right = x(m.end < range.end ? m.end : range.end, range, pxPerDay) + pxPerDay;
          return (
            <div
              key={m.start}
              className="cal-head-month"
              style={{ left: labelWidth + left, width: right - left }}
            >
              {monthLabel(m.month, m.year, right - left)}
            </div>
          );
        })}
      </div>
      <div className="cal-head-row">
        <div className="cal-head-corner" style={{ width: labelWidth }} />
        {weeks.map((w) => {
          const left = x(w.start, range, pxPerDay);
          // Clipped to the period at both ends, so the canvas is never wider than the period.
          const right = Math.min(left + weekWidth, x(range.end, range, pxPerDay) + pxPerDay);
          return (
            <div
              key={w.start}
              className="cal-head-week"
              style={{ left: labelWidth + Math.max(0, left), width: right - Math.max(0, left) }}
            >
              {weekWidth >= 60
                ? `W${isoWeekNumber(w.start)} · ${Number(w.start.slice(8))}`
                : weekWidth >= 24
                  ? Number(w.start.slice(8))
                  : ''}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** "September 2026", "Sep 2026" or "Sep", whichever fits the month's width. */
function monthLabel(month: number, year: number, width: number): string {
  const name = monthName(month);
  if (width >= (name.length + 5) * 7.5 + 8) return `${name} ${year}`;
  if (width >= 64) return `${name.slice(0, 3)} ${year}`;
  return name.slice(0, 3);
}

export function blackoutScopeLabel(
  b: Blackout,
  accountsById: ReadonlyMap<string, Account> | null,
): string {
  if (b.scope.kind === 'everyone') return 'Everyone';
  if (b.scope.kind === 'segment') return `Segment ${b.scope.segment}`;
  return accountsById?.get(b.scope.accountId)?.name ?? 'One account';
}

interface OverlayProps extends ChromeProps {
  today: IsoDate;
  blackouts: Blackout[];
  accountsById: ReadonlyMap<string, Account> | null;
}

export function TimelineOverlay({
  range,
  pxPerDay,
  labelWidth,
  today,
  blackouts,
  accountsById,
}: OverlayProps) {
  const weeks = weeksInRange(range);
  const shown = blackouts.filter((b) => b.end >= range.start && b.start <= range.end);
  return (
    <div className="cal-overlay" style={{ left: labelWidth }}>
      {weeks.map((w) => {
        const left = x(w.start, range, pxPerDay);
        return left > 0 ? <div key={w.start} className="cal-week-line" style={{ left }} /> : null;
      })}
      {shown.map((b) => {
        const from = b.start > range.start ? b.start : range.start;
        const to = b.end < range.end ? b.end : range.end;
        const left = x(from, range, pxPerDay);
        const label = `Blackout: ${blackoutScopeLabel(b, accountsById)} — ${b.reason} (${formatDateRange(b.start, b.end)})`;
        return (
          <div
            key={b.id}
            className={`cal-blackout cal-blackout-${b.scope.kind}`}
            style={{ left, width: x(to, range, pxPerDay) - left + pxPerDay }}
            title={label}
            role="note"
            aria-label={label}
          />
        );
      })}
      {today >= range.start && today <= range.end && (
        <div
          className="cal-today"
          style={{ left: x(today, range, pxPerDay) + pxPerDay / 2 }}
          role="note"
          aria-label={`Today, ${formatDateRange(today, today)}`}
        />
      )}
    </div>
  );
}
