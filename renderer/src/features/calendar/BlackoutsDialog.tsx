/**
 * Blackout windows: for one account (open negotiation, escalation), a segment, or everyone
 * (holidays), each with a reason. Listed, added, edited and deleted here; each save is a commit.
 */
import { useState } from 'react';
import type { Blackout, IsoDate } from '../../../../shared/domain/types';
import { randomId } from '../../../../shared/domain/ids';
import { addDays } from '../../../../shared/dates/calendarDate';
import { formatDateRange } from '../../../../shared/dates/parseUserDate';
import { validateBlackout } from '../../../../shared/motions/validateMotion';
import { AccountListField } from './AccountListField';
import { Dialog } from './Dialog';
import { deleteBlackout, saveBlackout } from './calendarActions';
import type { AccountData } from './calendarData';
import { blackoutScopeLabel } from './TimelineChrome';

interface Props {
  blackouts: Blackout[];
  data: AccountData | null;
  today: IsoDate;
  onClose: () => void;
}

export function BlackoutsDialog({ blackouts, data, today, onClose }: Props) {
  const [draft, setDraft] = useState<Blackout | null>(null);
  const [isNew, setIsNew] = useState(false);
  const [tried, setTried] = useState(false);
  const problems = draft ? validateBlackout(draft) : [];
  const sorted = [...blackouts].sort((a, b) => (a.start < b.start ? -1 : 1));

  const startNew = () => {
    setDraft({
      id: randomId(),
      scope: { kind: 'everyone' },
      start: today,
      end: addDays(today, 1),
      reason: '',
    });
    setIsNew(true);
    setTried(false);
  };
  const save = async () => {
    if (!draft) return;
    if (problems.length > 0) return setTried(true);
    await saveBlackout({ ...draft, reason: draft.reason.trim() }, isNew);
    setDraft(null);
  };
  const scopeKind = draft?.scope.kind ?? 'everyone';

  return (
    <Dialog title="Blackout windows" onClose={onClose} wide>
      <table className="cal-table">
        <thead>
          <tr>
            <th>Who</th>
            <th>When</th>
            <th>Reason</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {sorted.map((b) => (
            <tr key={b.id}>
              <td>{blackoutScopeLabel(b, data?.byId ?? null)}</td>
              <td>{formatDateRange(b.start, b.end)}</td>
              <td>{b.reason}</td>
              <td>
                <button
                  type="button"
                  onClick={() => {
                    setDraft(b);
                    setIsNew(false);
                    setTried(false);
                  }}
                >
                  Edit
                </button>{' '}
                <button
                  type="button"
                  onClick={() => void deleteBlackout(b)}
                  aria-label={`Delete blackout ${b.reason}`}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
          {sorted.length === 0 && (
            <tr>
              <td colSpan={4}>No blackouts yet.</td>
            </tr>
          )}
        </tbody>
      </table>
      {draft ? (
        <form
          className="cal-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          aria-label="Blackout"
        >
          <div className="cal-form-grid">
            <label className="cal-field">
              <span>Covers</span>
              <select
                value={scopeKind}
                onChange={(e) => {
                  const kind = e.target.value;
                  setDraft({
                    ...draft,
                    scope:
                      kind === 'segment'
                        ? { kind, segment: '' }
                        : kind === 'account'
                          ? { kind, accountId: '' }
                          : { kind: 'everyone' },
                  });
                }}
              >
                <option value="everyone">Everyone</option>
                <option value="segment">A segment</option>
                <option value="account">One account</option>
              </select>
            </label>
            {draft.scope.kind === 'segment' && (
              <label className="cal-field">
                <span>Segment</span>
                <input
                  value={draft.scope.segment}
                  onChange={(e) =>
                    setDraft({ ...draft, scope: { kind: 'segment', segment: e.target.value } })
                  }
                />
              </label>
            )}
            <label className="cal-field">
              <span>Blackout start</span>
              <input
                type="date"
                value={draft.start}
                onChange={(e) => setDraft({ ...draft, start: e.target.value })}
              />
            </label>
            <label className="cal-field">
              <span>Blackout end</span>
              <input
                type="date"
                value={draft.end}
                onChange={(e) => setDraft({ ...draft, end: e.target.value })}
              />
            </label>
            <label className="cal-field">
              <span>Reason</span>
              <input
                value={draft.reason}
                onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
                placeholder="Open negotiation, holiday…"
              />
            </label>
          </div>
          {draft.scope.kind === 'account' && (
            <AccountListField
              label="Account"
              ids={draft.scope.accountId ? [draft.scope.accountId] : []}
              data={data}
              onChange={(ids) =>
                setDraft({ ...draft, scope: { kind: 'account', accountId: ids.at(-1) ?? '' } })
              }
            />
          )}
          {tried &&
            problems.map((p) => (
              <p key={p.field + p.message} className="cal-error" role="alert">
                {p.message}
              </p>
            ))}
          <div className="cal-dialog-actions">
            <span className="spacer" />
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
            <button type="submit" className="primary">
              {isNew ? 'Add blackout' : 'Save blackout'}
            </button>
          </div>
        </form>
      ) : (
        <div className="cal-dialog-actions">
          <button type="button" onClick={startNew}>
            New blackout
          </button>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </Dialog>
  );
}
