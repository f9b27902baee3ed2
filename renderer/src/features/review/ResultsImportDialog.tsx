/**
 * Importing results files: each file's encoding (picker with its first rows) and column
 * mapping (suggested or remembered, correctable), the date-order question when a column
 * cannot show its order, then the preview — new, updated and unchanged opportunities, how
 * they matched their accounts, the unmatched ones, and every bad cell by file, row and
 * column. Import is offered only for clean files and writes them in one undoable step.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatCsvError } from '../../../../shared/csv';
import type { DateOrder } from '../../../../shared/dates/dateOrder';
import { randomId } from '../../../../shared/domain/ids';
import {
  OPPORTUNITY_FIELDS,
  type OpportunityColumnMap,
  type OpportunityField,
} from '../../../../shared/results';
import { Dialog } from '../calendar/Dialog';
import { DateOrderQuestion } from '../calendar/DateOrderQuestion';
import { EncodingPicker } from '../encoding/EncodingPicker';
import { useSettings } from '../../store/settings';
import { useUiStore } from '../../store/uiStore';
import { ImportCancelled, ImportFailed } from '../accounts/import/importClient';
import type { ResultsImportSession } from './import/resultsClient';
import type { ResultsFileSummary, ResultsPreviewSummary } from './import/resultsProtocol';
import { count } from './format';

const CRM_NAME = {
  salesforce: 'a Salesforce opportunities report',
  hubspot: 'a HubSpot deals export',
};

export function ResultsImportDialog(props: {
  session: ResultsImportSession;
  files: ResultsFileSummary[];
  onClose: () => void;
}) {
  const { session, onClose } = props;
  const settings = useSettings();
  const [files, setFiles] = useState(props.files);
  const [mappings, setMappings] = useState<Record<string, OpportunityColumnMap>>(() =>
    Object.fromEntries(props.files.map((f) => [f.name, f.mapping])),
  );
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  const [preview, setPreview] = useState<ResultsPreviewSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const fail = (e: unknown) => {
    if (e instanceof ImportCancelled) return;
    setFailure(e instanceof ImportFailed ? e.errors.map(formatCsvError).join('\n') : String(e));
  };
  const refresh = useCallback(() => {
    setFailure(null);
    session
      .preview({ mappings, dateOrder, dateOrderSetting: settings.dateOrder })
      .then(setPreview, fail);
  }, [session, mappings, dateOrder, settings.dateOrder]);
  useEffect(refresh, [refresh]);

  const setField = (file: string, header: string, field: OpportunityField | '') =>
    setMappings((m) => ({ ...m, [file]: { ...m[file], [header]: field } }));

  const run = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      await session.commit(files, mappings, preview, randomId());
      const c = preview.counts;
      useUiStore
        .getState()
        .notify(
          'ok',
          `Imported results: ${c.new} new, ${c.updated} updated opportunities; ${c.unmatched} unmatched`,
        );
      onClose();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const c = preview?.counts;
  return (
    <Dialog title="Import results" onClose={onClose} wide>
      {files.map((f) => (
        <section key={f.name} aria-label={`Columns of ${f.name}`}>
          <p>
            <strong>{f.name}</strong>: {count(f.rows)} rows, read as{' '}
            {f.crm ? CRM_NAME[f.crm] : 'opportunities (the CRM is told from the ids)'}
            {f.remembered ? ', with the mapping remembered from last time' : ''}.
          </p>
          <EncodingPicker
            file={f.name}
            encoding={f.encoding}
            source={f.encodingSource}
            warning={f.encodingWarning}
            headers={f.headers}
            rows={f.sample}
            busy={busy}
            onPick={(encoding) => {
              session.reread(f.name, encoding).then((next) => {
                setFiles((all) => all.map((x) => (x.name === f.name ? next : x)));
                setDateOrder(null);
                refresh();
              }, fail);
            }}
          />
          <table className="review-mapping">
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">First value</th>
                <th scope="col">Imported as</th>
              </tr>
            </thead>
            <tbody>
              {f.headers.map((h, i) => (
                <tr key={h}>
                  <th scope="row">{h}</th>
                  <td>{f.sample[0]?.[i] ?? ''}</td>
                  <td>
                    <select
                      aria-label={`Field for column ${h}`}
                      value={mappings[f.name]?.[h] ?? ''}
                      onChange={(e) => setField(f.name, h, e.target.value as OpportunityField | '')}
                    >
                      <option value="">(not imported)</option>
                      {OPPORTUNITY_FIELDS.map((o) => (
                        <option key={o.field} value={o.field}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {preview?.dateQuestion && (
        <DateOrderQuestion
          question={preview.dateQuestion}
          answer={dateOrder}
          onAnswer={setDateOrder}
        />
      )}
      {failure && (
        <p role="alert" className="review-errors">
          {failure}
        </p>
      )}
      {c && (
        <ul aria-label="Import preview">
          <li>{count(c.new)} new</li>
          <li>{count(c.updated)} will update</li>
          <li>{count(c.unchanged)} unchanged</li>
          <li>
            matched by CRM id {count(preview.matchedBy['crm id'])}, by domain{' '}
            {count(preview.matchedBy.domain)}, by name {count(preview.matchedBy.name)}
          </li>
          <li>{count(c.unmatched)} match no account (imported and listed)</li>
        </ul>
      )}
      {preview && preview.errors.length > 0 && (
        <div role="alert" className="review-errors">
          <p>
            <strong>Nothing will be imported</strong> until these {count(preview.errorCount)}{' '}
            problem(s) are fixed:
          </p>
          <ul aria-label="Import problems">
            {preview.errors.map((e, i) => (
              <li key={i}>{formatCsvError(e)}</li>
            ))}
          </ul>
        </div>
      )}
      {preview && preview.unmatched.length > 0 && (
        <ul aria-label="Unmatched opportunities">
          {preview.unmatched.slice(0, 50).map((u) => (
            <li key={`${u.file}:${u.row}`}>
              {u.file}, row {u.row}: {u.opportunity.name || u.opportunity.crmId} — {u.reason}
            </li>
          ))}
        </ul>
      )}
      {preview?.notices.map((n) => (
        <p key={n} className="review-muted">
          {n}
        </p>
      ))}
      <div className="cal-dialog-actions">
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!preview?.canImport || busy}
          onClick={() => void run()}
        >
          Import {c ? count(c.new + c.updated) : ''} opportunities
        </button>
      </div>
    </Dialog>
  );
}
