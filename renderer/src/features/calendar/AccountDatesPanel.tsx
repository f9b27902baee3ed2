/**
 * The motion editor's "Per-account dates" part: the waves and hand-overs a staggered or
 * handed-over motion runs on (Motion.accountDates, written when a planner proposal is
 * accepted or a motion CSV is imported), said in a sentence and listed account by account, and
 * a button that gives every account the motion's dates again. Clearing changes the draft only:
 * Save writes it as one undo step with the rest of the edit, Cancel keeps the dates.
 */
import type { Motion } from '../../../../shared/domain/types';
import { formatShortDate } from '../../../../shared/dates/parseUserDate';
import {
  accountDatesSentences,
  summarizeAccountDates,
} from '../../../../shared/motions/accountDatesSummary';
import type { AccountData } from './calendarData';

/** Rows listed; a motion staggered over thousands of accounts says how many more. */
const MAX_ROWS = 200;

interface Props {
  /** The dates as saved, so a cleared draft can offer them back. */
  saved: Motion['accountDates'];
  draft: Pick<Motion, 'start' | 'end' | 'accountDates'>;
  data: AccountData | null;
  onChange: (accountDates: Motion['accountDates']) => void;
}

export function AccountDatesPanel({ saved, draft, data, onChange }: Props) {
  const summary = summarizeAccountDates(draft);
  const entries = Object.entries(draft.accountDates ?? {});
  if (entries.length === 0) {
    if (!saved || Object.keys(saved).length === 0) return null;
    return (
      <fieldset className="cal-account-dates">
        <legend>Per-account dates</legend>
        <p role="status">
          Cleared: once saved, every account runs on the motion&rsquo;s dates.{' '}
          <button type="button" onClick={() => onChange(saved)}>
            Keep per-account dates
          </button>
        </p>
      </fieldset>
    );
  }
  const nameOf = (id: string) => {
    const a = data?.byId.get(id);
    if (!a) return data ? 'Deleted account' : id;
    return a.domain ? `${a.name} (${a.domain})` : a.name;
  };
  const rows = entries
    .map(([id, own]) => ({ id, start: own.start ?? '', end: own.end ?? '' }))
    .sort((a, b) =>
      a.start !== b.start
        ? a.start < b.start
          ? -1
          : 1
        : a.end < b.end
          ? -1
          : a.end > b.end
            ? 1
            : 0,
    );
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <fieldset className="cal-account-dates">
      <legend>Per-account dates ({entries.length.toLocaleString('en-US')} accounts)</legend>
      {accountDatesSentences(draft, summary).map((s) => (
        <p key={s}>{s}</p>
      ))}
      <div className="cal-account-dates-list">
        <table aria-label="Accounts with dates of their own">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Starts</th>
              <th scope="col">Ends</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id}>
                <td>{nameOf(r.id)}</td>
                <td>{r.start ? formatShortDate(r.start) : 'with the motion'}</td>
                <td>{r.end ? formatShortDate(r.end) : 'with the motion'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > shown.length && (
          <p className="cal-notice">
            and {(rows.length - shown.length).toLocaleString('en-US')} more (the motion CSV&rsquo;s
            &ldquo;Account dates&rdquo; column lists them all)
          </p>
        )}
      </div>
      <button type="button" onClick={() => onChange(undefined)}>
        Clear per-account dates
      </button>
    </fieldset>
  );
}
