/**
 * What the PDF shows: one grid per landscape page (title, source, grid, legend), rendered
 * outside the app root so the print stylesheet can hide everything else. Electron prints it
 * with printToPdf; the browser opens its print dialog (window.print), where "Save as PDF" works.
 */
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { RaciGrid } from '../../../../shared/domain/types';
import { platform } from '../../platform';
import { useUiStore } from '../../store/uiStore';
import { fileNameFor } from './raciFiles';
import { Legend, PresentTable, presentScale } from './PresentTable';
import { sourceTitle } from '../../../../shared/raci/sourceTitle';

// A4 landscape less 12 mm margins: 273 × 186 mm.
const PAGE_W_MM = 2.73;
const PAGE_H_MM = 1.86;

interface Props {
  grids: RaciGrid[];
  /** The PDF's suggested file name (without extension). */
  title: string;
  onDone: () => void;
}

export function PrintView({ grids, title, onDone }: Props) {
  useEffect(() => {
    document.body.classList.add('raci-printing');
    let cancelled = false;
    // Two frames: the pages are laid out before the print snapshot is taken.
    const frame = requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (cancelled) return;
        platform
          .printToPdf({ suggestedName: fileNameFor(title, 'pdf'), landscape: true })
          .catch((e: unknown) =>
            useUiStore.getState().notify('error', e instanceof Error ? e.message : String(e)),
          )
          .finally(() => {
            document.body.classList.remove('raci-printing');
            onDone();
          });
      }),
    );
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      document.body.classList.remove('raci-printing');
    };
  }, [title, onDone]);

  return createPortal(
    <div className="raci-print" aria-hidden="true">
      {grids.map((grid) => {
        const { height, width } = presentScale(grid);
        return (
          <section
            key={grid.id}
            className="raci-print-page"
            ref={(el) =>
              el?.style.setProperty(
                '--present-size',
                `min(${(height * PAGE_H_MM).toFixed(2)}mm, ${(width * PAGE_W_MM).toFixed(2)}mm, 6mm)`,
              )
            }
          >
            <h1>{grid.name}</h1>
            {grid.source && <p className="raci-print-source">Source: {sourceTitle(grid.source)}</p>}
            <PresentTable grid={grid} />
            <Legend />
          </section>
        );
      })}
    </div>,
    document.body,
  );
}
