/**
 * The merge preview: per table what the colleague's file adds, changes and removes, then the
 * conflicts to decide (per field, per record, "theirs for all motions of team X", everything
 * else, or by RACI ownership). Nothing is written until Merge; the merge is one transaction
 * and one undo step, with progress while it writes.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { TEAMS, type Team } from '../../../../shared/domain/types';
import { decide, type MergeDecisions } from '../../../../shared/merge/applyMergeDecisions';
import { MERGE_TABLES, type MergeTable } from '../../../../shared/merge/mergeTables';
import type { MergeSide } from '../../../../shared/merge/mergeWorkspaces';
import { useUiStore } from '../../store/uiStore';
import { StoreWriteError } from '../../store/storeErrors';
import { tableHeading } from '../../store/tableNouns';
import { ConflictList } from './ConflictList';
import { loadOwnership, ownershipOf, OwnershipPanel, type OwnershipChoice } from './OwnershipPanel';
import { useMergeDialog } from './mergeCommands';
import { applyInWorker } from './mergeClient';
import type { MergeSummary } from './mergeSummary';
import './merge.css';

export function MergeDialog() {
  const summary = useMergeDialog((s) => s.summary);
  const shown = useMergeDialog((s) => s.shown);
  const close = useMergeDialog((s) => s.close);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (summary && !dialog.open) dialog.showModal();
    if (!summary && dialog.open) dialog.close();
  }, [summary]);
  return (
    <dialog
      ref={ref}
      className="dialog merge-dialog"
      aria-labelledby="merge-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      {summary && <MergePreview key={shown} summary={summary} onClose={close} />}
    </dialog>
  );
}

/**
 * The time a record was last changed is bookkeeping, not a decision: when both sides changed
 * it, the later time is chosen to start with (shown, and the user can change it).
 */
function bookkeepingChoices(summary: MergeSummary): Record<string, MergeSide> {
  const fields: Record<string, MergeSide> = {};
  for (const c of summary.conflicts) {
    if (c.kind !== 'field' || c.field !== 'updatedAt') continue;
    if (typeof c.mine === 'string' && typeof c.theirs === 'string')
      fields[c.id] = c.theirs > c.mine ? 'theirs' : 'mine';
  }
  return fields;
}

function MergePreview({ summary, onClose }: { summary: MergeSummary; onClose: () => void }) {
  const { fileName } = summary;
  const grids = summary.raciGrids;
  const [choices, setChoices] = useState<MergeDecisions>(() => ({
    fields: bookkeepingChoices(summary),
  }));
  const [ownership, setOwnership] = useState<OwnershipChoice>(() => loadOwnership(grids));
  const [team, setTeam] = useState<Team>('Marketing Ops');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rules = useMemo(() => ownershipOf(grids, ownership), [grids, ownership]);
  const decisions: MergeDecisions = { ...choices, defaults: rules.defaults };
  const undecided = summary.conflicts.filter((c) => decide(summary, c, decisions) === null).length;
  const tables = MERGE_TABLES.filter((t) => {
    const p = summary.counts[t];
    return p.added + p.changed + p.removed + p.conflicts > 0;
  });
  const notify = useUiStore((s) => s.notify);
  const busy = progress !== null;

  const setAll = (side: MergeSide) => setChoices({ ...choices, all: side });
  const setTeamSide = (side: MergeSide) =>
    setChoices({ ...choices, motionsOfTeam: { ...choices.motionsOfTeam, [team]: side } });

  const merge = async () => {
    setError(null);
    setProgress(0);
    try {
      const result = await applyInWorker(fileName, decisions, (done, total) =>
        setProgress(total > 0 ? done / total : null),
      );
      if (!result.ok) {
        setError(result.error);
        return;
      }
      onClose();
      notify(
        'ok',
        result.changed === 0
          ? `Merged ${fileName}: nothing new.`
          : `Merged ${fileName}: ${result.changed.toLocaleString()} records written, ${result.decided.toLocaleString()} conflicts decided. Undo puts the workspace back as it was.`,
      );
    } catch (e) {
      setError(
        e instanceof StoreWriteError
          ? e.message
          : `Merging ${fileName} failed: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.`,
      );
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <h2 id="merge-title">Merge {fileName} into this workspace</h2>
      {tables.length === 0 ? (
        <p>Nothing to merge: this workspace already has everything in {fileName}.</p>
      ) : (
        <table className="merge-table merge-summary">
          <caption>What the merge does, per table</caption>
          <thead>
            <tr>
              <th scope="col">Table</th>
              <th scope="col">Added</th>
              <th scope="col">Changed</th>
              <th scope="col">Removed</th>
              <th scope="col">Conflicts</th>
            </tr>
          </thead>
          <tbody>
            {tables.map((t: MergeTable) => {
              const p = summary.counts[t];
              return (
                <tr key={t}>
                  <th scope="row">{tableHeading(t)}</th>
                  <td>{p.added.toLocaleString()}</td>
                  <td>{p.changed.toLocaleString()}</td>
                  <td>{p.removed.toLocaleString()}</td>
                  <td>{p.conflicts.toLocaleString()}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {summary.conflicts.length > 0 && (
        <section aria-labelledby="merge-conflicts-heading">
          <h3 id="merge-conflicts-heading">
            {summary.conflicts.length.toLocaleString()} conflicts to decide
          </h3>
          <OwnershipPanel grids={grids} choice={ownership} onChange={setOwnership} />
          <div className="merge-bulk">
            <label>
              Motions of team{' '}
              <select value={team} onChange={(e) => setTeam(e.target.value as Team)}>
                {TEAMS.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => setTeamSide('theirs')}>
              Theirs for all motions of {team}
            </button>
            <button type="button" onClick={() => setTeamSide('mine')}>
              Mine for all motions of {team}
            </button>
            <button type="button" onClick={() => setAll('mine')}>
              Mine for everything else
            </button>
            <button type="button" onClick={() => setAll('theirs')}>
              Theirs for everything else
            </button>
          </div>
          <ConflictList
            summary={summary}
            decisions={decisions}
            onDecide={(d) => setChoices({ ...d, defaults: [] })}
          />
        </section>
      )}
      <p role="status" className="merge-status">
        {busy
          ? 'Merging…'
          : undecided > 0
            ? `${undecided.toLocaleString()} conflicts still need a decision.`
            : summary.conflicts.length > 0
              ? 'Every conflict is decided.'
              : ''}
      </p>
      {busy && <progress aria-label="Merge progress" value={progress ?? undefined} max={1} />}
      {error && (
        <p role="alert" className="merge-error">
          {error}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || undecided > 0 || tables.length === 0}
          onClick={() => void merge()}
        >
          Merge
        </button>
      </div>
    </>
  );
}
