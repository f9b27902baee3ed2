/** Actions on the open grid: rename, view, duplicate, delete, export, print, present. */
import { useEffect, useState } from 'react';
import { randomId } from '../../../../shared/domain/ids';
import type { RaciGrid } from '../../../../shared/domain/types';
import { duplicateGrid, renameGrid } from '../../../../shared/raci/gridOps';
import { uniqueCopyName } from '../../../../shared/raci/names';
import { addGrids, deleteGrid, editGrid, nowStamp } from './raciData';
import { exportCsv, exportPng } from './raciFiles';

export type RaciView = 'grid' | 'pivot';

interface Props {
  grid: RaciGrid;
  allNames: string[];
  view: RaciView;
  onView: (view: RaciView) => void;
  onSelect: (id: string | null) => void;
  onPrint: (which: 'this' | 'all') => void;
  onPresent: () => void;
}

export function GridToolbar({ grid, allNames, view, onView, onSelect, onPrint, onPresent }: Props) {
  const [name, setName] = useState(grid.name);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setName(grid.name), [grid.name]);

  const rename = async () => {
    if (name === grid.name) return;
    const message = await editGrid(grid.id, 'Rename RACI grid', (g) => renameGrid(g, name));
    setProblem(message);
    if (message) setName(grid.name);
  };
  const duplicate = async () => {
    const copy = duplicateGrid(grid, randomId, nowStamp(), uniqueCopyName(grid.name, allNames));
    await addGrids(`Duplicate RACI grid "${grid.name}"`, [copy]);
    onSelect(copy.id);
  };
  const remove = async () => {
    await deleteGrid(grid);
    onSelect(null);
  };

  return (
    <div className="raci-toolbar">
      <input
        className="raci-grid-name"
        value={name}
        aria-label="Grid name"
        onChange={(e) => setName(e.target.value)}
        onBlur={() => void rename()}
        onKeyDown={(e) => e.key === 'Enter' && void rename()}
      />
      {problem && (
        <span className="raci-field-error" role="alert">
          {problem}
        </span>
      )}
      <div className="raci-toolbar-group" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'grid'} onClick={() => onView('grid')}>
          Grid
        </button>
        <button type="button" aria-pressed={view === 'pivot'} onClick={() => onView('pivot')}>
          Who owns what
        </button>
      </div>
      <div className="raci-toolbar-group" role="group" aria-label="Grid actions">
        <button type="button" onClick={() => void duplicate()}>
          Duplicate
        </button>
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete
        </button>
      </div>
      <div className="raci-toolbar-group" role="group" aria-label="Export">
        <button type="button" onClick={() => void exportCsv(grid, 'plain')}>
          Export CSV
        </button>
        <button type="button" onClick={() => void exportCsv(grid, 'excel')}>
          CSV for Excel
        </button>
        <button type="button" onClick={() => void exportPng(grid)}>
          PNG
        </button>
        <button type="button" onClick={() => onPrint('this')}>
          PDF
        </button>
        <button type="button" onClick={() => onPrint('all')}>
          PDF of all grids
        </button>
      </div>
      <button type="button" className="primary" onClick={onPresent}>
        Present
      </button>
    </div>
  );
}
