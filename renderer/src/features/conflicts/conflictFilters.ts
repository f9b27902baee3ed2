/**
 * The Conflicts view's filters (rule, severity, team, motion, tier, accepted) and how they pick
 * and count groups. A tier filter recounts each group from its per-tier counts.
 */
import type { ConflictRule, Motion, Severity, Team } from '../../../../shared/domain/types';
import type { GroupSummary } from './conflictsProtocol';
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

export interface ShownGroup extends GroupSummary {
  shownCount: number;
  accepted: boolean;
}

/**
 * `ordered`: the caller knows the groups are in the list's default order (a summary put
 * together from the worker's parts, summaryParts.ts), so they are not checked again.
 */
export function applyFilters(
  groups: readonly GroupSummary[],
  filters: ConflictFilters,
  motionsById: ReadonlyMap<string, Motion>,
  accepted: ReadonlySet<string>,
  ordered = false,
): ShownGroup[] {
  const tiers = tiersOf(filters);
  const out: ShownGroup[] = [];
  for (const g of groups) {
    if (filters.rule && g.rule !== filters.rule) continue;
    if (filters.severity && g.severity !== filters.severity) continue;
    if (filters.motionId && !g.motionIds.includes(filters.motionId)) continue;
    if (filters.team && !g.motionIds.some((id) => motionsById.get(id)?.team === filters.team))
      continue;
    const isAccepted = accepted.has(g.id);
    if (isAccepted && !filters.showAccepted) continue;
    const shownCount = countIn(g, tiers);
    if (shownCount === 0) continue;
    out.push({ ...g, shownCount, accepted: isAccepted });
  }
  // Groups come in this order from the worker (summaryParts.ts): only a tier filter, which
  // recounts them, changes it.
  return tiers || !(ordered || sortedByDefault(groups)) ? out.sort(byShownOrder) : out;
}

/** Open conflicts (account × rule) of a list by severity and by rule (the summary bar). */
export interface Totals {
  bySeverity: Partial<Record<Severity, number>>;
  byRule: Partial<Record<ConflictRule, number>>;
}

export const noTotals = (): Totals => ({ bySeverity: {}, byRule: {} });

/** Adds the groups' shown counts (accepted groups left out) to `into`; returns it. */
export function addTotals(into: Totals, groups: readonly ShownGroup[]): Totals {
  const { bySeverity, byRule } = into;
  for (const g of groups) {
    if (g.accepted) continue;
    bySeverity[g.severity] = (bySeverity[g.severity] ?? 0) + g.shownCount;
    byRule[g.rule] = (byRule[g.rule] ?? 0) + g.shownCount;
  }
  return into;
}

const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** Block first, then most accounts shown, then by title. */
function byShownOrder(a: ShownGroup, b: ShownGroup): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    b.shownCount - a.shownCount ||
    compareTitles(a.title, b.title)
  );
}

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
