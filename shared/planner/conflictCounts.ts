/**
 * Conflict counts by rule and severity, as the planner reports them before and after: every
 * group of the engine's index, with the accounts of groups whose acceptance still holds
 * counted apart (an accepted conflict needs no clearing).
 */
import { CONFLICT_RULES } from '../domain/types';
import type { ConflictAcceptance, ConflictRule, Severity } from '../domain/types';
import { listGroups, type ConflictIndex } from '../conflicts';
import { groupFingerprint, validAcceptance } from '../conflicts/acceptance';
import { rulesOf } from '../conflicts/materialize';
import { severityOf } from '../conflicts/pairRules';
import { REC_PAIR } from '../conflicts/records';
import type { ConflictGroup } from '../conflicts/types';
import type { ConflictCounts, PlannerInput } from './plannerTypes';

export function emptyCounts(): ConflictCounts {
  const byRule = {} as Record<ConflictRule, Record<Severity, number>>;
  for (const rule of CONFLICT_RULES) byRule[rule] = { block: 0, warn: 0, info: 0 };
  return { bySeverity: { block: 0, warn: 0, info: 0 }, byRule, accepted: 0 };
}

/** Ids of the groups in `groups` whose acceptance still holds for the input's motions. */
export function acceptedGroupIds(
  groups: readonly ConflictGroup[],
  input: Pick<PlannerInput, 'motions' | 'blackouts' | 'acceptances'>,
): Set<string> {
  const out = new Set<string>();
  const acceptances = new Map<string, ConflictAcceptance>(
    (input.acceptances ?? []).map((a) => [a.id, a]),
  );
  if (acceptances.size === 0) return out;
  for (const g of groups) {
    if (!acceptances.has(g.id)) continue;
    const fingerprint = groupFingerprint(g, input.motions, input.blackouts);
    if (validAcceptance(g.id, fingerprint, acceptances)) out.add(g.id);
  }
  return out;
}

export function countGroups(
  groups: readonly ConflictGroup[],
  accepted: ReadonlySet<string>,
): ConflictCounts {
  const counts = emptyCounts();
  for (const g of groups) {
    if (accepted.has(g.id)) {
      counts.accepted += g.accountCount;
      continue;
    }
    counts.bySeverity[g.severity] += g.accountCount;
    counts.byRule[g.rule][g.severity] += g.accountCount;
  }
  return counts;
}

export function countIndex(
  index: ConflictIndex,
  input: Pick<PlannerInput, 'motions' | 'blackouts' | 'acceptances'>,
  onProgress?: () => void,
): ConflictCounts {
  const groups = listGroups(index, null, false, onProgress);
  return countGroups(groups, acceptedGroupIds(groups, input));
}

/**
 * countIndex() for a plan with no acceptances: read straight from the index's counters,
 * without building a group (their ids and titles were a second at 100,000 accounts).
 */
export function countSlots(index: ConflictIndex, onProgress?: () => void): ConflictCounts {
  const counts = emptyCounts();
  const g = index.groups;
  const p = index.plan;
  for (let slot = 0; slot < g.slotCount; slot++) {
    if ((slot & 1023) === 0) onProgress?.();
    const count = g.total(slot, null);
    if (count <= 0) continue;
    const [kind, a, b] = [g.keys[3 * slot]!, g.keys[3 * slot + 1]!, g.keys[3 * slot + 2]!];
    for (const rule of rulesOf(p, kind, a, b)) {
      const severity = kind === REC_PAIR ? severityOf(p, rule, a, b) : p.severities[rule];
      counts.bySeverity[severity] += count;
      counts.byRule[rule][severity] += count;
    }
  }
  return counts;
}
