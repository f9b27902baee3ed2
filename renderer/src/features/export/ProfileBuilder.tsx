/**
 * The generic profile builder: pick account fields, order them, name their headers, and save
 * the choice by name. Saving or deleting is one undo step (commit in exportActions).
 */
import { useState } from 'react';
import { randomId } from '../../../../shared/domain/ids';
import type { ExportProfile } from '../../../../shared/domain/types';
import { checkGenericProfile, type GenericField } from '../../../../shared/export/genericProfile';
import { deleteProfile, saveProfile } from './exportActions';

interface Props {
  /** The profile to edit, or null for a new one. */
  initial: ExportProfile | null;
  fields: readonly GenericField[];
  takenNames: readonly string[];
  onDone: (saved: ExportProfile | null) => void;
}

export function ProfileBuilder({ initial, fields, takenNames, onDone }: Props) {
  const [name, setName] = useState(initial?.name ?? '');
  const [columns, setColumns] = useState(initial?.columns ?? []);
  const [picked, setPicked] = useState(fields[0]?.field ?? '');
  const labelOf = (field: string) => fields.find((f) => f.field === field)?.label ?? field;

  const profile: ExportProfile = { id: initial?.id ?? '', name: name.trim(), columns };
  const errors = checkGenericProfile(profile);
  const clash = takenNames.some(
    (n) => n.trim().toLowerCase() === name.trim().toLowerCase() && n !== initial?.name,
  );
  if (clash) errors.push(`A profile named "${name.trim()}" exists already.`);

  const move = (index: number, by: number) => {
    const next = [...columns];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    setColumns(next);
  };

  return (
    <form
      className="export-builder"
      aria-label="Generic profile"
      onSubmit={(e) => {
        e.preventDefault();
        if (errors.length > 0) return;
        const saved = { ...profile, id: profile.id || randomId() };
        void saveProfile(saved).then(() => onDone(saved));
      }}
    >
      <label>
        Profile name
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="export-builder-add">
        <label>
          Field
          <select value={picked} onChange={(e) => setPicked(e.target.value)}>
            {fields.map((f) => (
              <option key={f.field} value={f.field}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => setColumns([...columns, { field: picked, header: labelOf(picked) }])}
        >
          Add column
        </button>
      </div>
      <ol className="export-builder-columns" aria-label="Columns">
        {columns.map((column, i) => (
          <li key={`${column.field}-${i}`}>
            <span className="export-builder-field">{labelOf(column.field)}</span>
            <input
              aria-label={`Header for ${labelOf(column.field)}`}
              value={column.header}
              onChange={(e) =>
                setColumns(columns.map((c, j) => (j === i ? { ...c, header: e.target.value } : c)))
              }
            />
            <button type="button" disabled={i === 0} onClick={() => move(i, -1)}>
              Up
            </button>
            <button type="button" disabled={i === columns.length - 1} onClick={() => move(i, 1)}>
              Down
            </button>
            <button type="button" onClick={() => setColumns(columns.filter((_, j) => j !== i))}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      {errors.length > 0 && (
        <ul className="export-builder-errors" aria-label="Profile problems">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div className="export-builder-actions">
        <button type="submit" className="primary" disabled={errors.length > 0}>
          Save profile
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
        {initial && (
          <button
            type="button"
            className="danger"
            onClick={() => void deleteProfile(initial).then(() => onDone(null))}
          >
            Delete profile
          </button>
        )}
      </div>
    </form>
  );
}
