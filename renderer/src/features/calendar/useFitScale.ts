/**
 * Pixels per day that fit a period into the timeline's visible width (the planning meeting's
 * projector at 1280 px shows the whole quarter, month or year), times the user's zoom-in.
 * Measured from the scroll container itself, whose scrollbar gutter is always reserved, so a
 * vertical scrollbar coming or going never re-fits the canvas.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Below this a day is too thin to aim at; the canvas scrolls instead (a narrow window). */
const MIN_PX_PER_DAY = 2;

export function useFitScale(
  ref: RefObject<HTMLElement | null>,
  days: number,
  labelWidth: number,
  magnify: number,
): number {
  const [width, setWidth] = useState(() =>
    typeof window === 'undefined' ? 1100 : Math.max(320, window.innerWidth - 260),
  );
  const observed = useRef<{ el: HTMLElement; observer: ResizeObserver } | null>(null);
  // Every render checks which element to watch: the container may mount after a loading text.
  useLayoutEffect(() => {
    const el = ref.current;
    if (observed.current?.el === el) return;
    observed.current?.observer.disconnect();
    observed.current = null;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    observed.current = { el, observer };
  });
  useEffect(
    () => () => {
      observed.current?.observer.disconnect();
      observed.current = null;
    },
    [],
  );
  // One pixel to spare so rounding never makes a horizontal scrollbar at fit.
  const fit = (width - labelWidth - 1) / Math.max(1, days);
  return Math.max(MIN_PX_PER_DAY, fit) * magnify;
}
