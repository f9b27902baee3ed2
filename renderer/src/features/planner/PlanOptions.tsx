/** The planner's options: the moves it may use and the rule that picks the side that keeps an account. */
import type { PlannerMove } from '../../../../shared/planner';
import {
  MOVE_LABELS,
  PLANNER_MOVES,
  PRIMARY_RULE_LABELS,
  PRIMARY_RULE_NAMES,
  withMove,
  type PlanChoices,
} from './planOptions';

interface Props {
  choices: PlanChoices;
  disabled: boolean;
  onChange: (choices: PlanChoices) => void;
}

export function PlanOptions({ choices, disabled, onChange }: Props) {
  const toggle = (move: PlannerMove, on: boolean) =>
    onChange({ ...choices, moves: withMove(choices.moves, move, on) });
  return (
    <div className="plan-options">
      <fieldset disabled={disabled}>
        <legend>Moves the planner may use (a workspace setting)</legend>
        {PLANNER_MOVES.map((m) => (
          <label key={m}>
            <input
              type="checkbox"
              checked={choices.moves.includes(m)}
              onChange={(e) => toggle(m, e.target.checked)}
            />
            {MOVE_LABELS[m]}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={disabled}>
        <legend>When it sets a primary team, the side that keeps the account</legend>
        {PRIMARY_RULE_NAMES.map((r) => (
          <label key={r}>
            <input
              type="radio"
              name="primary-rule"
              checked={choices.primaryRule === r}
              onChange={() => onChange({ ...choices, primaryRule: r })}
            />
            {PRIMARY_RULE_LABELS[r]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
