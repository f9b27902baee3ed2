/**
 * The Export section: pick a profile (CRM profiles, conflicts, RACI, calendar, or a saved
 * generic profile) and a mode, see the files' first rows and every validation problem, and
 * save. Rows with problems are left out unless the user chooses to keep them.
 */
import { useMemo, useState } from 'react';
import { BUILT_IN_PROFILES } from '../../../../shared/export/exportProfiles';
import type { ExportMode } from '../../../../shared/export/exportTypes';
import { availableFields } from '../../../../shared/export/genericProfile';
import { errorRows } from '../../../../shared/export/problemsCsv';
import { ExportPreview } from './ExportPreview';
import { ProblemsPanel } from './ProblemsPanel';
import { ProfileBuilder } from './ProfileBuilder';
import { saveExport, saveProblems } from './exportActions';
import { useExportRun } from './useExportRun';
import { useExportSource } from './useExportSource';
import './export.css';

const SAVED = 'saved:';
/** Profiles that write one motion's members (or every motion's). */
const MEMBER_PROFILES = new Set(['salesforce-campaign-members', 'hubspot-contact-list']);

export function ExportSection() {
  const source = useExportSource();
  const [choice, setChoice] = useState('hubspot-companies');
  const [mode, setMode] = useState<ExportMode>('crm');
  const [grid, setGrid] = useState('');
  const [motion, setMotion] = useState('');
  const [keepProblemRows, setKeepProblemRows] = useState(false);
  const [building, setBuilding] = useState<'new' | 'edit' | null>(null);

  const savedProfile = choice.startsWith(SAVED)
    ? source?.exportProfiles.find((p) => p.id === choice.slice(SAVED.length))
    : undefined;
  const { run, preparing } = useExportRun(source, choice, grid, savedProfile, motion);
  const fields = useMemo(() => availableFields(source?.accounts ?? []), [source]);

  if (!source) return <p className="export-muted">Loading the workspace…</p>;
  const result = !preparing && run?.ok ? run.result : null;
  const problemRows = result ? errorRows(result.problems).size : 0;
  const fileCount = result ? (result.render ? 1 : result.tables.length) : 0;

  return (
    <section className="export-section" aria-labelledby="export-heading">
      <h1 id="export-heading">Export</h1>
      <div className="export-controls">
        <label>
          Profile
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            <optgroup label="Built-in">
              {BUILT_IN_PROFILES.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.label}
                </option>
              ))}
            </optgroup>
            {source.exportProfiles.length > 0 && (
              <optgroup label="Saved generic profiles">
                {source.exportProfiles.map((p) => (
                  <option key={p.id} value={`${SAVED}${p.id}`}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        {choice === 'raci' && source.raciGrids.length > 1 && (
          <label>
            RACI grid
            <select value={grid} onChange={(e) => setGrid(e.target.value)}>
              <option value="">Choose a grid…</option>
              {source.raciGrids.map((g) => (
                <option key={g.id} value={g.name}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {MEMBER_PROFILES.has(choice) && (
          <label>
            Motion
            <select value={motion} onChange={(e) => setMotion(e.target.value)}>
              <option value="">Every motion (a file each)</option>
              {source.motions.map((m) => (
                <option key={m.id} value={m.name}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <fieldset className="export-mode">
          <legend>Mode</legend>
          <label>
            <input
              type="radio"
              name="export-mode"
              checked={mode === 'crm'}
              onChange={() => setMode('crm')}
            />
            CRM import (UTF-8, no BOM, values as they are)
          </label>
          <label>
            <input
              type="radio"
              name="export-mode"
              checked={mode === 'excel'}
              onChange={() => setMode('excel')}
            />
            Excel-safe (BOM, formula-like cells neutralized)
          </label>
        </fieldset>
        <div className="export-builder-buttons">
          <button type="button" onClick={() => setBuilding('new')}>
            New generic profile
          </button>
          {savedProfile && (
            <button type="button" onClick={() => setBuilding('edit')}>
              Edit “{savedProfile.name}”
            </button>
          )}
        </div>
      </div>
      <p className="export-muted">
        {savedProfile
          ? `Generic profile: ${savedProfile.columns.length} columns of account fields.`
          : BUILT_IN_PROFILES.find((p) => p.name === choice)?.description}
      </p>

      {building && (
        <ProfileBuilder
          key={building === 'edit' ? savedProfile?.id : 'new'}
          initial={building === 'edit' ? (savedProfile ?? null) : null}
          fields={fields}
          takenNames={source.exportProfiles.map((p) => p.name)}
          onDone={(saved) => {
            setBuilding(null);
            if (saved) setChoice(`${SAVED}${saved.id}`);
            else if (building === 'edit') setChoice('hubspot-companies');
          }}
        />
      )}

      {preparing && (
        <p className="export-muted" role="status">
          Preparing the export…
        </p>
      )}
      {!preparing && run && !run.ok && (
        <p className="export-error" role="alert">
          {run.error}
        </p>
      )}
      {result && (
        <>
          {result.notes && result.notes.length > 0 && (
            <ul className="export-notes" aria-label="Export notes">
              {result.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <ProblemsPanel problems={result.problems} onSave={() => void saveProblems(result)} />
          <div className="export-save">
            {problemRows > 0 && (
              <label>
                <input
                  type="checkbox"
                  checked={keepProblemRows}
                  onChange={(e) => setKeepProblemRows(e.target.checked)}
                />
                Keep the {problemRows} row{problemRows === 1 ? '' : 's'} with problems
              </label>
            )}
            <button
              type="button"
              className="primary"
              onClick={() => void saveExport(result, mode, !keepProblemRows)}
            >
              Save {fileCount === 1 ? 'file' : `${fileCount} files`}
            </button>
          </div>
          <ExportPreview result={result} />
        </>
      )}
    </section>
  );
}
