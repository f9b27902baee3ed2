/**
 * Importing a motion CSV (Salesforce campaign export or the workbench's own file): the
 * file's encoding (picker and live preview of the first rows), the date-order question when
 * a date column cannot show its order, then the preview — new and updated motions and every
 * rejected cell by row, column and value. Import is offered only for a clean file and writes
 * it all in one commit.
 */
import { useMemo, useState } from 'react';
import { formatCsvError, type TextEncodingName } from '../../../../shared/csv';
import type { DateOrder, DateOrderSetting } from '../../../../shared/dates/dateOrder';
import type { Account, Motion } from '../../../../shared/domain/types';
import { randomId } from '../../../../shared/domain/ids';
import {
  previewMotionImport,
  type MotionImportPreview,
} from '../../../../shared/motions/importMotions';
import { EncodingPicker } from '../encoding/EncodingPicker';
import { Dialog } from './Dialog';
import { DateOrderQuestion } from './DateOrderQuestion';
import { applyMotionImport } from './calendarActions';
import { useUiStore } from '../../store/uiStore';

/** A picked file and what its preview is checked against. */
export interface MotionImportSource {
  name: string;
  bytes: Uint8Array;
  accounts: readonly Account[];
  motions: readonly Motion[];
}

interface Props {
  source: MotionImportSource;
  dateOrderSetting: DateOrderSetting;
  onClose: () => void;
}

const MAX_SHOWN = 200;

function readPreview(
  source: MotionImportSource,
  dateOrderSetting: DateOrderSetting,
  encoding: TextEncodingName | null,
  dateOrder: DateOrder | null,
): MotionImportPreview {
  return previewMotionImport(source.name, source.bytes, {
    accounts: source.accounts,
    motions: source.motions,
    newId: randomId,
    now: new Date().toISOString(),
    dateOrderSetting,
    ...(encoding ? { encoding } : {}),
    ...(dateOrder ? { dateOrder } : {}),
  });
}

export function ImportMotionsDialog({ source, dateOrderSetting, onClose }: Props) {
  const [busy, setBusy] = useState(false);
  const [encoding, setEncoding] = useState<TextEncodingName | null>(null);
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  // Read without the answer first: that is what says whether there is a question at all,
  // and the question stays on screen after it is answered, so the answer can be changed.
  const unanswered = useMemo(
    () => readPreview(source, dateOrderSetting, encoding, null),
    [source, dateOrderSetting, encoding],
  );
  const question = unanswered.dateQuestion;
  const preview = useMemo(
    () =>
      question && dateOrder
        ? readPreview(source, dateOrderSetting, encoding, dateOrder)
        : unanswered,
    [unanswered, question, dateOrder, source, dateOrderSetting, encoding],
  );
  const { counts, errors } = preview;
  const shownEncoding = preview.encoding ?? encoding;

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
      {shownEncoding && (
        <EncodingPicker
          file={source.name}
          encoding={shownEncoding}
          source={preview.encodingSource ?? 'chosen'}
          warning={preview.encodingWarning}
          headers={preview.headers}
          rows={preview.sample}
          onPick={(e) => {
            setEncoding(e);
            // Another reading may show other dates: the question is asked again if it still stands.
            setDateOrder(null);
          }}
        />
      )}
      {question && (
        <DateOrderQuestion question={question} answer={dateOrder} onAnswer={setDateOrder} />
      )}
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
      {preview.notices
        .filter((n) => n !== preview.encodingWarning)
        .map((n) => (
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
