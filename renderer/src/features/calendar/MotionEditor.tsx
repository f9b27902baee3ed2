/**
 * Create or edit a motion: every field, the audience, its per-account dates (waves and
 * hand-overs, which can be cleared), the planning constraints, and per-field problems from
 * validateMotion. Saving is one commit; duplicate and delete are offered for saved motions.
 */
import { useState, type ReactNode } from 'react';
import {
  CHANNELS,
  MOTION_KINDS,
  MOTION_STATUSES,
  TEAMS,
  type Motion,
  type MotionKind,
} from '../../../../shared/domain/types';
import { KIND_DEFAULTS } from '../../../../shared/motions/motionDefaults';
import { withPlanning } from '../../../../shared/motions/motionPlanning';
import { validateMotion, type MotionField } from '../../../../shared/motions/validateMotion';
import { AccountDatesPanel } from './AccountDatesPanel';
import { AudienceFields } from './AudienceFields';
import { Dialog } from './Dialog';
import { PlanningFields } from './PlanningFields';
import { deleteMotion, duplicate, saveMotion } from './calendarActions';
import type { AccountData } from './calendarData';

interface Props {
  motion: Motion;
  isNew: boolean;
  data: AccountData | null;
  onClose: () => void;
}

/** The motion with these per-account dates; none: the field is dropped, not left empty. */
function withAccountDates(motion: Motion, accountDates: Motion['accountDates']): Motion {
  const { accountDates: _old, ...rest } = motion;
  return accountDates && Object.keys(accountDates).length > 0 ? { ...rest, accountDates } : rest;
}

export function MotionEditor({ motion, isNew, data, onClose }: Props) {
  const [draft, setDraft] = useState<Motion>(motion);
  const [showProblems, setShowProblems] = useState(false);
  const problems = validateMotion(draft);
  const problemOf = (field: MotionField) => problems.find((p) => p.field === field)?.message;
  const set = (patch: Partial<Motion>) => setDraft((d) => ({ ...d, ...patch }));

  const field = (name: MotionField, label: string, input: ReactNode) => {
    const problem = showProblems ? problemOf(name) : undefined;
    return (
      <label className="cal-field">
        <span>{label}</span>
        {input}
        {problem && (
          <span className="cal-error" role="alert">
            {problem}
          </span>
        )}
      </label>
    );
  };

  const save = async () => {
    if (problems.length > 0) {
      setShowProblems(true);
      return;
    }
    await saveMotion({ ...draft, name: draft.name.trim() }, isNew);
    onClose();
  };

  const changeKind = (kind: MotionKind) => {
    // A new motion follows its kind's usual channel and team until the user picks otherwise.
    if (isNew) set({ kind, channel: KIND_DEFAULTS[kind].channel, team: KIND_DEFAULTS[kind].team });
    else set({ kind });
  };

  return (
    <Dialog title={isNew ? 'New motion' : `Edit ${motion.name}`} onClose={onClose} wide>
      <form
        className="cal-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="cal-form-grid">
          {field(
            'name',
            'Name',
            <input value={draft.name} onChange={(e) => set({ name: e.target.value })} required />,
          )}
          {field(
            'kind',
            'Kind',
            <select value={draft.kind} onChange={(e) => changeKind(e.target.value as MotionKind)}>
              {MOTION_KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>,
          )}
          {field(
            'team',
            'Team',
            <select
              value={draft.team}
              onChange={(e) => set({ team: e.target.value as Motion['team'] })}
            >
              {TEAMS.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>,
          )}
          {field(
            'channel',
            'Channel',
            <select
              value={draft.channel}
              onChange={(e) => set({ channel: e.target.value as Motion['channel'] })}
            >
              {CHANNELS.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>,
          )}
          {field(
            'start',
            'Start',
            <input
              type="date"
              value={draft.start}
              onChange={(e) => set({ start: e.target.value })}
            />,
          )}
          {field(
            'end',
            'End',
            <input type="date" value={draft.end} onChange={(e) => set({ end: e.target.value })} />,
          )}
          {field(
            'touchesPerWeek',
            'Touches per week',
            <input
              type="number"
              min={0}
              step={0.5}
              value={draft.touchesPerWeek}
              onChange={(e) =>
                set({ touchesPerWeek: e.target.value === '' ? 0 : Number(e.target.value) })
              }
            />,
          )}
          {field(
            'status',
            'Status',
            <select
              value={draft.status}
              onChange={(e) => set({ status: e.target.value as Motion['status'] })}
            >
              {MOTION_STATUSES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>,
          )}
          {field(
            'theme',
            'Messaging theme',
            <input value={draft.theme} onChange={(e) => set({ theme: e.target.value })} />,
          )}
          {field(
            'budget',
            'Budget',
            <input
              type="number"
              min={0}
              value={draft.budget ?? ''}
              onChange={(e) =>
                set({ budget: e.target.value === '' ? null : Number(e.target.value) })
              }
            />,
          )}
          {field(
            'owner',
            'Owner',
            <input value={draft.owner} onChange={(e) => set({ owner: e.target.value })} />,
          )}
          {field(
            'parentProgram',
            'Parent program',
            <input
              value={draft.parentProgram}
              onChange={(e) => set({ parentProgram: e.target.value })}
            />,
          )}
          {field(
            'color',
            'Colour',
            <input
              type="color"
              value={draft.color || '#3b82f6'}
              onChange={(e) => set({ color: e.target.value })}
            />,
          )}
        </div>
        <AudienceFields
          audience={draft.audience}
          data={data}
          onChange={(audience) => set({ audience })}
        />
        <AccountDatesPanel
          saved={motion.accountDates}
          draft={draft}
          data={data}
          onChange={(accountDates) => setDraft((d) => withAccountDates(d, accountDates))}
        />
        <PlanningFields
          planning={draft.planning}
          data={data}
          problem={showProblems ? problemOf('planning') : undefined}
          onChange={(patch) => setDraft((d) => withPlanning(d, patch))}
        />
        {showProblems && problems.length > 0 && (
          <p className="cal-error" role="alert">
            Fix {problems.length} problem(s) before saving.
          </p>
        )}
        <div className="cal-dialog-actions">
          {!isNew && (
            <>
              <button type="button" onClick={() => void duplicate(motion).then(onClose)}>
                Duplicate
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => void deleteMotion(motion).then(onClose)}
              >
                Delete
              </button>
            </>
          )}
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            {isNew ? 'Create motion' : 'Save motion'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
