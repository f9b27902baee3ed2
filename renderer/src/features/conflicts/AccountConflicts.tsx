/** One account's conflicts, in the order the sweep meets them, with a link to its timeline. */
import { useEffect, useState } from 'react';
import { windowText } from '../../../../shared/conflicts/wording';
import { localToday } from '../../../../shared/dates/calendarDate';
import type { Conflict } from '../../../../shared/conflicts';
import { askWorker, useConflictsStore } from './conflictsClient';
import type { AccountRow } from './conflictsProtocol';
import { RULE_LABELS } from './conflictFilters';

interface Props {
  accountId: string;
  onClose: () => void;
}

export function AccountConflicts({ accountId, onClose }: Props) {
  const summary = useConflictsStore((s) => s.summary);
  const [data, setData] = useState<{ account: AccountRow; conflicts: Conflict[] } | null>(null);
  useEffect(() => {
    let live = true;
    void askWorker('accountConflicts', { accountId })
      .then((d) => live && setData(d))
      .catch(() => live && setData(null));
    return () => {
      live = false;
    };
  }, [accountId, summary]);

  const name = data?.account.name || accountId;
  return (
    <section className="conflict-detail" aria-label={`Conflicts of ${name}`}>
      <header>
        <h2>{name}</h2>
        <button type="button" onClick={onClose} aria-label="Close account conflicts">
          ×
        </button>
      </header>
      <p>
        <a href={`#/calendar?account=${encodeURIComponent(accountId)}`}>
          Open the account’s timeline
        </a>
      </p>
      {data ? (
        <ol className="conflict-timeline">
          {[...data.conflicts]
            .sort((a, b) => a.window.first.localeCompare(b.window.first))
            .map((c) => (
              <li key={c.id}>
                <span className={`sev sev-${c.severity}`}>{c.severity}</span>{' '}
                <strong>{windowText(c.window, Number(localToday().slice(0, 4)))}</strong>{' '}
                {RULE_LABELS[c.rule]} — {c.explanation}
              </li>
            ))}
        </ol>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}
