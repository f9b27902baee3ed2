/**
 * The timeline: weeks as columns, swimlanes by team then channel, one absolutely positioned
 * bar per motion (never a DOM node per day), blackouts shaded, a line on today. The period
 * fits the visible width unless the user zooms in further. Bars move by drag or keyboard
 * (arrows move a day, Shift+arrows change the end); each change is one commit.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Account, Blackout, IsoDate, Motion } from '../../../../shared/domain/types';
import { toDayNumber } from '../../../../shared/dates/calendarDate';
import { layoutLanes } from '../../../../shared/motions/timeline';
import { useBarDrag, type DragResult } from './useBarDrag';
import { Bar, type BarHandlers } from './Bar';
import { selectMotion } from './selection';
import { useVerticalWindow } from './useVerticalWindow';
import { shiftMotion } from './calendarActions';
import { TimelineHeader, TimelineOverlay } from './TimelineChrome';
import { useFitScale } from './useFitScale';
import type { ViewRange } from './viewRange';

export const ROW_HEIGHT = 30;
export const LABEL_WIDTH = 170;

export interface QuarterViewProps {
  motions: Motion[];
  blackouts: Blackout[];
  accountsById: ReadonlyMap<string, Account> | null;
  range: ViewRange;
  /** How far past "fit the period" the user zoomed in (1 = fit). */
  magnify: number;
  today: IsoDate;
  sizes: ReadonlyMap<string, number>;
  conflictCounts: ReadonlyMap<string, number>;
  onEdit: (motion: Motion) => void;
}

export { barLabel } from './Bar';

export function QuarterView(props: QuarterViewProps) {
  const { motions, range, magnify, sizes, conflictCounts, onEdit } = props;
  const first = toDayNumber(range.start);
  const last = toDayNumber(range.end);
  const days = last - first + 1;
  const { scrollRef, onScroll, isShown } = useVerticalWindow();
  const pxPerDay = useFitScale(scrollRef, days, LABEL_WIDTH, magnify);
  useKeepCenter(scrollRef, pxPerDay, magnify);
  const [pending, setPending] = useState<DragResult | null>(null);
  // A committed drag comes back as new motion rows; drop the optimistic position then.
  useEffect(() => setPending(null), [motions]);

  const visible = useMemo(
    () => motions.filter((m) => m.end >= range.start && m.start <= range.end),
    [motions, range.start, range.end],
  );
  const lanes = useMemo(() => layoutLanes(visible), [visible]);
  const byId = useMemo(() => new Map(motions.map((m) => [m.id, m])), [motions]);
  // Each bar's next neighbour in its row: a short bar may write its name in the gap.
  const nextStart = useMemo(() => {
    const next = new Map<string, number>();
    for (const lane of lanes) {
      const lastInRow = new Map<number, string>();
      for (const { motion: m, row } of lane.items) {
        const before = lastInRow.get(row);
        if (before) next.set(before, toDayNumber(m.start));
        lastInRow.set(row, m.id);
      }
    }
    return next;
  }, [lanes]);
  const focusedId = useRef<string | null>(null);
  const lastClick = useRef<{ id: string; at: number } | null>(null);

  // Handlers read the latest motions through a ref, so they stay the same object and the
  // memoized bars do not re-render when unrelated state changes.
  const latest = useRef({ byId, onEdit });
  latest.current = { byId, onEdit };
  const onDrop = useCallback((result: DragResult) => {
    const m = latest.current.byId.get(result.id);
    if (!m) return;
    const length = toDayNumber(m.end) - toDayNumber(m.start);
    const startDays = Math.min(result.startDays, length + result.endDays);
    const endDays = Math.max(result.endDays, startDays - length);
    setPending({ id: m.id, startDays, endDays });
    void shiftMotion(m, startDays, endDays).catch(() => setPending(null));
  }, []);
  const drag = useBarDrag(pxPerDay, onDrop);
  const handlers = useMemo<BarHandlers>(
    () => ({
      onPointerDown: drag.onPointerDown,
      onPointerMove: drag.onPointerMove,
      onPointerCancel: drag.onPointerCancel,
      onPointerUp: (e, id) => {
        if (drag.onPointerUp(e)) return;
        selectMotion(id);
        // pointerdown's preventDefault (no focus mid-drag) also stops the browser's dblclick.
        const now = e.timeStamp;
        const last = lastClick.current;
        lastClick.current = { id, at: now };
        if (last && last.id === id && now - last.at < 450) {
          lastClick.current = null;
          const m = latest.current.byId.get(id);
          if (m) latest.current.onEdit(m);
        }
      },
      onEdit: (id) => {
        const m = latest.current.byId.get(id);
        if (m) latest.current.onEdit(m);
      },
      onSelect: (id) => {
        focusedId.current = id;
        selectMotion(id);
      },
      onKey: (e, id) => {
        const m = latest.current.byId.get(id);
        if (!m) return;
        if (e.key === 'Enter') {
          e.preventDefault();
          latest.current.onEdit(m);
          return;
        }
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        const step = e.key === 'ArrowLeft' ? -1 : 1;
        if (e.shiftKey) {
          if (step < 0 && m.end <= m.start) return;
          void shiftMotion(m, 0, step);
        } else {
          void shiftMotion(m, step, step);
        }
      },
    }),
    [drag],
  );

  const width = days * pxPerDay;
  let top = 0;
  const laneTops = lanes.map((lane) => {
    const t = top;
    top += lane.rows * ROW_HEIGHT + 8;
    return t;
  });
  const bodyHeight = Math.max(top, 80);

  return (
    <div
      className="cal-timeline"
      role="region"
      aria-label="Quarter view"
      data-px-per-day={pxPerDay}
      ref={scrollRef}
      onScroll={onScroll}
    >
      <div className="cal-canvas" style={{ width: LABEL_WIDTH + width }}>
        <TimelineHeader range={range} pxPerDay={pxPerDay} labelWidth={LABEL_WIDTH} />
        <div className="cal-body" style={{ height: bodyHeight }}>
          <TimelineOverlay
            range={range}
            pxPerDay={pxPerDay}
            labelWidth={LABEL_WIDTH}
            today={props.today}
            blackouts={props.blackouts}
            accountsById={props.accountsById}
          />
          {lanes.length === 0 && (
            <p className="cal-empty" style={{ left: LABEL_WIDTH + 12 }}>
              No motions in {range.title}. Create one with “New motion”, or import a CSV.
            </p>
          )}
          {lanes.map((lane, li) => (
            <div
              key={lane.key}
              className="cal-lane"
              role="group"
              aria-label={`${lane.team}, ${lane.channel}`}
              style={{ top: laneTops[li], height: lane.rows * ROW_HEIGHT + 4 }}
            >
              <div className="cal-lane-label" style={{ width: LABEL_WIDTH }}>
                <strong>{lane.team}</strong> <span>{lane.channel}</span>
              </div>
              {lane.items.map(({ motion: m, row }) => {
                // Only bars near the visible rows are mounted (1,000 motions fill ~30 screens);
                // the focused and the just-dropped bar always stay.
                const y = (laneTops[li] as number) + row * ROW_HEIGHT;
                const keep = m.id === focusedId.current || m.id === pending?.id;
                if (!keep && !isShown(y, ROW_HEIGHT)) return null;
                const p = pending?.id === m.id ? pending : null;
                const s = toDayNumber(m.start) + (p?.startDays ?? 0);
                const e = toDayNumber(m.end) + (p?.endDays ?? 0);
                const from = Math.max(s, first);
                const to = Math.min(e, last);
                const left = LABEL_WIDTH + (from - first) * pxPerDay;
                const barWidth = Math.max(4, (to - from + 1) * pxPerDay - 2);
                const until = Math.min(nextStart.get(m.id) ?? last + 1, last + 1);
                return (
                  <Bar
                    key={m.id}
                    motion={m}
                    startDay={s}
                    endDay={e}
                    left={left}
                    width={barWidth}
                    room={Math.max(0, LABEL_WIDTH + (until - first) * pxPerDay - left - barWidth)}
                    firstShownDay={from}
                    pxPerDay={pxPerDay}
                    top={row * ROW_HEIGHT + 2}
                    size={sizes.get(m.id)}
                    conflicts={conflictCounts.get(m.id) ?? 0}
                    handlers={handlers}
                  />
                );
              })}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

/** Zooming in or out keeps the day in the middle of the view where it was. */
function useKeepCenter(
  ref: React.RefObject<HTMLElement | null>,
  pxPerDay: number,
  magnify: number,
): void {
  const previous = useRef({ pxPerDay, magnify });
  useLayoutEffect(() => {
    const el = ref.current;
    const before = previous.current.pxPerDay;
    const zoomed = previous.current.magnify !== magnify;
    previous.current = { pxPerDay, magnify };
    // A resize or the first measurement re-fits; only the user's zoom moves the view.
    if (!el || !zoomed || before === pxPerDay) return;
    const visible = el.clientWidth - LABEL_WIDTH;
    const centerDay = (el.scrollLeft + visible / 2) / before;
    el.scrollLeft = Math.max(0, centerDay * pxPerDay - visible / 2);
  }, [ref, pxPerDay, magnify]);
}
