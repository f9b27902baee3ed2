/**
 * The mapping step's "treat as empty" choice: the distinct values that are not numbers in
 * the columns now mapped to number fields ('n/a', '-', 'unknown'). Unticked, each is a bad
 * number reported on its row; ticked, the import reads it as no value.
 */
import type { EmptyValueChoice } from '../../../../../shared/accounts';

export function EmptyValuesChoice(props: {
  choices: EmptyValueChoice[];
  /** The ticked values, compared without case. */
  selected: readonly string[];
  onChange: (values: string[]) => void;
}) {
  if (props.choices.length === 0) return null;
  const ticked = new Set(props.selected.map((v) => v.toLowerCase()));
  const toggle = (value: string, on: boolean) =>
    props.onChange(
      on
        ? [...props.selected, value]
        : props.selected.filter((v) => v.toLowerCase() !== value.toLowerCase()),
    );
  return (
    <fieldset className="empty-values">
      <legend>Values that are not numbers</legend>
      <p className="muted">
        Unticked, each row holding one is rejected as a bad number. Tick the ones that mean “no
        value” to import them as empty.
      </p>
      {props.choices.map((c) => (
        <label key={c.value.toLowerCase()} className="empty-value">
          <input
            type="checkbox"
            checked={ticked.has(c.value.toLowerCase())}
            onChange={(e) => toggle(c.value, e.target.checked)}
          />{' '}
          Treat “{c.value}” as empty{' '}
          <span className="muted">
            ({c.count.toLocaleString()} {c.count === 1 ? 'cell' : 'cells'}: {c.places.join('; ')})
          </span>
        </label>
      ))}
    </fieldset>
  );
}
