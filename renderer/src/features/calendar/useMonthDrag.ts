/**
 * Dragging a bar in the month grid: the body moves the motion, an edge on its first or last
 * day changes the start or end. Unlike the timeline, a drop may land in another week row or
 * another month, so the day is found by hit-testing the day cells under the pointer
 * (`data-date`), not from the horizontal distance moved. The motion moves by (drop day −
 * grabbed day); the store is written once, on release, as one undo step.
 */
import { useCallback, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { Motion } from '../../../../shared/domain/types';
import { toDayNumber } from '../../../../shared/dates/calendarDate';
import { shiftMotion } from './calendarActions';

type Mode = 'move' | 'start' | 'end';

/** Where the motion would land if released now, as day numbers (for highlighting). */
export interface MonthDragPreview {
  id: string;
  start: number;
  end: number;
}

interface Active {
  motion: Motion;
  mode: Mode;
  el: HTMLElement;
  grabbed: number;
  x0: number;
  y0: number;
  moved: boolean;
  target: number | null;
}

/** The day cell under a point; the bar itself is on top, so look through the whole stack. */
function dayAt(x: number, y: number): number | null {
  for (const el of document.elementsFromPoint(x, y)) {
    const iso = el instanceof HTMLElement ? el.dataset['date'] : undefined;
    if (iso) return toDayNumber(iso);
  }
  return null;
}

/** Day shifts for start and end; an edge never crosses the other end (one day minimum). */
function shifts(a: Active, target: number): { startDays: number; endDays: number } {
  const delta = target - a.grabbed;
  const length = toDayNumber(a.motion.end) - toDayNumber(a.motion.start);
  if (a.mode === 'start') return { startDays: Math.min(delta, length), endDays: 0 };
  if (a.mode === 'end') return { startDays: 0, endDays: Math.max(delta, -length) };
  return { startDays: delta, endDays: delta };
}

export function useMonthDrag() {
  const active = useRef<Active | null>(null);
  // Set by a drag's release so the click the browser fires right after it does not count.
  const dragged = useRef(false);
  const [preview, setPreview] = useState<MonthDragPreview | null>(null);

  const onPointerDown = useCallback((e: PointerEvent<HTMLElement>, motion: Motion) => {
    if (e.button !== 0) return;
    const grabbed = dayAt(e.clientX, e.clientY);
    if (grabbed === null) return;
    const edge = (e.target as HTMLElement).dataset['edge'];
    const mode: Mode = edge === 'start' || edge === 'end' ? edge : 'move';
    const el = e.currentTarget;
    // Capture keeps the moves coming to this bar even when the pointer leaves its week row.
    el.setPointerCapture(e.pointerId);
    dragged.current = false;
    active.current = {
      motion,
      mode,
      el,
      grabbed,
      x0: e.clientX,
      y0: e.clientY,
      moved: false,
      target: grabbed,
    };
  }, []);

  const onPointerMove = useCallback((e: PointerEvent<HTMLElement>) => {
    const a = active.current;
    if (!a) return;
    if (!a.moved && Math.abs(e.clientX - a.x0) + Math.abs(e.clientY - a.y0) < 4) return;
    a.moved = true;
    a.el.classList.add('dragging');
    const target = dayAt(e.clientX, e.clientY);
    if (target === a.target) return;
    a.target = target;
    // Off the grid (a heading, the gap between months) shows nothing and drops nothing.
    if (target === null) return setPreview(null);
    const { startDays, endDays } = shifts(a, target);
    setPreview({
      id: a.motion.id,
      start: toDayNumber(a.motion.start) + startDays,
      end: toDayNumber(a.motion.end) + endDays,
    });
  }, []);

  const finish = useCallback((e: PointerEvent<HTMLElement>, cancelled: boolean) => {
    const a = active.current;
    if (!a) return;
    active.current = null;
    if (a.el.hasPointerCapture(e.pointerId)) a.el.releasePointerCapture(e.pointerId);
    a.el.classList.remove('dragging');
    setPreview(null);
    if (!a.moved) return;
    dragged.current = true;
    if (cancelled || a.target === null) return;
    const { startDays, endDays } = shifts(a, a.target);
    void shiftMotion(a.motion, startDays, endDays);
  }, []);

  return useMemo(
    () => ({
      preview,
      onPointerDown,
      onPointerMove,
      onPointerUp: (e: PointerEvent<HTMLElement>) => finish(e, false),
      onPointerCancel: (e: PointerEvent<HTMLElement>) => finish(e, true),
      /** True once for the click that ends a drag, so it neither selects nor edits. */
      wasDrag: () => {
        const was = dragged.current;
        dragged.current = false;
        return was;
      },
    }),
    [preview, onPointerDown, onPointerMove, finish],
  );
}
