/**
 * The grouped list: one row per rule and motion pair (or motion and blackout, or week), with
 * its account count and window — "Q1 nurture ↔ AE outbound: 3,412 accounts, Feb 3 – Feb 21".
 * Long lists show the first rows and grow on demand; only those are made into rows.
 *
 * The rows of a page are mounted ROWS_PER_STEP at a time, a step per task: at 100,000 accounts
 * the first 200 rows mounted at once were one frame of 80–100 ms (their render and the
 * table's layout), the Conflicts view's last long task after a plan's Accept (issue 15).
 * Memoised: the view's renders for anything else (a live table's news) leave the rows alone.
 */
import { memo, useEffect, useState } from 'react';
import { windowText } from '../../../../shared/conflicts/wording';
import { localToday } from '../../../../shared/dates/calendarDate';
import { countOf } from '../../../../shared/text/countOf';
import {
  RULE_LABELS,
  RULE_SHORT_LABELS,
  shownRows,
  type ShownGroup,
  type ShownList,
} from './conflictFilters';

const PAGE = 200;
/** Rows mounted at first and added each task until the page's rows are all in. */
export const ROWS_PER_STEP = 40;

interface Props {
  list: ShownList;
  /** True while a big list is filtered: an empty list says so rather than "No conflicts". */
  listing?: boolean;
  selectedId: string | null;
  onOpen: (group: ShownGroup) => void;
}

export const GroupList = memo(function GroupList({
  list,
  listing = false,
  selectedId,
  onOpen,
}: Props) {
  const [shown, setShown] = useState(PAGE);
  const [mounted, setMounted] = useState(ROWS_PER_STEP);
  const thisYear = Number(localToday().slice(0, 4));
  const total = list.groups.length;
  const wanted = Math.min(shown, total);
  useEffect(() => {
    if (mounted >= wanted) return;
    const timer = setTimeout(() => setMounted(Math.min(wanted, mounted + ROWS_PER_STEP)), 0);
    return () => clearTimeout(timer);
  }, [mounted, wanted]);
  if (total === 0) {
    return listing ? (
      <p className="conflicts-empty muted" role="status" aria-busy="true">
        Listing conflicts…
      </p>
    ) : (
      <p className="conflicts-empty">No conflicts match.</p>
    );
  }
  return (
    <>
      <table className="conflicts-table" aria-label="Conflicts by motion pair" aria-busy={listing}>
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Rule</th>
            <th scope="col" className="conflict-title">
              Conflict
            </th>
            <th scope="col">Accounts</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {shownRows(list, 0, Math.min(shown, mounted)).map((g) => (
            <tr
              key={g.id}
              aria-selected={g.id === selectedId}
              className={g.accepted ? 'accepted' : ''}
            >
              <td>
                <span className={`sev sev-${g.severity}`}>{g.severity}</span>
              </td>
              <td>
                <abbr title={RULE_LABELS[g.rule]} aria-label={RULE_LABELS[g.rule]}>
                  {RULE_SHORT_LABELS[g.rule]}
                </abbr>
              </td>
              <td className="conflict-title">
                <span className="conflict-title-line">
                  <button type="button" className="link" title={g.title} onClick={() => onOpen(g)}>
                    {g.title}
                  </button>
                  {g.accepted && <span className="conflict-accepted-tag">Accepted</span>}
                </span>
              </td>
              <td className="num">{countOf(g.shownCount, 'account')}</td>
              <td>{windowText(g.window, thisYear)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show more ({(total - shown).toLocaleString()} left)
        </button>
      )}
    </>
  );
});
