/**
 * The proposed changes grouped by motion, each with its reason and a checkbox: ticked changes
 * are the ones "Accept selected" makes. A group's own checkbox ticks or unticks all of it.
 */
import { useState } from 'react';
import type { ProposedChange } from '../../../../shared/planner';
import { CHANGE_KIND_LABELS, changeDetails, groupByMotion, type Names } from './proposalRows';

interface Props {
  changes: readonly ProposedChange[];
  names: Names;
  selected: ReadonlySet<string>;
  disabled: boolean;
  onSelect: (ids: readonly string[], on: boolean) => void;
}

export function ChangeList({ changes, names, selected, disabled, onSelect }: Props) {
  return (
    <div className="plan-changes" role="group" aria-label="Proposed changes">
      {groupByMotion(changes, names.motions).map((group) => {
        const ids = group.changes.map((c) => c.id);
        const ticked = ids.filter((id) => selected.has(id)).length;
        return (
          <fieldset key={group.motionId || 'primary'} className="plan-group">
            <legend>
              <label>
                <input
                  type="checkbox"
                  checked={ticked === ids.length}
                  ref={(el) => {
                    if (el) el.indeterminate = ticked > 0 && ticked < ids.length;
                  }}
                  disabled={disabled}
                  onChange={(e) => onSelect(ids, e.target.checked)}
                  aria-label={`All changes to ${group.name}`}
                />
                {group.name}
              </label>{' '}
              <span className="muted">
                {ticked} of {ids.length} ticked
              </span>
            </legend>
            <ul>
              {group.changes.map((c) => (
                <li key={c.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={selected.has(c.id)}
                      disabled={disabled}
                      onChange={(e) => onSelect([c.id], e.target.checked)}
                    />
                    <span className="plan-kind">{CHANGE_KIND_LABELS[c.kind]}:</span> {c.reason}
                  </label>
                  <ChangeDetails change={c} names={names} />
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}

/**
 * A change's details (every account it names), written only once opened: at 100,000 accounts
 * a proposal names tens of thousands of accounts, and writing them all into closed rows made
 * one main-thread task of a fifth of a second when the proposal arrived.
 */
function ChangeDetails({ change, names }: { change: ProposedChange; names: Names }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Details</summary>
      {open && <p>{changeDetails(change, names)}</p>}
    </details>
  );
}
