/**
 * The column mapping screen: per file, its encoding (picker and a live preview of the first
 * rows) and each header with a sample value and the field it fills; then the values of
 * number columns that are not numbers, to treat as empty or leave as bad numbers.
 */
import {
  IMPORT_FIELDS,
  emptyValueChoices,
  mappingProblems,
  type ColumnMap,
} from '../../../../../shared/accounts';
import type { TextEncodingName } from '../../../../../shared/csv';
import { EncodingPicker } from '../../encoding/EncodingPicker';
import { EmptyValuesChoice } from './EmptyValuesChoice';
import type { FileSummary } from './importProtocol';

const SOURCE_LABEL = {
  salesforce: 'Salesforce export',
  hubspot: 'HubSpot export',
  unknown: 'CSV file',
};

export function MappingStep(props: {
  files: FileSummary[];
  mappings: Record<string, ColumnMap>;
  onChange: (m: Record<string, ColumnMap>) => void;
  emptyValues: string[];
  onEmptyValues: (values: string[]) => void;
  onEncoding: (file: string, encoding: TextEncodingName) => void;
  /** The file being read again in a picked encoding, while it is. */
  rereading: string | null;
  /** Why the last picked encoding could not be used (the file as it was stays). */
  rereadErrors: string[];
  onCancel: () => void;
  onNext: () => void;
}) {
  const problems = props.files.flatMap((f) =>
    mappingProblems(props.mappings[f.name] ?? f.mapping).map((p) => `${f.name}: ${p}`),
  );
  const choices = emptyValueChoices(
    props.files.map((f) => ({
      name: f.name,
      nonNumeric: f.nonNumeric,
      mapping: props.mappings[f.name] ?? f.mapping,
    })),
  );
  const set = (file: string, header: string, target: string) =>
    props.onChange({ ...props.mappings, [file]: { ...props.mappings[file], [header]: target } });
  return (
    <div className="mapping-step">
      {props.files.map((f) => (
        <section key={f.name} aria-label={`Columns of ${f.name}`}>
          <h3>
            {f.name}{' '}
            <span className="muted">
              — {SOURCE_LABEL[f.source]}, {f.rows.toLocaleString()} rows
              {f.remembered ? ', mapping remembered' : ''}
            </span>
          </h3>
          <EncodingPicker
            file={f.name}
            encoding={f.encoding}
            source={f.encodingSource}
            warning={f.encodingWarning}
            headers={f.headers}
            rows={f.sample}
            busy={props.rereading !== null}
            onPick={(e) => props.onEncoding(f.name, e)}
          />
          {f.notices
            .filter((n) => n !== f.encodingWarning)
            .map((n) => (
              <p key={n} className="notice" role="status">
                {n}
              </p>
            ))}
          <table className="mapping-table">
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">First value</th>
                <th scope="col">Imports as</th>
              </tr>
            </thead>
            <tbody>
              {f.headers.map((h, i) => (
                <tr key={h}>
                  <td>{h}</td>
                  <td className="muted">{f.sample[0]?.[i] ?? ''}</td>
                  <td>
                    <select
                      aria-label={`Import column ${h} as`}
                      value={props.mappings[f.name]?.[h] ?? ''}
                      onChange={(e) => set(f.name, h, e.target.value)}
                    >
                      {IMPORT_FIELDS.map((x) => (
                        <option key={x.field} value={x.field}>
                          {x.label}
                        </option>
                      ))}
                      <option value={`custom:${h}`}>Custom field “{h}”</option>
                      <option value="">Ignore</option>
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <EmptyValuesChoice
        choices={choices}
        selected={props.emptyValues}
        onChange={props.onEmptyValues}
      />
      {props.rereadErrors.length > 0 && (
        <ul role="alert" className="import-errors">
          {props.rereadErrors.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <ul role="alert" className="import-errors">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={problems.length > 0 || props.rereading !== null}
          onClick={props.onNext}
        >
          Preview import
        </button>
      </div>
    </div>
  );
}
