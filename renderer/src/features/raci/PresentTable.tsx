/**
 * A grid drawn for reading, not editing: presenter mode and the printed PDF. Big type, a
 * legend, phases as bands, and an optional highlighted role column or activity row.
 */
import './raciPresent.css';
import { Fragment } from 'react';
import { RACI_LETTERS, type RaciGrid } from '../../../../shared/domain/types';
import { LETTER_MEANINGS, cellLetters } from '../../../../shared/raci/letters';
import { LetterBadges } from './LetterBadges';

export type Highlight = { kind: 'role'; id: string } | { kind: 'activity'; id: string } | null;

interface Props {
  grid: RaciGrid;
  highlight?: Highlight;
  onPick?: (highlight: Highlight) => void;
}

export function Legend() {
  return (
    <ul className="raci-legend" aria-label="Legend">
      {RACI_LETTERS.map((letter) => (
        <li key={letter}>
          <LetterBadges letters={[letter]} /> {LETTER_MEANINGS[letter]}
        </li>
      ))}
    </ul>
  );
}

export function PresentTable({ grid, highlight = null, onPick }: Props) {
  const cols = grid.roles.length;
  const dim = (roleId: string | null, activityId: string | null) => {
    if (!highlight) return '';
    if (highlight.kind === 'role') return roleId === highlight.id ? ' is-lit' : ' is-dim';
    return activityId === highlight.id ? ' is-lit' : ' is-dim';
  };
  const pick = (next: Highlight) =>
    onPick?.(
      highlight && next && highlight.kind === next.kind && highlight.id === next.id ? null : next,
    );
  return (
    <table className="raci-present-table" aria-label={`RACI grid ${grid.name}`}>
      <thead>
        <tr>
          <th scope="col" className="raci-present-corner">
            Activity
          </th>
          {grid.roles.map((role) => (
            <th
              key={role.id}
              scope="col"
              className={`raci-present-role${dim(role.id, null)}`}
              onClick={() => pick({ kind: 'role', id: role.id })}
            >
              {role.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.activities.map((activity, row) => (
          <Fragment key={activity.id}>
            {activity.phase !== '' && grid.activities[row - 1]?.phase !== activity.phase && (
              <tr className="raci-present-phase">
                <th colSpan={cols + 1} scope="rowgroup">
                  {activity.phase}
                </th>
              </tr>
            )}
            <tr>
              <th
                scope="row"
                className={`raci-present-activity${highlight?.kind === 'activity' ? dim(null, activity.id) : ''}`}
                onClick={() => pick({ kind: 'activity', id: activity.id })}
              >
                {activity.name}
              </th>
              {grid.roles.map((role) => (
                <td key={role.id} className={`raci-present-cell${dim(role.id, activity.id)}`}>
                  <LetterBadges letters={cellLetters(grid, activity.id, role.id)} />
                </td>
              ))}
            </tr>
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Type size that lets the whole grid fit the screen or page: fewer rows, bigger letters.
 * Returns percentages of the available height and width; callers pick the units.
 */
export function presentScale(grid: RaciGrid): { height: number; width: number } {
  const phaseRows = new Set(grid.activities.map((a) => a.phase).filter(Boolean)).size;
  const rows = grid.activities.length + phaseRows + 1;
  const widest = Math.max(14, ...grid.activities.map((a) => Math.min(a.name.length, 40)));
  return {
    height: 66 / (rows * 1.9),
    width: 90 / (widest * 0.55 + grid.roles.length * 7),
  };
}
