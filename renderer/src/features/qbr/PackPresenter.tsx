/**
 * Presents the pack full screen like the RACI presenter: one slide at a time, as large as
 * the screen allows at 16:9. PageDown / → / Space next, PageUp / ← back, Home / End, Esc
 * leaves. The slides are the shared HTML of the pack (escaped, no inline styles).
 */
import { useEffect, useRef, useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog';
import type { BuiltPackPages } from './packClient';

interface Props {
  pack: BuiltPackPages;
  onClose: () => void;
}

export function PackPresenter({ pack, onClose }: Props) {
  const [index, setIndex] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  const count = pack.pages.length;
  const page = pack.pages[Math.min(index, count - 1)];

  useEffect(() => {
    const root = rootRef.current;
    root?.focus();
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) close.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    root?.requestFullscreen?.().catch(() => {
      // Not allowed here (no user gesture, a test): the overlay still fills the window.
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    const step = (delta: number) => setIndex((i) => Math.max(0, Math.min(count - 1, i + delta)));
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      let handled = true;
      if (e.key === 'Escape') close.current();
      else if (e.key === 'PageDown' || e.key === 'ArrowRight' || e.key === ' ') step(1);
      else if (e.key === 'PageUp' || e.key === 'ArrowLeft') step(-1);
      else if (e.key === 'Home') step(-count);
      else if (e.key === 'End') step(count);
      else handled = false;
      if (handled) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [count]);

  return (
    <ModalDialog
      className="qbr-presenter-dialog"
      label="Presenting the QBR pack"
      onClose={() => close.current()}
      focusFirst=".qbr-presenter"
    >
      <div ref={rootRef} className="qbr-presenter qbr-pack" tabIndex={-1}>
        {page ? (
          <div
            className="qbr-presenter-stage"
            aria-live="polite"
            // The pack's own renderer escapes every text it puts in this HTML.
            dangerouslySetInnerHTML={{ __html: page.html }}
          />
        ) : (
          <p className="qbr-presenter-empty">The pack has no pages. Press Esc.</p>
        )}
      </div>
    </ModalDialog>
  );
}
