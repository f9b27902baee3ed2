/**
 * The proposed changes grouped by motion, each with its reason and a checkbox: ticked changes
 * are the ones "Accept selected" makes. A group's own checkbox ticks or unticks all of it.
 *
 * At 100,000 accounts a proposal holds hundreds of changes: mounting them all at once was one
 * main-thread task of a few hundred milliseconds, and every tick re-rendered every row. So the
 * list mounts its first rows and more as the reader scrolls near its end (an observed
 * sentinel), and rows are memoised: a tick re-renders the rows whose box changed. A group is
 * memoised by its ticked count too: one select() sets all its ids to the same state, so a
 * group whose count did not change has no box that changed, and is not rendered again.
 */
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ProposedChange } from '../../../../shared/planner';
import {
  CHANGE_KIND_LABELS,
  changeDetails,
  groupByMotion,
  type ChangeGroup,
  type Names,
} from './proposalRows';

/** Rows mounted at first and added each time the end of the list nears the screen. */
export const ROWS_PER_STEP = 40;

type OnSelect = (ids: readonly string[], on: boolean) => void;

interface Props {
  changes: readonly ProposedChange[];
  names: Names;
  selected: ReadonlySet<string>;
  disabled: boolean;
  onSelect: OnSelect;
  /** Accepted and hidden: the rows are unmounted a step per task, then `onLeft` is called. */
  leaving?: boolean;
  onLeft?: () => void;
}

export function ChangeList(props: Props) {
  const { changes, names, selected, onSelect, leaving = false, onLeft } = props;
  // Every mounted row's box follows `disabled` (Accept, the write's end): a render of a few
  // hundred rows, made in the background in short slices instead of in the click's task.
  const disabled = useDeferredValue(props.disabled);
  const groups = useMemo(() => groupByMotion(changes, names.motions), [changes, names]);
  const [limit, setLimit] = useState(ROWS_PER_STEP);
  const more = limit < changes.length;
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!leaving) return;
    if (limit <= 0) return onLeft?.();
    const next = Math.min(limit, changes.length) - ROWS_PER_STEP;
    const timer = setTimeout(() => setLimit(Math.max(0, next)), 0);
    return () => clearTimeout(timer);
  }, [leaving, limit, changes.length, onLeft]);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !more || leaving) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setLimit((n) => n + ROWS_PER_STEP);
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [more, limit, leaving]);
  let left = limit;
  const shown: { group: ChangeGroup; rows: number; ticked: number }[] = [];
  for (const group of groups) {
    if (left <= 0) break;
    const rows = Math.min(left, group.changes.length);
    let ticked = 0;
    for (const c of group.changes) if (selected.has(c.id)) ticked++;
    shown.push({ group, rows, ticked });
    left -= rows;
  }
  return (
    <div className="plan-changes" role="group" aria-label="Proposed changes">
      {shown.map(({ group, rows, ticked }) => (
        <GroupBlock
          key={group.motionId || 'primary'}
          group={group}
          rows={rows}
          ticked={ticked}
          selected={selected}
          disabled={disabled}
          names={names}
          onSelect={onSelect}
        />
      ))}
      {more && (
        <div ref={sentinel} className="muted plan-more">
          Showing {limit.toLocaleString()} of {changes.length.toLocaleString()} changes; scroll for
          more.
        </div>
      )}
    </div>
  );
}

interface GroupProps {
  group: ChangeGroup;
  /** How many of its changes are mounted (the rest come as the list scrolls). */
  rows: number;
  /** How many of its changes are ticked: with the group, what decides whether it re-renders. */
  ticked: number;
  selected: ReadonlySet<string>;
  disabled: boolean;
  names: Names;
  onSelect: OnSelect;
}

/** Renders again only when its own ticks (their count), rows or props other than `selected` change. */
const sameGroup = (a: GroupProps, b: GroupProps) =>
  a.group === b.group &&
  a.rows === b.rows &&
  a.ticked === b.ticked &&
  a.disabled === b.disabled &&
  a.names === b.names &&
  a.onSelect === b.onSelect;

const GroupBlock = memo(function GroupBlock({
  group,
  rows,
  ticked,
  selected,
  disabled,
  names,
  onSelect,
}: GroupProps) {
  const ids = useMemo(() => group.changes.map((c) => c.id), [group]);
  return (
    <fieldset className="plan-group">
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
        {group.changes.slice(0, rows).map((c) => (
          <ChangeRow
            key={c.id}
            change={c}
            checked={selected.has(c.id)}
            disabled={disabled}
            names={names}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </fieldset>
  );
}, sameGroup);

interface RowProps {
  change: ProposedChange;
  checked: boolean;
  disabled: boolean;
  names: Names;
  onSelect: OnSelect;
}

const ChangeRow = memo(function ChangeRow({
  change,
  checked,
  disabled,
  names,
  onSelect,
}: RowProps) {
  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(e) => onSelect([change.id], e.target.checked)}
        />
        <span className="plan-kind">{CHANGE_KIND_LABELS[change.kind]}:</span> {change.reason}
      </label>
      <ChangeDetails change={change} names={names} />
    </li>
  );
});

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
