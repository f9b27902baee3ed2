/**
 * Dragging a bar: the body moves it, an edge handle changes its start or end. While the
 * pointer moves only the bar's transform and width change (no React render, no store write);
 * on release the whole change is one commit. A press without movement is a click.
 */
import { useCallback, useMemo, useRef, type PointerEvent } from 'react';

export type DragMode = 'move' | 'start' | 'end';

export interface DragResult {
  id: string;
  startDays: number;
  endDays: number;
}

interface Active {
  id: string;
  mode: DragMode;
  el: HTMLElement;
  x0: number;
  width: number;
  /** The inline width and transform React set, put back when the drag ends. */
  inline: { width: string; transform: string };
  days: number;
  moved: boolean;
}

export function useBarDrag(pxPerDay: number, onDrop: (result: DragResult) => void) {
  const active = useRef<Active | null>(null);

  const onPointerDown = useCallback((e: PointerEvent<HTMLElement>, id: string) => {
    if (e.button !== 0) return;
    const el = e.currentTarget;
    const edge = (e.target as HTMLElement).dataset['edge'];
    const mode: DragMode = edge === 'start' || edge === 'end' ? edge : 'move';
    // No focus (and so no selection re-render) while a drag may be starting: focus on release.
    e.preventDefault();
    el.setPointerCapture(e.pointerId);
    active.current = {
      id,
      mode,
      el,
      x0: e.clientX,
      width: el.offsetWidth,
      // React set these and will not set them again while the bar's props stay the same (a
      // click changes nothing): clearing them instead would leave the bar at its CSS width.
      inline: { width: el.style.width, transform: el.style.transform },
      days: 0,
      moved: false,
    };
  }, []);

  const onPointerMove = useCallback(
    (e: PointerEvent<HTMLElement>) => {
      const a = active.current;
      if (!a) return;
      const dx = e.clientX - a.x0;
      if (!a.moved && Math.abs(dx) < 3) return;
      a.moved = true;
      const days = Math.round(dx / pxPerDay);
      if (days === a.days) return;
      const minWidth = pxPerDay;
      if (a.mode === 'move') {
        a.el.style.transform = `translateX(${days * pxPerDay}px)`;
      } else if (a.mode === 'end') {
        a.el.style.width = `${Math.max(minWidth, a.width + days * pxPerDay)}px`;
      } else {
        const d = Math.min(days, Math.floor((a.width - minWidth) / pxPerDay));
        a.el.style.transform = `translateX(${d * pxPerDay}px)`;
        a.el.style.width = `${a.width - d * pxPerDay}px`;
      }
      a.days = days;
      a.el.classList.add('dragging');
    },
    [pxPerDay],
  );

  const finish = useCallback(
    (e: PointerEvent<HTMLElement>, cancelled: boolean): boolean => {
      const a = active.current;
      if (!a) return false;
      active.current = null;
      if (a.el.hasPointerCapture(e.pointerId)) a.el.releasePointerCapture(e.pointerId);
      a.el.style.transform = a.inline.transform;
      a.el.style.width = a.inline.width;
      a.el.classList.remove('dragging');
      if (!cancelled) a.el.focus();
      if (!a.moved) return false;
      if (!cancelled && a.days !== 0) {
        // Clamping to a one-day minimum is the caller's job: it knows the motion's length.
        const startDays = a.mode === 'end' ? 0 : a.days;
        const endDays = a.mode === 'start' ? 0 : a.days;
        onDrop({ id: a.id, startDays, endDays });
      }
      return true;
    },
    [onDrop],
  );

  return useMemo(
    () => ({
      onPointerDown,
      onPointerMove,
      /** Returns true when the press was a drag (so the click should be ignored). */
      onPointerUp: (e: PointerEvent<HTMLElement>) => finish(e, false),
      onPointerCancel: (e: PointerEvent<HTMLElement>) => {
        finish(e, true);
      },
    }),
    [onPointerDown, onPointerMove, finish],
  );
}
