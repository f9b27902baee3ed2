/** Adds roles (columns) and activities (rows, optionally into a phase) to the open grid. */
import { useState } from 'react';
import { randomId } from '../../../../shared/domain/ids';
import type { RaciGrid } from '../../../../shared/domain/types';
import { addActivity, addRole, phasesOf } from '../../../../shared/raci/gridOps';
import { activityNameProblem, roleNameProblem } from '../../../../shared/raci/names';
import { editGrid } from './raciData';

export function AddBar({ grid }: { grid: RaciGrid }) {
  const [role, setRole] = useState('');
  const [activity, setActivity] = useState('');
  const [phase, setPhase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submitRole = async (e: React.FormEvent) => {
    e.preventDefault();
    const message =
      roleNameProblem(grid, role) ??
      (await editGrid(grid.id, `Add role "${role.trim()}"`, (g) => addRole(g, randomId, role)));
    setProblem(message);
    if (!message) setRole('');
  };
  const submitActivity = async (e: React.FormEvent) => {
    e.preventDefault();
    const message =
      activityNameProblem(activity) ??
      (await editGrid(grid.id, `Add activity "${activity.trim()}"`, (g) =>
        addActivity(g, randomId, { name: activity, phase }),
      ));
    setProblem(message);
    if (!message) setActivity('');
  };

  return (
    <div className="raci-addbar">
      <form onSubmit={(e) => void submitRole(e)} aria-label="Add a role">
        <input
          value={role}
          onChange={(e) => setRole(e.target.value)}
          placeholder="New role, e.g. RevOps"
          aria-label="New role name"
        />
        <button type="submit">Add role</button>
      </form>
      <form onSubmit={(e) => void submitActivity(e)} aria-label="Add an activity">
        <input
          value={activity}
          onChange={(e) => setActivity(e.target.value)}
          placeholder="New activity, e.g. Build TAL"
          aria-label="New activity name"
        />
        <input
          value={phase}
          onChange={(e) => setPhase(e.target.value)}
          placeholder="Phase (optional)"
          aria-label="Phase of the new activity"
          list="raci-add-phases"
        />
        <datalist id="raci-add-phases">
          {phasesOf(grid)
            .filter(Boolean)
            .map((p) => (
              <option key={p} value={p} />
            ))}
        </datalist>
        <button type="submit">Add activity</button>
      </form>
      {problem && (
        <p className="raci-field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
