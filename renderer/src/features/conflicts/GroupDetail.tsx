/**
 * One group opened: what it is, the resolutions (each one undo step), accepting with a note,
 * and the accounts behind it — each opening its own conflicts and calendar timeline.
 */
import { useEffect, useState } from 'react';
import { windowText } from '../../../../shared/conflicts/wording';
import { localToday } from '../../../../shared/dates/calendarDate';
import { countOf } from '../../../../shared/text/countOf';
import type { ConflictGroup, Resolution } from '../../../../shared/conflicts';
import type { ConflictAcceptance } from '../../../../shared/domain/types';
import { useUiStore } from '../../store/uiStore';
import { askWorker, useConflictsStore } from './conflictsClient';
import type { GroupAccountsReply } from './conflictsProtocol';
import { RULE_LABELS, type ShownGroup } from './conflictFilters';
import { applyResolution, withdrawAcceptance } from './resolutionActions';
import { ResolutionList } from './ResolutionList';
import type { PreviewTally } from './previewTally';

const ACCOUNT_ROWS = 100;

interface Props {
  group: ShownGroup;
  tiers: number[] | null;
  acceptance: ConflictAcceptance | null;
  onAccount: (accountId: string) => void;
  onClose: () => void;
}

export function GroupDetail({ group, tiers, acceptance, onAccount, onClose }: Props) {
  const summary = useConflictsStore((s) => s.summary);
  const notify = useUiStore((s) => s.notify);
  const [full, setFull] = useState<ConflictGroup | null>(null);
  const [accounts, setAccounts] = useState<GroupAccountsReply | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void Promise.all([
      askWorker('group', { ref: group.ref, rule: group.rule }),
      askWorker('groupAccounts', { ref: group.ref, tiers, limit: ACCOUNT_ROWS }),
    ])
      .then(([g, a]) => {
        if (!live) return;
        setFull(g);
        setAccounts(a);
      })
      // A detection running at the same moment can retire this group; the next summary re-asks.
      .catch(() => live && setAccounts(null));
    return () => {
      live = false;
    };
  }, [group.ref, group.rule, tiers, summary]);

  const run = async (resolution: Resolution, tally: PreviewTally | null, note = '') => {
    if (!accounts) return;
    setBusy(true);
    try {
      const label = await applyResolution(resolution, group, accounts.ids, note);
      const effect = tally
        ? ` It cleared ${countOf(tally.cleared, 'conflict')} and created ${countOf(tally.created, 'conflict')}.`
        : '';
      notify('ok', `${label}.${effect} Undo with Ctrl+Z.`);
    } catch (e) {
      notify('error', e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const headingId = `conflict-group-${group.id}`;
  return (
    <section className="conflict-detail" aria-labelledby={headingId}>
      <header>
        <h2 id={headingId}>{group.title}</h2>
        <button type="button" onClick={onClose} aria-label="Close conflict details">
          ×
        </button>
      </header>
      <p>
        <span className={`sev sev-${group.severity}`}>{group.severity}</span>{' '}
        {RULE_LABELS[group.rule]}: {countOf(group.shownCount, 'account')},{' '}
        {windowText(group.window, Number(localToday().slice(0, 4)))}.
      </p>
      {acceptance ? (
        <div className="conflict-accepted" role="status">
          <p>
            Accepted{acceptance.note ? `: “${acceptance.note}”` : ''} (
            {new Date(acceptance.acceptedAt).toLocaleDateString()}). It reopens when either motion
            changes its dates or audience.
          </p>
          <button
            type="button"
            onClick={() =>
              void withdrawAcceptance(group).catch((e: unknown) => notify('error', String(e)))
            }
          >
            Reopen
          </button>
        </div>
      ) : (
        <ResolutionList
          group={group}
          full={full}
          accounts={accounts}
          tiers={tiers}
          busy={busy}
          onApply={(r, tally, note) => void run(r, tally, note)}
        />
      )}
      <h3>Accounts</h3>
      {accounts ? (
        <>
          <ul className="conflict-accounts" aria-label="Accounts in this conflict">
            {accounts.accounts.map((a) => (
              <li key={a.id}>
                <button type="button" className="link" onClick={() => onAccount(a.id)}>
                  {a.name || a.id}
                </button>{' '}
                <span className="muted">
                  {a.tier ? `Tier ${a.tier}` : 'No tier'} · {countOf(a.conflicts, 'conflict')}
                </span>
              </li>
            ))}
          </ul>
          {accounts.total > accounts.accounts.length && (
            <p className="muted">
              Showing {accounts.accounts.length} of {countOf(accounts.total, 'account')}.
            </p>
          )}
        </>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}
