/**
 * The column mapping screen: per file, its encoding (picker and a live preview of the first
 * rows) and each header with a sample value and the field it fills (MappingFileSection, which
 * the results import shares); then the values of number columns that are not numbers, to
 * treat as empty or leave as bad numbers.
 */
import {
  IMPORT_FIELDS,
  emptyValueChoices,
  mappingProblems,
  type ColumnMap,
} from '../../../../../shared/accounts';
import type { TextEncodingName } from '../../../../../shared/csv';
import { EmptyValuesChoice } from './EmptyValuesChoice';
import type { FileSummary } from './importProtocol';
import { MappingFileSection, type FieldOption } from './MappingFileSection';

const SOURCE_LABEL = {
  salesforce: 'Salesforce export',
  hubspot: 'HubSpot export',
  unknown: 'CSV file',
};

/** Every account field, the header as a custom field of its own name, or nothing. */
const fieldOptions = (header: string): FieldOption[] => [
  ...IMPORT_FIELDS.map((x) => ({ value: x.field, label: x.label })),
  { value: `custom:${header}`, label: `Custom field “${header}”` },
  { value: '', label: 'Ignore' },
];

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
        <MappingFileSection
          key={f.name}
          file={f}
          description={`${SOURCE_LABEL[f.source]}, ${f.rows.toLocaleString()} rows${f.remembered ? ', mapping remembered' : ''}`}
          mapping={props.mappings[f.name]}
          options={fieldOptions}
          selectLabel={(h) => `Import column ${h} as`}
          busy={props.rereading !== null}
          onEncoding={(e) => props.onEncoding(f.name, e)}
          onField={(h, target) => set(f.name, h, target)}
        />
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
