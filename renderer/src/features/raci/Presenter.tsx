/**
 * Presenter mode for the QBR: one grid at a time, full screen where the platform allows,
 * large high-contrast type, a legend and no editing chrome. ←/→ or PageUp/PageDown step
 * through the workspace's grids, ↑/↓ light up an activity's row, 1–9 a role's column, 0 clears,
 * Esc leaves.
 */
import { useEffect, useRef, useState } from 'react';
import type { RaciGrid } from '../../../../shared/domain/types';
import { ModalDialog } from '../../ui/ModalDialog';
import { Legend, PresentTable, presentScale, type Highlight } from './PresentTable';
import { sourceTitle } from '../../../../shared/raci/sourceTitle';

interface Props {
  grids: RaciGrid[];
  startId: string | null;
  onClose: (gridId: string | null) => void;
}

export function Presenter({ grids, startId, onClose }: Props) {
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      grids.findIndex((g) => g.id === startId),
    ),
  );
  const [highlight, setHighlight] = useState<Highlight>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const grid = grids[Math.min(index, grids.length - 1)];
  const close = useRef(onClose);
  close.current = onClose;
  const gridId = grid?.id ?? null;

  useEffect(() => {
    const root = rootRef.current;
    root?.focus();
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) close.current(gridId);
    };
    document.addEventListener('fullscreenchange', onChange);
    root?.requestFullscreen?.().catch(() => {
      // Not allowed here (e.g. no user gesture): the overlay still fills the window.
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
    // Full screen is entered once per visit, not per grid.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const step = (delta: number) => {
      setIndex((i) => Math.max(0, Math.min(grids.length - 1, i + delta)));
      setHighlight(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const activities = grid?.activities ?? [];
      const current =
        highlight?.kind === 'activity' ? activities.findIndex((a) => a.id === highlight.id) : -1;
      let handled = true;
      if (e.key === 'Escape') close.current(gridId);
      else if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') step(1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') step(-1);
      else if (e.key === 'Home') step(-grids.length);
      else if (e.key === 'End') step(grids.length);
      else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        const next =
          e.key === 'ArrowDown' ? current + 1 : current < 0 ? activities.length - 1 : current - 1;
        const activity = activities[next];
        setHighlight(activity ? { kind: 'activity', id: activity.id } : null);
      } else if (/^[0-9]$/.test(e.key)) {
        const role = grid?.roles[Number(e.key) - 1];
        setHighlight(role ? { kind: 'role', id: role.id } : null);
      } else handled = false;
      if (handled) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [grid, grids.length, gridId, highlight]);

  // A modal <dialog> around the stage: a dialog element cannot itself go full screen.
  return (
    <ModalDialog
      className="raci-presenter-dialog"
      label="Presenter mode"
      onClose={() => close.current(gridId)}
      focusFirst=".raci-presenter"
    >
      <div ref={rootRef} className="raci-presenter" tabIndex={-1}>
        {grid ? (
          <div
            className="raci-presenter-stage"
            ref={(el) => {
              const { height, width } = presentScale(grid);
              el?.style.setProperty('--present-size', `min(${height}vh, ${width}vw, 40px)`);
            }}
          >
            <header className="raci-presenter-head">
              <h1>{grid.name}</h1>
              <span className="raci-presenter-count">
                {index + 1} / {grids.length}
              </span>
            </header>
            <PresentTable grid={grid} highlight={highlight} onPick={setHighlight} />
            <footer className="raci-presenter-foot">
              <Legend />
              {grid.source && (
                <p className="raci-presenter-source">Source: {sourceTitle(grid.source)}</p>
              )}
            </footer>
          </div>
        ) : (
          <p className="raci-presenter-empty">There are no RACI grids to present. Press Esc.</p>
        )}
      </div>
    </ModalDialog>
  );
}
