/**
 * Importing results files, like the account import: reading (progress, Cancel) → each file's
 * encoding and column mapping (suggested or remembered, correctable; the account import's
 * MappingFileSection) with the date-order question when a column cannot show its order and
 * the live preview under it → one all-or-nothing write (progress, Cancel: the transaction
 * aborts and nothing is written), recorded as one undo step. Import is offered only for
 * clean files; any failure says what is wrong and where, and writes nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useImportCancel } from '../accounts/import/useImportCancel';
import { formatCsvError, type CsvError, type TextEncodingName } from '../../../../shared/csv';
import type { DateOrder } from '../../../../shared/dates/dateOrder';
import { randomId } from '../../../../shared/domain/ids';
import {
  OPPORTUNITY_FIELDS,
  type OpportunityColumnMap,
  type OpportunityField,
} from '../../../../shared/results';
import type { OpenedFile } from '../../platform/platform';
import { readAll } from '../../store/reads';
import { useSettings } from '../../store/settings';
import { useUiStore } from '../../store/uiStore';
import { ModalDialog } from '../../ui/ModalDialog';
import { DateOrderQuestion } from '../calendar/DateOrderQuestion';
import { ImportCancelled, ImportFailed } from '../accounts/import/importClient';
import { MappingFileSection, type FieldOption } from '../accounts/import/MappingFileSection';
import { ResultsImportSession } from './import/resultsClient';
import type { ResultsFileSummary, ResultsPreviewSummary } from './import/resultsProtocol';
import { ResultsPreview } from './ResultsPreview';
import { count } from './format';

type Stage =
  | { kind: 'working'; label: string; fraction: number; writing?: boolean; cancelling?: boolean }
  | { kind: 'mapping'; files: ResultsFileSummary[] }
  | { kind: 'failed'; errors: CsvError[] };

const PHASE_LABELS: Record<string, string> = {
  reading: 'Reading files',
  matching: 'Matching opportunities to accounts',
  writing: 'Writing opportunities',
};

const CRM_NAME = {
  salesforce: 'read as a Salesforce opportunities report',
  hubspot: 'read as a HubSpot deals export',
};

const FIELD_OPTIONS: FieldOption[] = [
  { value: '', label: '(not imported)' },
  ...OPPORTUNITY_FIELDS.map((o) => ({ value: o.field, label: o.label })),
];

const errorsOf = (e: unknown): CsvError[] =>
  e instanceof ImportFailed ? e.errors : [{ file: '', message: String(e) }];

export function ResultsImportDialog(props: { files: OpenedFile[]; onClose: () => void }) {
  const { onClose } = props;
  const settings = useSettings();
  const notify = useUiStore((s) => s.notify);
  const [stage, setStage] = useState<Stage>({
    kind: 'working',
    label: 'Reading files',
    fraction: 0,
  });
  const [mappings, setMappings] = useState<Record<string, OpportunityColumnMap>>({});
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  const [preview, setPreview] = useState<ResultsPreviewSummary | null>(null);
  const [checking, setChecking] = useState(false);
  const [rereading, setRereading] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  /** Bumped when a file is read again, so the preview follows its new text. */
  const [readings, setReadings] = useState(0);
  const session = useRef<ResultsImportSession | null>(null);
  // Cancel before the write closes; during it, waits for the Worker's abort.
  const { cancelRequested, cancel, cancelWrite } = useImportCancel(session, setStage, onClose);

  const onProgress = (phase: string, fraction: number) =>
    setStage((s) => {
      if (s.kind !== 'working' || s.cancelling) return s;
      if (Boolean(s.writing) !== (phase === 'writing')) return s;
      return { ...s, label: PHASE_LABELS[phase] ?? s.label, fraction };
    });

  useEffect(() => {
    const s = new ResultsImportSession(onProgress);
    session.current = s;
    void (async () => {
      const remembered = Object.fromEntries(
        (await readAll('columnMappings')).map((m) => [m.signature, m.mapping]),
      );
      const parsed = await s.parse(props.files, remembered);
      setMappings(Object.fromEntries(parsed.map((f) => [f.name, f.mapping])));
      setStage({ kind: 'mapping', files: parsed });
    })().catch((e: unknown) => {
      if (!(e instanceof ImportCancelled)) setStage({ kind: 'failed', errors: errorsOf(e) });
    });
    return () => s.dispose();
  }, [props.files]);

  const mapped = stage.kind === 'mapping';
  const refresh = useCallback(() => {
    const s = session.current;
    if (!s || !mapped) return;
    setFailure(null);
    setChecking(true);
    s.preview({ mappings, dateOrder, dateOrderSetting: settings.dateOrder })
      .then(setPreview, (e: unknown) => {
        if (!(e instanceof ImportCancelled)) setFailure(errorsOf(e).map(formatCsvError).join('\n'));
      })
      .finally(() => setChecking(false));
    // `readings` is read by the Worker (the files it holds), not here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mapped, mappings, dateOrder, settings.dateOrder, readings]);
  useEffect(refresh, [refresh]);

  const pickEncoding = (files: ResultsFileSummary[], name: string, encoding: TextEncodingName) => {
    const s = session.current;
    if (!s) return;
    setRereading(name);
    s.reread(name, encoding)
      .then(
        (next) => {
          const before = files.find((x) => x.name === name);
          setStage({ kind: 'mapping', files: files.map((x) => (x.name === name ? next : x)) });
          // Same headers: the person's mapping stays; new headers get their own suggestion.
          if (before?.headers.join('\u001f') !== next.headers.join('\u001f'))
            setMappings((m) => ({ ...m, [name]: next.mapping }));
          setDateOrder(null);
          setReadings((n) => n + 1);
        },
        (e: unknown) => {
          if (!(e instanceof ImportCancelled))
            setFailure(errorsOf(e).map(formatCsvError).join('\n'));
        },
      )
      .finally(() => setRereading(null));
  };

  const write = (files: ResultsFileSummary[], summary: ResultsPreviewSummary) => {
    const s = session.current;
    if (!s) return;
    // One transaction: it completes, or (on Cancel or failure) changes nothing.
    setStage({ kind: 'working', label: PHASE_LABELS.writing!, fraction: 0, writing: true });
    s.commit(files, mappings, summary, randomId()).then(
      () => {
        const c = summary.counts;
        const late = cancelRequested.current
          ? ' Cancel came after the write had finished; Undo removes the import.'
          : '';
        notify(
          'ok',
          `Imported results: ${c.new} new, ${c.updated} updated opportunities; ${c.unmatched} unmatched.${late}`,
        );
        onClose();
      },
      (e: unknown) => {
        if (e instanceof ImportCancelled && cancelRequested.current) {
          notify('info', 'Import cancelled while writing: nothing was written.');
          onClose();
          return;
        }
        setStage({ kind: 'failed', errors: errorsOf(e) });
      },
    );
  };

  const c = preview?.counts;
  return (
    // Escape cancels, except during the write (its Cancel waits for the abort).
    <ModalDialog
      className="cal-dialog wide"
      labelledBy="results-import-title"
      onClose={stage.kind === 'working' && stage.writing ? undefined : cancel}
    >
      <h2 id="results-import-title">Import results</h2>
      <p className="muted">{props.files.map((f) => f.name).join(', ')}</p>
      {stage.kind === 'working' && (
        <div className="import-working">
          <label>
            {stage.label}
            <progress aria-label="Import progress" max={1} value={stage.fraction} />
          </label>
          <button
            type="button"
            onClick={stage.writing ? cancelWrite : cancel}
            disabled={stage.cancelling}
          >
            Cancel
          </button>
        </div>
      )}
      {stage.kind === 'failed' && (
        <>
          <div role="alert" className="review-errors">
            <strong>Nothing was imported.</strong>
            <ul>
              {stage.errors.map((e, i) => (
                <li key={i}>{e.file ? formatCsvError(e) : e.message}</li>
              ))}
            </ul>
          </div>
          <div className="cal-dialog-actions">
            <span className="spacer" />
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
      {stage.kind === 'mapping' && (
        <>
          {stage.files.map((f) => (
            <MappingFileSection
              key={f.name}
              file={f}
              description={`${f.crm ? CRM_NAME[f.crm] : 'read as opportunities (the CRM is told from the ids)'}, ${count(f.rows)} rows${f.remembered ? ', with the mapping remembered from last time' : ''}`}
              mapping={mappings[f.name]}
              options={() => FIELD_OPTIONS}
              selectLabel={(h) => `Field for column ${h}`}
              busy={rereading !== null}
              onEncoding={(e) => pickEncoding(stage.files, f.name, e)}
              onField={(h, field) =>
                setMappings((m) => ({
                  ...m,
                  [f.name]: { ...m[f.name], [h]: field as OpportunityField | '' },
                }))
              }
            />
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
          {checking && (
            <p role="status" className="review-muted">
              {PHASE_LABELS.matching}…
            </p>
          )}
          {preview && <ResultsPreview preview={preview} />}
          <div className="cal-dialog-actions">
            <span className="spacer" />
            <button type="button" onClick={cancel}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              disabled={!preview?.canImport || checking || rereading !== null}
              onClick={() => preview && write(stage.files, preview)}
            >
              {preview && !preview.canImport
                ? 'Fix the problems to import'
                : `Import ${c ? count(c.new + c.updated) : ''} opportunities`}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
