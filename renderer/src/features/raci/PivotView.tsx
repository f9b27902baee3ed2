/** "Who owns what": per role, the activities it is Responsible and Accountable for, with counts. */
import type { RaciGrid } from '../../../../shared/domain/types';
import { ownershipPivot } from '../../../../shared/raci/pivot';

export function PivotView({ grid }: { grid: RaciGrid }) {
  const pivot = ownershipPivot(grid);
  const most = Math.max(1, ...pivot.map((p) => p.counts.R + p.counts.A));
  return (
    <table className="raci-pivot" aria-label={`Who owns what in ${grid.name}`}>
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col">Responsible</th>
          <th scope="col">Accountable</th>
          <th scope="col">C</th>
          <th scope="col">I</th>
          <th scope="col">Load</th>
        </tr>
      </thead>
      <tbody>
        {pivot.map(({ role, activities, counts }) => (
          <tr key={role.id}>
            <th scope="row">{role.name}</th>
            <td>
              <strong>{counts.R}</strong>
              <ul>
                {activities.R.map((a) => (
                  <li key={a.id}>{a.name}</li>
                ))}
              </ul>
            </td>
            <td>
              <strong>{counts.A}</strong>
              <ul>
                {activities.A.map((a) => (
                  <li key={a.id}>{a.name}</li>
                ))}
              </ul>
            </td>
            <td>{counts.C}</td>
            <td>{counts.I}</td>
            <td>
              <meter
                min={0}
                max={most}
                value={counts.R + counts.A}
                aria-label={`${role.name}: ${counts.R} R and ${counts.A} A`}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
