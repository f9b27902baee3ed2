/**
 * Importing a motion CSV (Salesforce campaign export or the workbench's own file): the
 * preview counts new and updated motions and lists every rejected cell by row, column and
 * value. Import is offered only for a clean file and writes it all in one commit.
 */
import { useState } from 'react';
import { formatCsvError } from '../../../../shared/csv';
import type { MotionImportPreview } from '../../../../shared/motions/importMotions';
import { Dialog } from './Dialog';
import { applyMotionImport } from './calendarActions';
import { useUiStore } from '../../store/uiStore';

interface Props {
  preview: MotionImportPreview;
  onClose: () => void;
}

const MAX_SHOWN = 200;

export function ImportMotionsDialog({ preview, onClose }: Props) {
  const [busy, setBusy] = useState(false);
  const { counts, errors } = preview;
  const run = async () => {
    setBusy(true);
    try {
      await applyMotionImport(preview);
      useUiStore
        .getState()
        .notify(
          'ok',
          `Imported ${preview.file}: ${counts.new} new, ${counts.updated} updated motions`,
        );
      onClose();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={`Import motions from ${preview.file}`} onClose={onClose} wide>
      <p>
        Read as{' '}
        {preview.format === 'salesforce'
          ? 'a Salesforce campaign export'
          : "the workbench's motion CSV"}
        .
      </p>
      <ul className="cal-import-counts" aria-label="Import preview">
        <li>{counts.new} new</li>
        <li>{counts.updated} will update</li>
        <li>{counts.rejected} rejected</li>
      </ul>
      {errors.length > 0 && (
        <div role="alert" className="cal-import-errors">
          <p>
            <strong>Nothing will be imported</strong> until these {errors.length} problem(s) are
            fixed in the file:
          </p>
          <ul aria-label="Import problems">
            {errors.slice(0, MAX_SHOWN).map((e, i) => (
              <li key={i}>{formatCsvError(e)}</li>
            ))}
          </ul>
          {errors.length > MAX_SHOWN && <p>…and {errors.length - MAX_SHOWN} more.</p>}
        </div>
      )}
      {preview.notices.map((n) => (
        <p key={n} className="cal-notice">
          {n}
        </p>
      ))}
      {preview.rows.length > 0 && (
        <table className="cal-table" aria-label="Motions in the file">
          <thead>
            <tr>
              <th>Row</th>
              <th>Action</th>
              <th>Name</th>
              <th>Dates</th>
              <th>Kind</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, MAX_SHOWN).map((r) => (
              <tr key={r.row}>
                <td>{r.row}</td>
                <td>{r.action === 'new' ? 'new' : `update (by ${r.matchedBy})`}</td>
                <td>{r.motion.name}</td>
                <td>
                  {r.motion.start} – {r.motion.end}
                </td>
                <td>{r.motion.kind}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="cal-dialog-actions">
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!preview.canImport || busy}
          onClick={() => void run()}
        >
          Import {counts.new + counts.updated} motions
        </button>
      </div>
    </Dialog>
  );
}
