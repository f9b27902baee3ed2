/**
 * The contacts import as a panel: the files' column mappings (each header to a field, a
 * custom field or nothing), what the import would do (new, updated, merged, rejected rows
 * with file, row and column), and Import or Cancel. Nothing is written before Import; a
 * rejected row keeps the import from running, so nothing changes on bad input.
 */
import { useEffect, useState } from 'react';
import type { ColumnMap } from '../../../../shared/accounts/columnMapping';
import { CONTACT_FIELDS } from '../../../../shared/contacts/contactColumns';
import { formatCsvError, type CsvError } from '../../../../shared/csv/csvError';
import type { OpenedFile } from '../../platform';
import { useUiStore } from '../../store/uiStore';
import { ContactImportFailed, ContactImportSession } from './contactImportActions';
import type { ContactImportAnswer } from './contactImport.worker';

interface Props {
  files: OpenedFile[];
  remembered: Record<string, ColumnMap>;
  onDone: () => void;
}

export function ContactImportPanel({ files, remembered, onDone }: Props) {
  const [session] = useState(() => new ContactImportSession());
  const [mappings, setMappings] = useState<Record<string, ColumnMap> | undefined>(undefined);
  const [answer, setAnswer] = useState<ContactImportAnswer | null>(null);
  const [errors, setErrors] = useState<CsvError[]>([]);
  const [busy, setBusy] = useState(true);

  useEffect(() => () => session.dispose(), [session]);
  useEffect(() => {
    let live = true;
    setBusy(true);
    session
      .preview({
        files,
        remembered,
        now: new Date().toISOString(),
        ...(mappings ? { mappings } : {}),
      })
      .then(
        (a) => live && (setAnswer(a), setErrors([])),
        (e: unknown) =>
          live &&
          setErrors(
            e instanceof ContactImportFailed ? e.errors : [{ file: '', message: String(e) }],
          ),
      )
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [session, files, remembered, mappings]);

  const remap = (file: string, header: string, target: string) => {
    const current =
      mappings ?? Object.fromEntries((answer?.files ?? []).map((f) => [f.name, f.mapping]));
    setMappings({ ...current, [file]: { ...current[file], [header]: target } });
  };

  const doImport = async () => {
    if (!answer) return;
    const batch = await session.commit(answer, new Date().toISOString(), crypto.randomUUID());
    const c = batch.counts;
    useUiStore
      .getState()
      .notify('ok', `Imported contacts: ${c.new} new, ${c.updated} updated, ${c.merged} merged.`);
    onDone();
  };

  const p = answer?.preview;
  const blocked = !p || p.rejected.length > 0 || errors.length > 0;
  return (
    <section className="contacts-import" aria-labelledby="contacts-import-heading">
      <h2 id="contacts-import-heading">Import contacts and leads</h2>
      {errors.length > 0 && (
        <ul className="contacts-errors" role="alert">
          {errors.map((e, i) => (
            <li key={i}>{formatCsvError(e)}</li>
          ))}
        </ul>
      )}
      {answer?.files.map((f) => (
        <fieldset key={f.name} className="contacts-mapping">
          <legend>
            {f.name}: {f.rows} rows,{' '}
            {f.source === 'unknown' ? 'CSV' : f.source === 'hubspot' ? 'HubSpot' : 'Salesforce'}
          </legend>
          {f.headers.map((h) => (
            <label key={h}>
              {h}
              <select
                aria-label={`Column ${h} of ${f.name}`}
                value={f.mapping[h] ?? ''}
                onChange={(e) => remap(f.name, h, e.target.value)}
              >
                <option value="">(ignore)</option>
                <option value={`custom:${h}`}>Custom field “{h}”</option>
                {CONTACT_FIELDS.map((field) => (
                  <option key={field.field} value={field.field}>
                    {field.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      ))}
      {busy && <p role="status">Reading the files…</p>}
      {p && !busy && (
        <div className="contacts-preview" role="region" aria-label="Import preview">
          <p>
            {p.counts.new} new, {p.counts.updated} updated, {p.unchanged} unchanged,{' '}
            {p.counts.merged} merged, {p.counts.rejected} rejected
          </p>
          {p.rejected.length > 0 && (
            <>
              <p>
                Rejected rows stop the import: fix the file and import it again. Nothing has
                changed.
              </p>
              <table aria-label="Rejected rows">
                <thead>
                  <tr>
                    <th>File</th>
                    <th>Row</th>
                    <th>Column</th>
                    <th>Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {p.rejected.slice(0, 200).map((r, i) => (
                    <tr key={i}>
                      <td>{r.file}</td>
                      <td>{r.row}</td>
                      <td>{r.column}</td>
                      <td>{r.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
      <div className="contacts-buttons">
        <button
          type="button"
          className="primary"
          disabled={blocked || busy}
          onClick={() => void doImport()}
        >
          Import
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </section>
  );
}
