/**
 * Which vertical slice of a scrolling timeline is on screen (plus a margin), updated at most
 * once a frame while scrolling, so the timeline mounts only the bars a user can see.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

const OVERSCAN = 600;
/** Height of the sticky header above the body (two 22px rows). */
const HEADER = 45;

export function useVerticalWindow() {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 1200 });
  const frame = useRef(0);

  const measure = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const next = { top: el.scrollTop, height: el.clientHeight || 1200 };
    setView((v) => (v.top === next.top && v.height === next.height ? v : next));
  }, []);

  useLayoutEffect(() => {
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [measure]);

  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      measure();
    });
  }, [measure]);

  /** True when a band from body-y `y` of `height` pixels is on screen or near it. */
  const isShown = (y: number, height: number): boolean => {
    const top = view.top - HEADER - OVERSCAN;
    const bottom = view.top - HEADER + view.height + OVERSCAN;
    return y + height >= top && y <= bottom;
  };

  return { scrollRef, onScroll, isShown };
}
