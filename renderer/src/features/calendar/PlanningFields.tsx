/**
 * The motion editor's "Planning" part: what the auto-planner may change on this motion —
 * locked dates, the window it may move in, the share of its audience it keeps, and accounts it
 * never loses. "Default" leaves a constraint unset, so the motion follows the defaults
 * (dates locked once it runs, its fiscal quarter, 90%) like a motion nobody constrained.
 */
import type { AllowedWindow, MotionPlanning } from '../../../../shared/domain/types';
import {
  DEFAULT_MINIMUM_AUDIENCE_PERCENT,
  MAX_WINDOW_WEEKS,
} from '../../../../shared/motions/motionPlanning';
import { AccountListField } from './AccountListField';
import type { AccountData } from './calendarData';

interface Props {
  planning: MotionPlanning | undefined;
  data: AccountData | null;
  problem: string | undefined;
  onChange: (patch: Partial<MotionPlanning>) => void;
}

type WindowChoice = 'default' | 'month' | 'quarter' | 'weeks';

function windowChoice(window: AllowedWindow | undefined): WindowChoice {
  if (window === undefined) return 'default';
  return typeof window === 'string' ? window : 'weeks';
}

export function PlanningFields({ planning, data, problem, onChange }: Props) {
  const locked = planning?.lockedDates;
  const window = planning?.allowedWindow;
  const choice = windowChoice(window);
  const weeks = typeof window === 'object' ? window.weeks : 2;
  const setWindow = (next: WindowChoice, n = weeks) =>
    onChange({
      allowedWindow: next === 'default' ? undefined : next === 'weeks' ? { weeks: n } : next,
    });
  return (
    <fieldset className="cal-planning">
      <legend>Planning (what the auto-planner may change)</legend>
      <div className="cal-form-grid">
        <label className="cal-field">
          <span>Locked dates</span>
          <select
            value={locked === undefined ? 'default' : locked ? 'yes' : 'no'}
            onChange={(e) =>
              onChange({
                lockedDates: e.target.value === 'default' ? undefined : e.target.value === 'yes',
              })
            }
          >
            <option value="default">Default (locked once In Progress)</option>
            <option value="yes">Yes: the dates never move</option>
            <option value="no">No: the planner may move them</option>
          </select>
        </label>
        <label className="cal-field">
          <span>Allowed window</span>
          <select value={choice} onChange={(e) => setWindow(e.target.value as WindowChoice)}>
            <option value="default">Default (its fiscal quarter)</option>
            <option value="month">Its month</option>
            <option value="quarter">Its fiscal quarter</option>
            <option value="weeks">± weeks around its dates</option>
          </select>
        </label>
        {choice === 'weeks' && (
          <label className="cal-field">
            <span>Weeks either side</span>
            <input
              type="number"
              step={1}
              title={`0 to ${MAX_WINDOW_WEEKS}`}
              value={weeks}
              onChange={(e) => setWindow('weeks', Number(e.target.value))}
            />
          </label>
        )}
        <label className="cal-field">
          <span>Minimum audience (%)</span>
          <input
            // No min/max: the browser would block the save without saying why; validateMotion
            // names the problem next to the field instead.
            type="number"
            placeholder={`${DEFAULT_MINIMUM_AUDIENCE_PERCENT} (default)`}
            value={planning?.minimumAudiencePercent ?? ''}
            onChange={(e) =>
              onChange({
                minimumAudiencePercent: e.target.value === '' ? undefined : Number(e.target.value),
              })
            }
          />
        </label>
      </div>
      {problem && (
        <span className="cal-error" role="alert">
          {problem}
        </span>
      )}
      <AccountListField
        label="Never exclude"
        ids={planning?.neverExclude ?? []}
        data={data}
        onChange={(neverExclude) => onChange({ neverExclude })}
      />
    </fieldset>
  );
}
