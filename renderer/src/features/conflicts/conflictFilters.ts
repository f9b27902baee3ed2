/**
 * The Conflicts view's filters (rule, severity, team, motion, tier, accepted) and how they pick
 * and count groups. A tier filter recounts each group from its per-tier counts.
 */
import type { ConflictRule, Motion, Severity, Team } from '../../../../shared/domain/types';
import type { GroupSummary } from './conflictsProtocol';
import { plainGroup } from './groupTable';
import { compareTitles } from './summaryParts';

export interface ConflictFilters {
  rule: ConflictRule | '';
  severity: Severity | '';
  team: Team | '';
  motionId: string;
  /** '' = all tiers; '0' = accounts without a tier. */
  tier: '' | '0' | '1' | '2' | '3';
  showAccepted: boolean;
}

export const NO_FILTERS: ConflictFilters = {
  rule: '',
  severity: '',
  team: '',
  motionId: '',
  tier: '',
  showAccepted: false,
};

export const RULE_LABELS: Record<ConflictRule, string> = {
  'cross-team': 'Cross-team collision',
  'same-channel': 'Same-channel double booking',
  'contact-pressure': 'Contact pressure',
  'primary-owner': 'Primary-owner violation',
  blackout: 'Blackout violation',
  'messaging-clash': 'Messaging clash',
  'off-list': 'Off-list targeting',
  'person-pressure': 'Person pressure',
};

/** The rule in a word or two, for the one-line rows of the list (the full label is its title). */
export const RULE_SHORT_LABELS: Record<ConflictRule, string> = {
  'cross-team': 'Cross-team',
  'same-channel': 'Same channel',
  'contact-pressure': 'Pressure',
  'primary-owner': 'Primary owner',
  blackout: 'Blackout',
  'messaging-clash': 'Messaging',
  'off-list': 'Off-list',
  'person-pressure': 'Per person',
};

export const SEVERITY_ORDER: Severity[] = ['block', 'warn', 'info'];

export function tiersOf(filters: ConflictFilters): number[] | null {
  return filters.tier === '' ? null : [Number(filters.tier)];
}

/** The group's account count under the tier filter. */
export function countIn(group: GroupSummary, tiers: number[] | null): number {
  if (!tiers) return group.accountCount;
  return tiers.reduce((n, t) => n + (group.byTier[t] ?? 0), 0);
}

/** One row of the list: a group with its count under the tier filter and its acceptance. */
export interface ShownGroup extends GroupSummary {
  shownCount: number;
  accepted: boolean;
}

/**
 * The groups a list shows, in its order, without a row object per group: at 100,000 accounts
 * × 1,000 motions a list holds ~66,000 groups, and a copy of each (ShownGroup) was as many
 * objects more for the window to allocate and collect. Rows are made for what is drawn.
 */
export interface ShownList {
  groups: readonly GroupSummary[];
  /** `counts[i]` is `groups[i]`'s count under the tier filter; null without one (accountCount). */
  counts: readonly number[] | null;
  /** Group ids with a valid acceptance: a shown group among them is marked accepted. */
  accepted: ReadonlySet<string>;
}

export const emptyList = (): ShownList => ({ groups: [], counts: null, accepted: new Set() });

export const shownCountAt = (list: ShownList, i: number): number =>
  list.counts ? list.counts[i]! : list.groups[i]!.accountCount;

/** Row `i` of the list. */
export function shownRow(list: ShownList, i: number): ShownGroup {
  const g = list.groups[i]!;
  return { ...plainGroup(g), shownCount: shownCountAt(list, i), accepted: list.accepted.has(g.id) };
}

/** Rows `from` to `to` (not included) of the list. */
export function shownRows(list: ShownList, from: number, to: number): ShownGroup[] {
  const rows: ShownGroup[] = [];
  for (let i = from; i < Math.min(to, list.groups.length); i++) rows.push(shownRow(list, i));
  return rows;
}

/** True when no filter leaves a group out or recounts it (the list is the groups themselves). */
function keepsAll(filters: ConflictFilters, accepted: ReadonlySet<string>): boolean {
  return (
    !filters.rule &&
    !filters.severity &&
    !filters.motionId &&
    !filters.team &&
    filters.tier === '' &&
    (filters.showAccepted || accepted.size === 0)
  );
}

/**
 * The groups the filters keep, in the list's order (block first, most accounts shown, title).
 * `ordered`: the caller knows the groups are in the default order already (a summary put
 * together from the worker's parts, summaryParts.ts), so they are not checked again.
 */
export function filterGroups(
  groups: readonly GroupSummary[],
  filters: ConflictFilters,
  motionsById: ReadonlyMap<string, Motion>,
  accepted: ReadonlySet<string>,
  ordered = false,
): ShownList {
  const inOrder = () => ordered || sortedByDefault(groups);
  // No filter and the groups in order (a summary's, unfiltered): the list is the groups.
  if (keepsAll(filters, accepted) && !groups.some((g) => g.accountCount === 0) && inOrder())
    return { groups, counts: null, accepted };
  const tiers = tiersOf(filters);
  const out: GroupSummary[] = [];
  const counts: number[] = [];
  for (const g of groups) {
    if (filters.rule && g.rule !== filters.rule) continue;
    if (filters.severity && g.severity !== filters.severity) continue;
    if (filters.motionId && !g.motionIds.includes(filters.motionId)) continue;
    if (filters.team && !g.motionIds.some((id) => motionsById.get(id)?.team === filters.team))
      continue;
    if (!filters.showAccepted && accepted.has(g.id)) continue;
    const shownCount = countIn(g, tiers);
    if (shownCount === 0) continue;
    out.push(g);
    if (tiers) counts.push(shownCount);
  }
  const list: ShownList = { groups: out, counts: tiers ? counts : null, accepted };
  // Groups come in this order from the worker (summaryParts.ts): only a tier filter, which
  // recounts them, changes it.
  return tiers || !inOrder() ? sortList(list) : list;
}

/** The list in its order (block first, most accounts shown, then by title). */
export function sortList(list: ShownList): ShownList {
  const { groups, counts } = list;
  const at = groups.map((_, i) => i);
  const count = (i: number) => (counts ? counts[i]! : groups[i]!.accountCount);
  at.sort(
    (i, j) =>
      SEVERITY_RANK[groups[i]!.severity] - SEVERITY_RANK[groups[j]!.severity] ||
      count(j) - count(i) ||
      compareTitles(groups[i]!.title, groups[j]!.title),
  );
  return {
    groups: at.map((i) => groups[i]!),
    counts: counts ? at.map((i) => counts[i]!) : null,
    accepted: list.accepted,
  };
}

/** The lists one after the other (slices of one list filtered apart, in order). */
export function joinLists(lists: readonly ShownList[], accepted: ReadonlySet<string>): ShownList {
  const counted = lists.some((l) => l.counts);
  const groups: GroupSummary[] = [];
  const counts: number[] = [];
  for (const l of lists) {
    for (let i = 0; i < l.groups.length; i++) {
      groups.push(l.groups[i]!);
      if (counted) counts.push(shownCountAt(l, i));
    }
  }
  return { groups, counts: counted ? counts : null, accepted };
}

/** The filtered groups as rows (filterGroups, each group copied with its count): small lists. */
export function applyFilters(
  groups: readonly GroupSummary[],
  filters: ConflictFilters,
  motionsById: ReadonlyMap<string, Motion>,
  accepted: ReadonlySet<string>,
  ordered = false,
): ShownGroup[] {
  const list = filterGroups(groups, filters, motionsById, accepted, ordered);
  return shownRows(list, 0, list.groups.length);
}

/** Open conflicts (account × rule) of a list by severity and by rule (the summary bar). */
export interface Totals {
  bySeverity: Partial<Record<Severity, number>>;
  byRule: Partial<Record<ConflictRule, number>>;
}

export const noTotals = (): Totals => ({ bySeverity: {}, byRule: {} });

/**
 * Adds the shown counts of the list's groups `from` to `to` (all by default; accepted groups
 * left out) to `into`; returns it.
 */
export function addTotals(
  into: Totals,
  list: ShownList,
  from = 0,
  to = list.groups.length,
): Totals {
  const { bySeverity, byRule } = into;
  for (let i = from; i < Math.min(to, list.groups.length); i++) {
    const g = list.groups[i]!;
    if (list.accepted.has(g.id)) continue;
    const n = shownCountAt(list, i);
    bySeverity[g.severity] = (bySeverity[g.severity] ?? 0) + n;
    byRule[g.rule] = (byRule[g.rule] ?? 0) + n;
  }
  return into;
}

const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** True when the groups are in the list's default order already (a linear check). */
function sortedByDefault(groups: readonly GroupSummary[]): boolean {
  for (let i = 1; i < groups.length; i++) {
    const a = groups[i - 1]!;
    const b = groups[i]!;
    const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
    if (bySeverity > 0) return false;
    if (bySeverity < 0) continue;
    if (a.accountCount !== b.accountCount) {
      if (a.accountCount < b.accountCount) return false;
      continue;
    }
    if (compareTitles(a.title, b.title) > 0) return false;
  }
  return true;
}
