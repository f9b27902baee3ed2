/**
 * The encoding of one imported file, in the mapping step: what it was read as (detected,
 * by its BOM, or chosen), a picker of every encoding the import reads, and the header and
 * first rows as that encoding decodes them, so a wrong reading ("Îàî Ãàçïðîì") shows at a
 * glance. Picking another encoding reads the file again; the preview follows at once.
 */
import {
  TEXT_ENCODINGS,
  encodingLabel,
  type EncodingSource,
  type TextEncodingName,
} from '../../../../shared/csv';
import './encoding.css';

const HOW: Record<EncodingSource, string> = {
  bom: 'marked in the file',
  'utf-8': 'valid UTF-8',
  detected: 'detected',
  chosen: 'chosen',
};

export function EncodingPicker(props: {
  file: string;
  encoding: TextEncodingName;
  source: EncodingSource;
  /** The notice saying the text looks wrong in this encoding, if it does. */
  warning: string | null;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  busy?: boolean;
  onPick: (encoding: TextEncodingName) => void;
}) {
  // A UTF-8 file with a BOM is UTF-8 to the person; the import keeps the BOM's meaning.
  const value = props.encoding === 'utf-8-bom' ? 'utf-8' : props.encoding;
  return (
    <div className="encoding-picker">
      <label>
        Encoding{' '}
        <select
          aria-label={`Encoding of ${props.file}`}
          value={value}
          disabled={props.busy}
          onChange={(e) => props.onPick(e.target.value as TextEncodingName)}
        >
          {TEXT_ENCODINGS.map((e) => (
            <option key={e.name} value={e.name}>
              {e.label}
            </option>
          ))}
        </select>
      </label>{' '}
      <span className="muted">
        {encodingLabel(props.encoding)}, {HOW[props.source]}
      </span>
      {props.warning && (
        <p role="alert" className="encoding-warning">
          {props.warning}
        </p>
      )}
      <table className="encoding-preview" aria-label={`First rows of ${props.file}`}>
        <thead>
          <tr>
            {props.headers.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, r) => (
            <tr key={r}>
              {props.headers.map((_, i) => (
                <td key={i}>{row[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
