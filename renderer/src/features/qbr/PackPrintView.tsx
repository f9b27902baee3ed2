/**
 * What Export PDF prints: every slide of the pack, one 16:9 page each (1280×720 CSS px, the
 * named page in qbr.css), outside the app root so the print stylesheet can hide the rest.
 * Electron writes it with printToPDF (page size from the CSS); the browser opens its print
 * dialog (window.print), where "Save as PDF" gives the same pages.
 */
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { platform } from '../../platform';
import { useUiStore } from '../../store/uiStore';
import type { BuiltPackPages } from './packClient';

interface Props {
  pack: BuiltPackPages;
  fileName: string;
  onDone: () => void;
}

export function PackPrintView({ pack, fileName, onDone }: Props) {
  useEffect(() => {
    document.body.classList.add('qbr-printing');
    let cancelled = false;
    // Two frames: the pages are laid out before the print snapshot is taken.
    const frame = requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (cancelled) return;
        platform
          .printToPdf({ suggestedName: fileName, landscape: true, pageSize: 'slide' })
          .catch((e: unknown) =>
            useUiStore.getState().notify('error', e instanceof Error ? e.message : String(e)),
          )
          .finally(() => {
            document.body.classList.remove('qbr-printing');
            onDone();
          });
      }),
    );
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      document.body.classList.remove('qbr-printing');
    };
  }, [fileName, onDone]);

  return createPortal(
    <div
      className="qbr-print qbr-pack"
      aria-hidden="true"
      dangerouslySetInnerHTML={{ __html: pack.pages.map((p) => p.html).join('') }}
    />,
    document.body,
  );
}
