/**
 * A proposal as the view lists it and the "proposed changes" CSV writes it: changes grouped
 * under the motion they change (primary teams under one heading of their own), motions in
 * the plan's order, each change with its kind and its details in words.
 */
import type { ProposedChange } from '../../../../shared/planner';

export const PRIMARY_GROUP = 'Primary outreach teams';

export const CHANGE_KIND_LABELS: Record<ProposedChange['kind'], string> = {
  shift: 'Shift dates',
  exclude: 'Exclude accounts',
  primary: 'Set primary team',
  stagger: 'Stagger into waves',
  handover: 'Hand over accounts',
};

export interface ChangeGroup {
  /** '' for the primary-team group. */
  motionId: string;
  name: string;
  changes: ProposedChange[];
}

export interface Names {
  motions: ReadonlyMap<string, string>;
  accounts: ReadonlyMap<string, string>;
}

export function groupByMotion(
  changes: readonly ProposedChange[],
  motionNames: ReadonlyMap<string, string>,
): ChangeGroup[] {
  const order = new Map([...motionNames.keys()].map((id, i) => [id, i]));
  const groups = new Map<string, ProposedChange[]>();
  for (const c of changes) {
    const key = c.kind === 'primary' ? '' : c.motionId;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  // Motions in the plan's order, any unknown id after them, primary teams last.
  const rank = (id: string) => (id === '' ? order.size + 1 : (order.get(id) ?? order.size));
  return [...groups.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((motionId) => ({
      motionId,
      name: motionId === '' ? PRIMARY_GROUP : (motionNames.get(motionId) ?? motionId),
      changes: groups.get(motionId)!,
    }));
}

const nameOf = (names: ReadonlyMap<string, string>, id: string) => names.get(id) ?? id;

/** What the change does, in full: dates from → to, the accounts by name, the team set. */
export function changeDetails(change: ProposedChange, names: Names): string {
  if (change.kind === 'shift')
    return `${change.from.start} – ${change.from.end} → ${change.to.start} – ${change.to.end}`;
  if (change.kind === 'exclude') {
    const who = change.accountIds.map((id) => nameOf(names.accounts, id)).join('; ');
    const n = change.accountIds.length;
    return `${n} account${n === 1 ? '' : 's'}: ${who}`;
  }
  if (change.kind === 'stagger' || change.kind === 'handover') {
    const days = change.kind === 'stagger' ? change.starts : change.ends;
    const what = change.kind === 'stagger' ? 'starts' : 'last day';
    const who = days.map((d) => `${nameOf(names.accounts, d.accountId)} ${what} ${d.day}`);
    const n = days.length;
    return `${n} account${n === 1 ? '' : 's'}: ${who.join('; ')}`;
  }
  const account = nameOf(names.accounts, change.accountId);
  const silenced = change.silenceMotionIds.map((id) => nameOf(names.motions, id)).join('; ');
  const from = change.previous ?? 'none';
  return `${account}: primary team ${from} → ${change.side}${silenced ? `; taken out of ${silenced}` : ''}`;
}

export const PROPOSAL_CSV_HEADERS = [
  'Motion',
  'Change',
  'Details',
  'Reason',
  'Selected',
  'Blocks cleared',
  'Warns cleared',
];

/** One CSV row a change, grouped as the view lists them; Selected says whether it is ticked. */
export function proposalCsvRows(
  changes: readonly ProposedChange[],
  selected: ReadonlySet<string>,
  names: Names,
): string[][] {
  return groupByMotion(changes, names.motions).flatMap((group) =>
    group.changes.map((c) => [
      group.name,
      CHANGE_KIND_LABELS[c.kind],
      changeDetails(c, names),
      c.reason,
      selected.has(c.id) ? 'yes' : 'no',
      String(c.clears.block),
      String(c.clears.warn),
    ]),
  );
}
