/**
 * One file of an import's mapping step: its name and what it was read as, its encoding
 * (picker and a live preview of the first rows), its reading notices, and each header with a
 * sample value and the field it fills. The account import and the results import both show
 * their files this way; each passes its own fields.
 */
import type { EncodingSource, TextEncodingName } from '../../../../../shared/csv';
import { EncodingPicker } from '../../encoding/EncodingPicker';

/** What the section shows of a read file (both imports' file summaries fit). */
export interface MappedFile {
  name: string;
  headers: string[];
  sample: string[][];
  encoding: TextEncodingName;
  encodingSource: EncodingSource;
  encodingWarning: string | null;
  notices: string[];
}

export interface FieldOption {
  value: string;
  label: string;
}

export function MappingFileSection(props: {
  file: MappedFile;
  /** After the file's name: "Salesforce export, 1,204 rows, mapping remembered". */
  description: string;
  mapping: Readonly<Record<string, string>> | undefined;
  /** The fields a header can fill (a header may add its own, e.g. a custom field). */
  options: (header: string) => readonly FieldOption[];
  /** The accessible name of a header's field picker. */
  selectLabel: (header: string) => string;
  /** A file is being read again: the encoding picker waits. */
  busy: boolean;
  onEncoding: (encoding: TextEncodingName) => void;
  onField: (header: string, value: string) => void;
}) {
  const { file } = props;
  return (
    <section aria-label={`Columns of ${file.name}`}>
      <h3>
        {file.name} <span className="muted">— {props.description}</span>
      </h3>
      <EncodingPicker
        file={file.name}
        encoding={file.encoding}
        source={file.encodingSource}
        warning={file.encodingWarning}
        headers={file.headers}
        rows={file.sample}
        busy={props.busy}
        onPick={props.onEncoding}
      />
      {file.notices
        .filter((n) => n !== file.encodingWarning)
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
          {file.headers.map((h, i) => (
            <tr key={h}>
              <td>{h}</td>
              <td className="muted">{file.sample[0]?.[i] ?? ''}</td>
              <td>
                <select
                  aria-label={props.selectLabel(h)}
                  value={props.mapping?.[h] ?? ''}
                  onChange={(e) => props.onField(h, e.target.value)}
                >
                  {props.options(h).map((x) => (
                    <option key={x.value} value={x.value}>
                      {x.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
