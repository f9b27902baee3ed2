/**
 * "Propose a plan" (issue 15): the planner's options, Propose with progress and Cancel, then
 * the proposal — changes grouped by motion with their reasons and checkboxes, counts before →
 * after that follow the ticks, what cannot be cleared and why — and Accept selected (one undo
 * step), Reject, and Save proposed changes (CSV). The planner runs in a worker (plannerClient).
 */
import { memo, useEffect, useMemo, useState } from 'react';
import type { PlannerMove } from '../../../../shared/planner';
import { localToday } from '../../../../shared/dates/calendarDate';
import { fiscalQuarterOf } from '../../../../shared/dates/fiscal';
import { formatShortDate } from '../../../../shared/dates/parseUserDate';
import { navigate } from '../../app/router';
import { saveSettings, useSettings } from '../../store/settings';
import { useUiStore } from '../../store/uiStore';
import { ChangeList } from './ChangeList';
import { CountsTable } from './CountsTable';
import { PlanOptions } from './PlanOptions';
import {
  acceptSelected,
  cancelProposal,
  propose,
  proposalLeft,
  rejectProposal,
  select,
  setChoices,
  usePlanStore,
} from './plannerClient';
import type { PlanChoices } from './planOptions';
import type { ProposalReply } from './plannerProtocol';
import { saveProposalCsv } from './saveProposalCsv';
import { countOf } from '../../../../shared/text/countOf';
import './plan.css';

export function PlanSection() {
  const { choices: stored, status, progress, message, reply } = usePlanStore();
  const busy = status === 'running' || status === 'writing';
  // The moves are the workspace's setting (the plan command reads the same one): ticking one
  // saves it, as one undo step; the primary-team rule is this view's choice.
  // Until the write lands, the ticks show what was asked for.
  const saved = useSettings().plannerMoves;
  const [pending, setPending] = useState<PlannerMove[] | null>(null);
  useEffect(() => setPending(null), [saved]);
  const moves = pending ?? saved;
  const settings = useSettings();
  const today = localToday();
  const quarterStart = fiscalQuarterOf(today, settings.fiscalYearStartMonth).start;
  const choices = { ...stored, moves };
  const change = (next: PlanChoices) => {
    setChoices(next);
    if (next.moves.join() === moves.join()) return;
    setPending(next.moves);
    void saveSettings({ plannerMoves: next.moves }, 'Change the planner’s moves');
  };
  return (
    <section className="plan" aria-labelledby="plan-heading">
      <header className="plan-header">
        <h1 id="plan-heading">Propose a plan</h1>
        <p className="muted">
          The planner proposes the fewest changes that clear every block conflict, and as many warns
          as it can, without moving locked dates or leaving a motion’s allowed window. Nothing
          changes until you accept.
        </p>
      </header>
      <PlanOptions
        choices={choices}
        disabled={busy}
        onChange={change}
        today={today}
        quarterStart={quarterStart}
      />
      <div className="plan-run">
        <button
          type="button"
          className="primary"
          onClick={() => void propose(moves)}
          disabled={busy}
        >
          Propose
        </button>
        {status === 'running' && progress && (
          <>
            <progress aria-label="Proposing a plan" max={1} value={progress.fraction} />
            <span className="muted">{progress.label}…</span>
            <button type="button" onClick={cancelProposal}>
              Cancel
            </button>
          </>
        )}
      </div>
      <p
        role="status"
        aria-live="polite"
        className={message ? `plan-message ${message.kind}` : undefined}
      >
        {message?.text}
      </p>
      {reply && <Proposal reply={reply} />}
    </section>
  );
}

function Proposal({ reply }: { reply: ProposalReply }) {
  const { status, selected, counts, outdated, leaving } = usePlanStore();
  const notify = useUiStore((s) => s.notify);
  const names = useMemo(
    () => ({ motions: new Map(reply.motionNames), accounts: new Map(reply.accountNames) }),
    [reply],
  );
  const { proposal } = reply;
  const writing = status === 'writing';
  const save = async () => {
    try {
      if (await saveProposalCsv(reply, selected))
        notify('ok', `Saved ${proposal.changes.length} proposed changes.`);
    } catch (e) {
      notify('error', `Could not save the proposal: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <div
      className={leaving ? 'plan-proposal leaving' : 'plan-proposal'}
      role="region"
      aria-label="Proposal"
      aria-hidden={leaving || undefined}
    >
      <p>
        {proposal.changes.length} change(s) proposed in {Math.round(reply.ms).toLocaleString()} ms;{' '}
        {selected.size} ticked.
      </p>
      <p className="muted plan-from-note">
        Planned from {formatShortDate(reply.today)}
        {reply.today === localToday() ? ' (today)' : ''}
        {reply.startedBefore > 0
          ? `: ${countOf(reply.startedBefore, 'motion')} started before it and keep their dates; conflicts on days already past cannot be cleared by any plan.`
          : '.'}
      </p>
      {outdated && (
        <p className="plan-message error">
          The plan changed after this proposal was made, so its counts may no longer hold: propose
          again.
        </p>
      )}
      <CountsTable before={proposal.before} after={counts} />
      <div className="plan-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void acceptSelected()}
          disabled={writing || selected.size === 0 || counts === null}
        >
          Accept selected
        </button>
        <button type="button" onClick={rejectProposal} disabled={writing}>
          Reject
        </button>
        <button type="button" onClick={() => void save()}>
          Save proposed changes (CSV)
        </button>
        <button
          type="button"
          onClick={() =>
            select(
              proposal.changes.map((c) => c.id),
              selected.size === 0,
            )
          }
          disabled={writing || proposal.changes.length === 0}
        >
          {selected.size === 0 ? 'Tick all' : 'Untick all'}
        </button>
      </div>
      <ChangeList
        changes={proposal.changes}
        names={names}
        selected={selected}
        disabled={writing}
        onSelect={select}
        leaving={leaving}
        onLeft={proposalLeft}
      />
      <Unresolved proposal={proposal} />
      <p>
        <button type="button" className="link" onClick={() => navigate('conflicts')}>
          Open the conflicts
        </button>
      </p>
    </div>
  );
}

/** What cannot be cleared: memoised, so a tick (which re-renders the proposal) skips it. */
const Unresolved = memo(function Unresolved({ proposal }: { proposal: ProposalReply['proposal'] }) {
  return (
    <section className="plan-unresolved" aria-labelledby="plan-unresolved-heading">
      <h2 id="plan-unresolved-heading">What cannot be cleared</h2>
      {proposal.unresolved.length === 0 ? (
        <p className="muted">Nothing: the whole proposal clears every block conflict.</p>
      ) : (
        <ul>
          {proposal.unresolved.map((u, i) => (
            <li key={i}>{u.explanation}</li>
          ))}
        </ul>
      )}
      {proposal.notes.map((note) => (
        <p key={note} className="muted">
          {note}
        </p>
      ))}
    </section>
  );
});
