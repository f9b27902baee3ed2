/**
 * The RACI grid editor: activities × roles as an ARIA grid. Arrows and Tab move, Shift
 * extends, typing R/A/C/I toggles letters on the selection, a click only selects (so pointing
 * at a cell on a shared screen never changes it), a double click, Enter or Space cycles a
 * cell, Delete clears, Alt+arrows reorder rows and columns, headers drag. Every edit is one
 * undo step.
 */
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RaciGrid, RaciLetter } from '../../../../shared/domain/types';
import { clearRange, cycleCell, toggleLetterInRange } from '../../../../shared/raci/cellOps';
import { moveActivityBy, moveRoleBy } from '../../../../shared/raci/gridOps';
import { LETTER_MEANINGS, cellLetters } from '../../../../shared/raci/letters';
import type { RaciFinding } from '../../../../shared/raci/validate';
import {
  keyAction,
  selectionRange,
  singleCell,
  type CellPos,
  type GridSelection,
} from './editorKeys';
import {
  ActivityHeader,
  PhaseRow,
  RoleHeader,
  findingsBy,
  severityOf,
  type DetailsTarget,
} from './GridHeaders';
import { LetterBadges } from './LetterBadges';
import { editGrid } from './raciData';
import { useClipboard } from './useClipboard';

export type { DetailsTarget } from './GridHeaders';

export interface FocusRequest {
  activityId?: string;
  roleId?: string;
  seq: number;
}

interface Props {
  grid: RaciGrid;
  findings: RaciFinding[];
  focusRequest: FocusRequest | null;
  details: DetailsTarget | null;
  onDetails: (target: DetailsTarget) => void;
}

export function GridEditor({ grid, findings, focusRequest, details, onDetails }: Props) {
  const [selection, setSelection] = useState<GridSelection>(singleCell({ row: 0, col: 0 }));
  const tableRef = useRef<HTMLTableElement>(null);
  const wantFocus = useRef(false);
  const dragFrom = useRef<CellPos | null>(null);
  const dragged = useRef(false);
  const rows = grid.activities.length;
  const cols = grid.roles.length;
  const focus = {
    row: Math.min(selection.focus.row, Math.max(0, rows - 1)),
    col: Math.min(selection.focus.col, Math.max(0, cols - 1)),
  };
  const range = selectionRange(selection);

  const select = useCallback((next: GridSelection) => {
    wantFocus.current = true;
    setSelection(next);
  }, []);
  useClipboard(tableRef, grid, selection, select);

  useEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    tableRef.current
      ?.querySelector<HTMLElement>(`[data-cell="${focus.row}:${focus.col}"]`)
      ?.focus();
  });

  useEffect(() => {
    if (!focusRequest) return;
    const row = grid.activities.findIndex((a) => a.id === focusRequest.activityId);
    const col = grid.roles.findIndex((r) => r.id === focusRequest.roleId);
    select(singleCell({ row: Math.max(0, row), col: Math.max(0, col) }));
    // Only a new request moves focus; grid edits must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const byActivity = useMemo(() => findingsBy(findings, 'activityId'), [findings]);
  const byRole = useMemo(() => findingsBy(findings, 'roleId'), [findings]);
  const flagged = useMemo(() => {
    const map = new Map<string, 'error' | 'warning'>();
    for (const f of findings)
      for (const c of f.cells)
        if (map.get(`${c.activityId}:${c.roleId}`) !== 'error')
          map.set(`${c.activityId}:${c.roleId}`, f.severity);
    return map;
  }, [findings]);

  // After a row moves, the caret follows it to wherever the store puts it.
  const follow = useRef<string | null>(null);
  useEffect(() => {
    const id = follow.current;
    if (!id) return;
    follow.current = null;
    const row = grid.activities.findIndex((a) => a.id === id);
    if (row >= 0) select(singleCell({ row, col: selection.focus.col }));
    // Runs when the grid changes, not when the selection does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [grid]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if ((e.target as HTMLElement).getAttribute('role') !== 'gridcell') return;
    const action = keyAction(e, { ...selection, focus }, { rows, cols });
    if (!action) return;
    follow.current = null;
    e.preventDefault();
    e.stopPropagation();
    const activity = grid.activities[focus.row];
    const role = grid.roles[focus.col];
    switch (action.kind) {
      case 'select':
        select(action.selection);
        return;
      case 'toggle':
        void editGrid(grid.id, `Toggle ${action.letter}`, (g) =>
          toggleLetterInRange(g, range, action.letter),
        );
        return;
      case 'cycle':
        if (activity && role)
          void editGrid(grid.id, 'Change RACI cell', (g) => cycleCell(g, activity.id, role.id));
        return;
      case 'clear':
        void editGrid(grid.id, 'Clear RACI cells', (g) => clearRange(g, range));
        return;
      case 'move-activity':
        if (!activity) return;
        follow.current = activity.id;
        void editGrid(grid.id, `Move "${activity.name}"`, (g) =>
          moveActivityBy(g, activity.id, action.delta),
        );
        return;
      case 'move-role': {
        if (!role) return;
        const col = Math.max(0, Math.min(cols - 1, focus.col + action.delta));
        void editGrid(grid.id, `Move "${role.name}"`, (g) => moveRoleBy(g, role.id, action.delta));
        select(singleCell({ row: focus.row, col }));
      }
    }
  };

  const onCellMouseDown = (e: React.MouseEvent, pos: CellPos) => {
    if (e.button !== 0) return;
    dragged.current = false;
    if (e.shiftKey) {
      select({ anchor: selection.anchor, focus: pos });
      return;
    }
    dragFrom.current = pos;
    select(singleCell(pos));
  };
  const onCellMouseEnter = (pos: CellPos) => {
    if (!dragFrom.current) return;
    dragged.current = true;
    setSelection({ anchor: dragFrom.current, focus: pos });
  };
  useEffect(() => {
    const up = () => (dragFrom.current = null);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);

  return (
    <div className="raci-editor">
      <p className="raci-hint" id="raci-keys">
        Click selects · arrows and Tab move · type R, A, C, I to toggle · double-click, Enter or
        Space cycles · Delete clears · Ctrl+C / Ctrl+V copy and paste with Excel · Alt+arrows
        reorder rows and columns · drag headers
      </p>
      <table
        ref={tableRef}
        role="grid"
        aria-label={`RACI grid ${grid.name}`}
        aria-multiselectable="true"
        aria-describedby="raci-keys"
        className="raci-table"
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr role="row">
            <th role="columnheader" scope="col" className="raci-corner">
              Activity
            </th>
            {grid.roles.map((role, col) => (
              <RoleHeader
                key={role.id}
                gridId={grid.id}
                item={role}
                index={col}
                findings={byRole.get(role.id) ?? []}
                current={details?.kind === 'role' && details.id === role.id}
                onDetails={onDetails}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.activities.map((activity, row) => {
            const newPhase = row === 0 || grid.activities[row - 1]?.phase !== activity.phase;
            const sev = severityOf(byActivity.get(activity.id) ?? []);
            return (
              <Fragment key={activity.id}>
                {newPhase && activity.phase !== '' && (
                  <PhaseRow phase={activity.phase} span={cols + 1} onDetails={onDetails} />
                )}
                <tr role="row" className={sev ? `raci-flag-${sev}` : undefined}>
                  <ActivityHeader
                    gridId={grid.id}
                    item={activity}
                    index={row}
                    findings={byActivity.get(activity.id) ?? []}
                    current={details?.kind === 'activity' && details.id === activity.id}
                    onDetails={onDetails}
                  />
                  {grid.roles.map((role, col) => {
                    const inRange =
                      row >= range.top &&
                      row <= range.bottom &&
                      col >= range.left &&
                      col <= range.right;
                    const isFocus = row === focus.row && col === focus.col;
                    const flag = flagged.get(`${activity.id}:${role.id}`);
                    return (
                      <td
                        key={role.id}
                        role="gridcell"
                        data-cell={`${row}:${col}`}
                        tabIndex={isFocus ? 0 : -1}
                        aria-selected={inRange}
                        aria-label={`${role.name} for ${activity.name}`}
                        aria-description={describeLetters(cellLetters(grid, activity.id, role.id))}
                        className={`raci-cell${inRange ? ' is-selected' : ''}${flag ? ` raci-flag-${flag}` : ''}`}
                        onMouseDown={(e) => onCellMouseDown(e, { row, col })}
                        onMouseEnter={() => onCellMouseEnter({ row, col })}
                        onDoubleClick={(e) => {
                          if (e.shiftKey || dragged.current) return;
                          void editGrid(grid.id, 'Change RACI cell', (g) =>
                            cycleCell(g, activity.id, role.id),
                          );
                        }}
                      >
                        <LetterBadges letters={cellLetters(grid, activity.id, role.id)} />
                      </td>
                    );
                  })}
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {rows === 0 && <p className="raci-hint">Add an activity to start filling in the grid.</p>}
    </div>
  );
}

/** What a screen reader says after the cell's name: the letters as words. */
function describeLetters(letters: readonly RaciLetter[]): string {
  if (letters.length === 0) return 'empty';
  return letters.map((l) => LETTER_MEANINGS[l].split(' — ')[0]).join(', ');
}
