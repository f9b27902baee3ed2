/**
 * One account's timeline (#/calendar?account=<id>): every motion whose audience holds the
 * account across the visible range — on the account's own days of it when it has some (a
 * staggered wave, a hand-over) — the blackouts that cover it, its primary outreach team,
 * and the touches per Monday week stacked by motion against the weekly cap.
 */
import { useMemo, useRef } from 'react';
import type { Blackout, IsoDate, Motion } from '../../../../shared/domain/types';
import { toDayNumber } from '../../../../shared/dates/calendarDate';
import { weeksInRange } from '../../../../shared/dates/fiscal';
import { formatDateRange } from '../../../../shared/dates/parseUserDate';
import { activeRangeOn } from '../../../../shared/motions/accountDates';
import { resolveAudience, segmentKey } from '../../../../shared/motions/audience';
import { stackTouches } from '../../../../shared/motions/timeline';
import { holdsPosition, type AccountData } from './calendarData';
import { TimelineHeader, TimelineOverlay } from './TimelineChrome';
import { CrmRecordsLine } from './CrmRecordsLine';
import { useFitScale } from './useFitScale';
import type { ViewRange } from './viewRange';

interface Props {
  accountId: string;
  data: AccountData | null;
  motions: Motion[];
  blackouts: Blackout[];
  range: ViewRange;
  /** How far past "fit the period" the user zoomed in (1 = fit). */
  magnify: number;
  today: IsoDate;
  cap: number;
  onEdit: (m: Motion) => void;
}

const LABEL = 170;
const ROW = 26;
const CHART = 90;

export function AccountTimeline({
  accountId,
  data,
  motions,
  blackouts,
  range,
  magnify,
  today,
  cap,
  onEdit,
}: Props) {
  const account = data?.byId.get(accountId);
  const touching = useMemo(() => {
    const position = data?.index.positionOf.get(accountId);
    if (!data || position === undefined) return [];
    // Each motion as this account sees it; `motion` is the row the editor opens.
    return motions
      .filter((m) => m.end >= range.start && m.start <= range.end)
      .filter((m) => holdsPosition(resolveAudience(data.index, m.audience), position))
      .flatMap((m) => {
        const days = activeRangeOn(m, accountId);
        if (!days || days.end < range.start || days.start > range.end) return [];
        const own = days.start !== m.start || days.end !== m.end;
        return [{ ...m, ...days, own, motion: m }];
      })
      .sort((a, b) => (a.start < b.start ? -1 : 1));
  }, [data, accountId, motions, range.start, range.end]);
  const covering = useMemo(() => {
    const tags = new Set(account?.tags.map(segmentKey) ?? []);
    return blackouts.filter(
      (b) =>
        b.scope.kind === 'everyone' ||
        (b.scope.kind === 'account' && b.scope.accountId === accountId) ||
        (b.scope.kind === 'segment' && tags.has(segmentKey(b.scope.segment))),
    );
  }, [blackouts, account, accountId]);
  const weeks = useMemo(() => stackTouches(touching, weeksInRange(range)), [touching, range]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const days = toDayNumber(range.end) - toDayNumber(range.start) + 1;
  const pxPerDay = useFitScale(scrollRef, days, LABEL, magnify);

  if (!data) return <p role="status">Loading the account…</p>;
  if (!account) return <p role="alert">No account with id {accountId} exists in this workspace.</p>;
  const first = toDayNumber(range.start);
  const last = toDayNumber(range.end);
  const maxTouches = Math.max(cap + 1, ...weeks.map((w) => w.total));
  const scale = CHART / maxTouches;
  const primary =
    account.primaryTeam === null
      ? 'not decided'
      : `${account.primaryTeam} (the other side goes silent)`;

  return (
    <section className="cal-account" aria-label={`Timeline of ${account.name}`}>
      <h2>{account.name}</h2>
      <p>
        {account.domain} · Tier {account.tier ?? '—'} · {account.status} · Primary outreach team:{' '}
        <strong>{primary}</strong> · {touching.length} motion(s) in {range.title}
      </p>
      <CrmRecordsLine account={account} />
      <div className="cal-timeline" role="region" aria-label="Account timeline" ref={scrollRef}>
        <div className="cal-canvas" style={{ width: LABEL + (last - first + 1) * pxPerDay }}>
          <TimelineHeader range={range} pxPerDay={pxPerDay} labelWidth={LABEL} />
          <div className="cal-body" style={{ height: touching.length * ROW + CHART + 24 }}>
            <TimelineOverlay
              range={range}
              pxPerDay={pxPerDay}
              labelWidth={LABEL}
              today={today}
              blackouts={covering}
              accountsById={data.byId}
            />
            <ul className="cal-account-motions" aria-label="Motions touching this account">
              {touching.map((m, i) => {
                const from = Math.max(first, toDayNumber(m.start));
                const to = Math.min(last, toDayNumber(m.end));
                return (
                  <li key={m.id} style={{ top: i * ROW }}>
                    <span className="cal-lane-label" style={{ width: LABEL }}>
                      {m.team} · {m.channel}
                    </span>
                    <button
                      type="button"
                      className="cal-bar"
                      style={{
                        left: LABEL + (from - first) * pxPerDay,
                        width: Math.max(4, (to - from + 1) * pxPerDay - 2),
                        background: m.color,
                        top: 2,
                      }}
                      onClick={() => onEdit(m.motion)}
                      aria-label={`${m.name}, ${formatDateRange(m.start, m.end)}${m.own ? ` (this account’s own days of ${formatDateRange(m.motion.start, m.motion.end)})` : ''}, ${m.touchesPerWeek} touches a week`}
                    >
                      <span className="cal-bar-text">{m.name}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
            <div
              className="cal-touch-chart"
              style={{ top: touching.length * ROW + 12, height: CHART, left: LABEL }}
              role="img"
              aria-label={`Touches per week; cap ${cap}`}
            >
              <div
                className="cal-cap-line"
                style={{ bottom: cap * scale }}
                title={`Weekly cap: ${cap}`}
              />
              {weeks.map((w) => {
                const left = Math.max(0, (toDayNumber(w.week.start) - first) * pxPerDay);
                let bottom = 0;
                return (
                  <div
                    key={w.week.start}
                    className={`cal-touch-week${w.total > cap ? ' over' : ''}`}
                    style={{ left, width: 7 * pxPerDay - 3 }}
                    title={`Week of ${w.week.start}: ${w.total.toFixed(1)} touches`}
                  >
                    {w.parts.map((p) => {
                      const h = p.touches * scale;
                      const el = (
                        <div
                          key={p.motion.id}
                          className="cal-touch-part"
                          style={{ bottom, height: h, background: p.motion.color }}
                        />
                      );
                      bottom += h;
                      return el;
                    })}
                    <span className="cal-touch-total" style={{ bottom: bottom + 1 }}>
                      {w.total > 0 ? Math.round(w.total * 10) / 10 : ''}
                    </span>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
