/**
 * The planner's options: the moves it may use, the rule that picks the side that keeps an
 * account, and the day it plans from (today unless the user re-plans from an earlier day).
 */
import type { IsoDate } from '../../../../shared/domain/types';
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
  /** The window's local date. */
  today: IsoDate;
  /** The first day of the current fiscal quarter, offered as an earlier day to plan from. */
  quarterStart: IsoDate;
}

export function PlanOptions({ choices, disabled, onChange, today, quarterStart }: Props) {
  const from = choices.planFrom ?? today;
  const setFrom = (day: IsoDate | null) =>
    onChange({ ...choices, planFrom: day === null || day === today ? null : day });
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
      <fieldset disabled={disabled} className="plan-from">
        <legend>Plan from</legend>
        <label>
          First day the plan may change{' '}
          <input
            type="date"
            value={from}
            max={today}
            onChange={(e) =>
              setFrom(/^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)
            }
          />
        </label>
        <p className="muted">
          {from === today
            ? 'Today: no date before it is proposed, and a motion that started before it keeps its dates.'
            : 'An earlier day than today: the plan may change dates already past (a what-if for a quarter under way).'}{' '}
          {from !== today ? (
            <button type="button" className="link" onClick={() => setFrom(null)}>
              Plan from today
            </button>
          ) : (
            quarterStart < today && (
              <button type="button" className="link" onClick={() => setFrom(quarterStart)}>
                Plan from the quarter’s start
              </button>
            )
          )}
        </p>
      </fieldset>
    </div>
  );
}
