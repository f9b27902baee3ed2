/**
 * The resolutions of an open group, each with its consequences before it is applied: the
 * conflicts it clears and the ones it creates, by rule and severity, tried by the engine in
 * the worker (never on this thread). Applying is still one click and one undo step.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ConflictGroup, Resolution } from '../../../../shared/conflicts';
import { countOf } from '../../../../shared/text/countOf';
import { askWorker, useConflictsStore } from './conflictsClient';
import type { GroupAccountsReply, ResolutionPreview } from './conflictsProtocol';
import { RULE_LABELS, type ShownGroup } from './conflictFilters';
import { tallyPreview, type PreviewTally } from './previewTally';
import { usePlanTables } from './useAcceptances';

interface Props {
  group: ShownGroup;
  full: ConflictGroup | null;
  accounts: GroupAccountsReply | null;
  tiers: number[] | null;
  busy: boolean;
  onApply: (resolution: Resolution, tally: PreviewTally | null, note?: string) => void;
}

export function ResolutionList({ group, full, accounts, tiers, busy, onApply }: Props) {
  const summary = useConflictsStore((s) => s.summary);
  const { motions, blackouts, acceptances } = usePlanTables();
  const [note, setNote] = useState('');
  const [previews, setPreviews] = useState<ResolutionPreview[] | null>(null);
  const resolutions = useMemo(() => full?.resolutions ?? [], [full]);

  useEffect(() => {
    let live = true;
    setPreviews(null);
    if (resolutions.length === 0) return;
    askWorker('previews', { ref: group.ref, tiers, resolutions })
      .then((p) => live && setPreviews(p))
      // A detection running at the same moment can retire this group; the next summary re-asks.
      .catch(() => live && setPreviews(null));
    return () => {
      live = false;
    };
  }, [group.ref, tiers, resolutions, summary]);

  const tallies = useMemo(() => {
    if (!previews || !accounts || !summary) return null;
    const ctx = {
      groups: summary.groups,
      acceptances: new Map(acceptances.map((a) => [a.id, a])),
      motions,
      blackouts,
    };
    return resolutions.map((r, i) =>
      tallyPreview(previews[i] ?? null, r, group, accounts.ids, ctx),
    );
  }, [previews, accounts, summary, acceptances, motions, blackouts, resolutions, group]);

  const disabled = busy || !accounts;
  return (
    <div className="conflict-resolutions" role="group" aria-label="Resolutions">
      {resolutions.map((r, i) => {
        const tally = tallies?.[i] ?? null;
        const apply = () => onApply(r, tally, r.kind === 'accept' ? note : undefined);
        return (
          <div key={r.label} className="resolution">
            {r.kind === 'accept' ? (
              <form
                className="conflict-accept"
                onSubmit={(e) => {
                  e.preventDefault();
                  apply();
                }}
              >
                <label>
                  Note
                  <input
                    value={note}
                    onChange={(e) => setNote(e.target.value)}
                    placeholder="Why this is fine"
                  />
                </label>
                <button type="submit" disabled={disabled}>
                  Accept with note
                </button>
              </form>
            ) : (
              <button type="button" disabled={disabled} onClick={apply}>
                {r.label}
              </button>
            )}
            <Consequences label={r.label} tally={tally} ms={previews?.[i]?.ms ?? null} />
          </div>
        );
      })}
    </div>
  );
}

function Consequences({
  label,
  tally,
  ms,
}: {
  label: string;
  tally: PreviewTally | null;
  ms: number | null;
}) {
  if (!tally) return <p className="muted resolution-effect">Working out what it changes…</p>;
  if (tally.rows.length === 0)
    return <p className="muted resolution-effect">Changes no conflict.</p>;
  return (
    <div className="resolution-effect">
      <p className="resolution-total">
        Clears {countOf(tally.cleared, 'conflict')}, creates {countOf(tally.created, 'conflict')}
        {tally.reopened > 0 &&
          ` (${tally.reopened.toLocaleString('en-US')} of them reopen accepted ones)`}
        {ms !== null && (
          <span className="muted"> · worked out in {Math.max(1, Math.round(ms))} ms</span>
        )}
      </p>
      <ul aria-label={`Consequences of ${label}`}>
        {tally.rows.flatMap((row) => [
          ...(row.cleared > 0
            ? [
                <li key={`${row.rule}-${row.severity}-c`} className="clears">
                  Clears {row.cleared.toLocaleString('en-US')} · {row.severity} ·{' '}
                  {RULE_LABELS[row.rule]}
                </li>,
              ]
            : []),
          ...(row.created > 0
            ? [
                <li key={`${row.rule}-${row.severity}-n`} className="creates">
                  Creates {row.created.toLocaleString('en-US')} · {row.severity} ·{' '}
                  {RULE_LABELS[row.rule]}
                </li>,
              ]
            : []),
        ])}
      </ul>
    </div>
  );
}
