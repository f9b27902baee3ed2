/**
 * The merge's conflicts, record by record: each field both sides changed with both values and
 * a Mine / Theirs choice, a whole-record choice, and for a record one side deleted while the
 * other edited it, Keep or Delete. A choice not made shows the default that applies (RACI
 * ownership, a team or everything-else choice), if any.
 */
import { useState } from 'react';
import type { MergeConflict, MergeSide } from '../../../../shared/merge/mergeWorkspaces';
import type { MergeSummary } from './mergeSummary';
import { conflictId } from '../../../../shared/merge/mergeWorkspaces';
import { decide, type MergeDecisions } from '../../../../shared/merge/applyMergeDecisions';
import { tableHeading } from '../../store/tableNouns';
import type { TableName } from '../../store/db';

const PAGE = 100;

export function shownValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

interface RecordGroup {
  id: string;
  label: string;
  table: string;
  conflicts: MergeConflict[];
}

function groupByRecord(conflicts: readonly MergeConflict[]): RecordGroup[] {
  const groups = new Map<string, RecordGroup>();
  for (const c of conflicts) {
    const id = conflictId(c.table, c.key);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, label: c.label, table: c.table, conflicts: [] }));
    g.conflicts.push(c);
  }
  return [...groups.values()];
}

export function ConflictList({
  summary,
  decisions,
  onDecide,
}: {
  summary: MergeSummary;
  decisions: MergeDecisions;
  onDecide: (next: MergeDecisions) => void;
}) {
  const [shown, setShown] = useState(PAGE);
  const groups = groupByRecord(summary.conflicts);
  const setField = (id: string, side: MergeSide) =>
    onDecide({ ...decisions, fields: { ...decisions.fields, [id]: side } });
  const setRecord = (group: RecordGroup, side: MergeSide) => {
    const fields = { ...decisions.fields };
    for (const c of group.conflicts) delete fields[c.id];
    onDecide({ ...decisions, fields, records: { ...decisions.records, [group.id]: side } });
  };
  return (
    <div className="merge-conflicts">
      <table className="merge-table">
        <caption>Conflicts: changed on both sides since you last merged</caption>
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">Field</th>
            <th scope="col">Mine</th>
            <th scope="col">Theirs</th>
            <th scope="col">Keep</th>
          </tr>
        </thead>
        {groups.slice(0, shown).map((g) => (
          <tbody key={g.id}>
            <tr className="merge-record">
              <th scope="rowgroup" colSpan={4}>
                {tableHeading(g.table as TableName)}: {g.label}
              </th>
              <td>
                {g.conflicts[0]?.kind === 'field' && (
                  <span className="merge-record-buttons">
                    <button
                      type="button"
                      aria-label={`Mine for every field of ${g.label}`}
                      onClick={() => setRecord(g, 'mine')}
                    >
                      All mine
                    </button>
                    <button
                      type="button"
                      aria-label={`Theirs for every field of ${g.label}`}
                      onClick={() => setRecord(g, 'theirs')}
                    >
                      All theirs
                    </button>
                  </span>
                )}
              </td>
            </tr>
            {g.conflicts.map((c) => (
              <ConflictRow
                key={c.id}
                summary={summary}
                conflict={c}
                decisions={decisions}
                onPick={(side) => (c.kind === 'field' ? setField(c.id, side) : setRecord(g, side))}
              />
            ))}
          </tbody>
        ))}
      </table>
      {groups.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, groups.length - shown)} more of {groups.length - shown} records
        </button>
      )}
    </div>
  );
}

function ConflictRow({
  summary,
  conflict: c,
  decisions,
  onPick,
}: {
  summary: MergeSummary;
  conflict: MergeConflict;
  decisions: MergeDecisions;
  onPick: (side: MergeSide) => void;
}) {
  const side = decide(summary, c, decisions);
  const name = c.kind === 'field' ? `${c.label} ${c.field}` : c.label;
  const options: { side: MergeSide; label: string }[] =
    c.kind === 'field'
      ? [
          { side: 'mine', label: 'Mine' },
          { side: 'theirs', label: 'Theirs' },
        ]
      : c.deletedBy === 'mine'
        ? [
            { side: 'mine', label: 'Delete' },
            { side: 'theirs', label: 'Keep theirs' },
          ]
        : [
            { side: 'theirs', label: 'Delete' },
            { side: 'mine', label: 'Keep mine' },
          ];
  return (
    <tr>
      <td />
      {c.kind === 'field' ? (
        <>
          <td>{c.field}</td>
          <td>{shownValue(c.mine)}</td>
          <td>{shownValue(c.theirs)}</td>
        </>
      ) : (
        <td colSpan={3}>
          {c.deletedBy === 'mine'
            ? 'You deleted it; they changed it.'
            : 'They deleted it; you changed it.'}
        </td>
      )}
      <td>
        <fieldset className="merge-choice">
          <legend className="visually-hidden">Keep for {name}</legend>
          {options.map((o) => (
            <label key={o.side}>
              <input
                type="radio"
                name={c.id}
                checked={side === o.side}
                onChange={() => onPick(o.side)}
              />{' '}
              {o.label}
            </label>
          ))}
        </fieldset>
      </td>
    </tr>
  );
}
