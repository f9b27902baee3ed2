/**
 * How the user last looked at the calendar — quarter or month view, the zoom (the period on
 * screen) and how far they zoomed in past "fit" — remembered in localStorage (UI state, not
 * workspace data: another machine opening the same workspace keeps its own).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { ZOOMS, type Zoom } from './viewRange';

export type CalendarView = 'quarter' | 'month';

/** Multiples of the width that fits the period on screen; 1 = fit, no horizontal scrolling. */
export const MAGNIFICATIONS = [1, 1.5, 2, 3, 4] as const;

interface CalendarViewState {
  view: CalendarView;
  zoom: Zoom;
  magnify: number;
  setView: (view: CalendarView) => void;
  setZoom: (zoom: Zoom) => void;
  /** One step in (+1) or out (−1) of MAGNIFICATIONS. */
  stepMagnify: (step: 1 | -1) => void;
  fit: () => void;
}

export const useCalendarView = create<CalendarViewState>()(
  persist(
    (set) => ({
      view: 'quarter',
      zoom: 'quarter',
      magnify: 1,
      setView: (view) => set({ view }),
      // A new period starts fitted: a zoom names the period the user wants to see whole.
      setZoom: (zoom) => set({ zoom, magnify: 1 }),
      stepMagnify: (step) =>
        set((s) => {
          const at = MAGNIFICATIONS.findIndex((m) => m >= s.magnify);
          const next = Math.max(0, Math.min(MAGNIFICATIONS.length - 1, at + step));
          return { magnify: MAGNIFICATIONS[next] };
        }),
      fit: () => set({ magnify: 1 }),
    }),
    {
      name: 'abm:calendar-view',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ view, zoom, magnify }) => ({ view, zoom, magnify }),
      // A stored value from another build that this one does not know falls back to the default.
      merge: (stored, current) => {
        const s = (stored ?? {}) as Partial<CalendarViewState>;
        return {
          ...current,
          view: s.view === 'month' ? 'month' : 'quarter',
          zoom: ZOOMS.includes(s.zoom as Zoom) ? (s.zoom as Zoom) : current.zoom,
          magnify: MAGNIFICATIONS.includes(s.magnify as 1) ? (s.magnify as number) : 1,
        };
      },
    },
  ),
);
