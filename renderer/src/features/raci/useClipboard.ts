/**
 * Ctrl+C / Ctrl+X / Ctrl+V in the grid editor through the browser's copy, cut and paste
 * events, so ranges travel to and from Excel as tab-separated text without clipboard
 * permissions. Listens on the document because a focused table cell is not an editable target.
 */
import { useEffect, type RefObject } from 'react';
import type { RaciGrid } from '../../../../shared/domain/types';
import { clearRange } from '../../../../shared/raci/cellOps';
import { copyRangeAsTsv, pasteTsv } from '../../../../shared/raci/clipboard';
import { useUiStore } from '../../store/uiStore';
import { editGrid } from './raciData';
import { selectionRange, type GridSelection } from './editorKeys';

export function useClipboard(
  tableRef: RefObject<HTMLElement | null>,
  grid: RaciGrid,
  selection: GridSelection,
  onPasted: (selection: GridSelection) => void,
): void {
  useEffect(() => {
    const inGrid = () => {
      const active = document.activeElement;
      return (
        !!active &&
        !!tableRef.current?.contains(active) &&
        active.getAttribute('role') === 'gridcell'
      );
    };
    const range = selectionRange(selection);
    const onCopy = (e: ClipboardEvent) => {
      if (!inGrid() || !e.clipboardData) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', copyRangeAsTsv(grid, range));
      if (e.type === 'cut') void editGrid(grid.id, 'Cut RACI cells', (g) => clearRange(g, range));
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!inGrid() || !e.clipboardData) return;
      e.preventDefault();
      const text = e.clipboardData.getData('text/plain');
      const notify = useUiStore.getState().notify;
      const result = pasteTsv(grid, range, text);
      if (!result.ok) {
        notify('error', result.message);
        return;
      }
      void editGrid(grid.id, 'Paste RACI cells', (g) => {
        const again = pasteTsv(g, range, text);
        return again.ok ? again.grid : g;
      });
      if (result.notice) notify('info', result.notice);
      const r = result.range;
      onPasted({ anchor: { row: r.top, col: r.left }, focus: { row: r.bottom, col: r.right } });
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [tableRef, grid, selection, onPasted]);
}
