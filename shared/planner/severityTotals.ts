/**
 * Block and warn totals straight from the index's group counts: what a shift is scored by.
 * Far cheaper than a full preview (preview.ts names every group it touches), so the planner
 * can try every motion at every week; the preview is run once, for the shift it keeps, to
 * word the reason.
 */
import { rulesOf, type ConflictIndex } from '../conflicts';
import { severityOf } from '../conflicts/pairRules';
import { REC_PAIR } from '../conflicts/records';
import type { ConflictGroup } from '../conflicts/types';

export interface Totals {
  block: number;
  warn: number;
}

/** Keys of accepted groups as severityTotals meets them: kind,a,b,rule. */
export function acceptedKeys(
  groups: readonly ConflictGroup[],
  accepted: ReadonlySet<string>,
): Set<string> {
  return new Set(
    groups.filter((g) => accepted.has(g.id)).map((g) => `${g.ref.join(',')},${g.rule}`),
  );
}

export function severityTotals(index: ConflictIndex, accepted: ReadonlySet<string>): Totals {
  const g = index.groups;
  const p = index.plan;
  const totals: Totals = { block: 0, warn: 0 };
  for (let slot = 0; slot < g.slotCount; slot++) {
    const count = g.total(slot, null);
    if (count <= 0) continue;
    const kind = g.keys[3 * slot]!;
    const a = g.keys[3 * slot + 1]!;
    const b = g.keys[3 * slot + 2]!;
    for (const rule of rulesOf(p, kind, a, b)) {
      const severity = kind === REC_PAIR ? severityOf(p, rule, a, b) : p.severities[rule];
      if (severity === 'info') continue;
      if (accepted.size > 0 && accepted.has(`${kind},${a},${b},${rule}`)) continue;
      totals[severity] += count;
    }
  }
  return totals;
}
