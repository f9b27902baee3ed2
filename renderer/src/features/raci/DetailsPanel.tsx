/**
 * Edits the row, column or phase picked in the grid: names, an activity's phase and note,
 * moving and deleting. A field is saved when it loses focus or on Enter — one undo step.
 */
import { useEffect, useState } from 'react';
import type { RaciGrid } from '../../../../shared/domain/types';
import {
  deleteActivity,
  deleteRole,
  moveActivityBy,
  moveRoleBy,
  phasesOf,
  renameActivity,
  renamePhase,
  renameRole,
  setActivityNote,
  setActivityPhase,
} from '../../../../shared/raci/gridOps';
import { editGrid } from './raciData';
import type { DetailsTarget } from './GridEditor';

interface Props {
  grid: RaciGrid;
  target: DetailsTarget;
  onClose: () => void;
}

/** A text field that saves on blur or Enter and shows the refusal next to it. */
function SavedField(props: {
  label: string;
  value: string;
  multiline?: boolean;
  list?: string;
  save: (value: string) => Promise<string | null>;
}) {
  const [draft, setDraft] = useState(props.value);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(props.value), [props.value]);
  const commitDraft = async () => {
    if (draft === props.value) return;
    const message = await props.save(draft);
    setProblem(message);
    if (message) setDraft(props.value);
  };
  const common = {
    value: draft,
    'aria-label': props.label,
    'aria-invalid': problem ? true : undefined,
    onBlur: () => void commitDraft(),
  };
  return (
    <label className="raci-field">
      <span>{props.label}</span>
      {props.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          list={props.list}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commitDraft();
            if (e.key === 'Escape') setDraft(props.value);
          }}
        />
      )}
      {problem && (
        <span className="raci-field-error" role="alert">
          {problem}
        </span>
      )}
    </label>
  );
}

export function DetailsPanel({ grid, target, onClose }: Props) {
  const edit = (label: string, change: (g: RaciGrid) => RaciGrid) =>
    editGrid(grid.id, label, change);
  if (target.kind === 'activity') {
    const activity = grid.activities.find((a) => a.id === target.id);
    if (!activity) return null;
    const id = activity.id;
    return (
      <section className="raci-details" aria-label={`Activity ${activity.name}`}>
        <h3>Activity</h3>
        <SavedField
          label="Activity name"
          value={activity.name}
          save={(v) => edit('Rename activity', (g) => renameActivity(g, id, v))}
        />
        <SavedField
          label="Phase"
          value={activity.phase}
          list="raci-phases"
          save={(v) => edit('Set phase', (g) => setActivityPhase(g, id, v))}
        />
        <datalist id="raci-phases">
          {phasesOf(grid)
            .filter(Boolean)
            .map((p) => (
              <option key={p} value={p} />
            ))}
        </datalist>
        <SavedField
          label="Note (e.g. escalation path)"
          value={activity.note}
          multiline
          save={(v) => edit('Edit note', (g) => setActivityNote(g, id, v))}
        />
        <div className="raci-row-actions">
          <button
            type="button"
            onClick={() => void edit('Move activity', (g) => moveActivityBy(g, id, -1))}
          >
            Move up
          </button>
          <button
            type="button"
            onClick={() => void edit('Move activity', (g) => moveActivityBy(g, id, 1))}
          >
            Move down
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              void edit(`Delete activity "${activity.name}"`, (g) => deleteActivity(g, id));
              onClose();
            }}
          >
            Delete activity
          </button>
        </div>
      </section>
    );
  }
  if (target.kind === 'role') {
    const role = grid.roles.find((r) => r.id === target.id);
    if (!role) return null;
    const id = role.id;
    return (
      <section className="raci-details" aria-label={`Role ${role.name}`}>
        <h3>Role</h3>
        <SavedField
          label="Role name"
          value={role.name}
          save={(v) => edit('Rename role', (g) => renameRole(g, id, v))}
        />
        <div className="raci-row-actions">
          <button
            type="button"
            onClick={() => void edit('Move role', (g) => moveRoleBy(g, id, -1))}
          >
            Move left
          </button>
          <button type="button" onClick={() => void edit('Move role', (g) => moveRoleBy(g, id, 1))}>
            Move right
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              void edit(`Delete role "${role.name}"`, (g) => deleteRole(g, id));
              onClose();
            }}
          >
            Delete role
          </button>
        </div>
      </section>
    );
  }
  const phase = target.name;
  return (
    <section className="raci-details" aria-label={`Phase ${phase}`}>
      <h3>Phase</h3>
      <SavedField
        label="Phase name"
        value={phase}
        save={async (v) => {
          const message = await edit('Rename phase', (g) => renamePhase(g, phase, v));
          if (!message) onClose();
          return message;
        }}
      />
      <p className="raci-hint">An empty name takes the phase's activities out of any phase.</p>
    </section>
  );
}
