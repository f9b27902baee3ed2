/**
 * The workspace's RACI grids, with their error counts, and the ways to add one: empty, from
 * a template of the reference articles, or from a CSV file.
 */
import { useState } from 'react';
import { randomId } from '../../../../shared/domain/ids';
import type { RaciGrid, Settings } from '../../../../shared/domain/types';
import { createGrid } from '../../../../shared/raci/gridOps';
import { gridNameProblem } from '../../../../shared/raci/names';
import { RACI_TEMPLATES, findTemplate, gridFromTemplate } from '../../../../shared/raci/templates';
import { countBySeverity, validateGrid } from '../../../../shared/raci/validate';
import { addGrids, nowStamp } from './raciData';
import { sourceTitle } from '../../../../shared/raci/sourceTitle';

interface Props {
  grids: RaciGrid[];
  selectedId: string | null;
  settings: Settings;
  onSelect: (id: string) => void;
  onImport: () => void;
}

function NewGridForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [templateId, setTemplateId] = useState(RACI_TEMPLATES[0]?.id ?? '');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const template = findTemplate(templateId);

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    const now = nowStamp();
    let grid: RaciGrid;
    if (template) {
      grid = gridFromTemplate(template, randomId, now);
      if (name.trim()) grid = { ...grid, name: name.trim() };
    } else {
      const message = gridNameProblem(name);
      setProblem(message);
      if (message) return;
      grid = createGrid(randomId, now, name);
    }
    setProblem(null);
    await addGrids(`Create RACI grid "${grid.name}"`, [grid]);
    setName('');
    onCreated(grid.id);
  };

  return (
    <form className="raci-new" onSubmit={(e) => void create(e)} aria-label="New RACI grid">
      <h3>New grid</h3>
      <label className="raci-field">
        <span>Start from</span>
        <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          {RACI_TEMPLATES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
          <option value="">Empty grid</option>
        </select>
      </label>
      {template && (
        <p className="raci-hint">
          {template.reading} <em>Source: {sourceTitle(template.source)}</em>
        </p>
      )}
      <label className="raci-field">
        <span>Name</span>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={template?.name ?? 'e.g. Q3 ABM programme'}
        />
      </label>
      {problem && (
        <p className="raci-field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary">
        Create grid
      </button>
    </form>
  );
}

export function GridList({ grids, selectedId, settings, onSelect, onImport }: Props) {
  return (
    <aside className="raci-list" aria-label="RACI grids">
      <h2>Grids</h2>
      {grids.length === 0 ? (
        <p className="raci-hint">No grids yet. Start from a template below.</p>
      ) : (
        <ul>
          {grids.map((grid) => {
            const { errors } = countBySeverity(validateGrid(grid, settings));
            return (
              <li key={grid.id}>
                <button
                  type="button"
                  aria-current={grid.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(grid.id)}
                >
                  <span className="raci-list-name">{grid.name}</span>
                  {errors > 0 && (
                    <span className="raci-badge-error" title={`${errors} errors`}>
                      {errors}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <NewGridForm onCreated={onSelect} />
      <button type="button" onClick={onImport}>
        Import CSV…
      </button>
    </aside>
  );
}
