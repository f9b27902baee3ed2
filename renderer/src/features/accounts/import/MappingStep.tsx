/** The column mapping screen: each header, a sample value, and the field it fills. */
import { IMPORT_FIELDS, mappingProblems, type ColumnMap } from '../../../../../shared/accounts';
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
  onCancel: () => void;
  onNext: () => void;
}) {
  const problems = props.files.flatMap((f) =>
    mappingProblems(props.mappings[f.name] ?? f.mapping).map((p) => `${f.name}: ${p}`),
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
              — {SOURCE_LABEL[f.source]}, {f.rows.toLocaleString()} rows, {f.encoding}
              {f.remembered ? ', mapping remembered' : ''}
            </span>
          </h3>
          {f.notices.map((n) => (
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
          disabled={problems.length > 0}
          onClick={props.onNext}
        >
          Preview import
        </button>
      </div>
    </div>
  );
}
